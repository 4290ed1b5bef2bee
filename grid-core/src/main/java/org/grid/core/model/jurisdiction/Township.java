package org.grid.core.model.jurisdiction;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.graph.EndpointPair;
import com.google.common.graph.GraphBuilder;
import com.google.common.graph.ImmutableGraph;
import com.google.common.graph.MutableGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A township (乡/镇): its villages with their units, the borders between units, and the current assignment of
 * villages into districts (片区). This is the aggregate that partitioning cuts into responsibility grids and
 * district grids.
 *
 * <p>Unit adjacency is an undirected graph without self-loops whose nodes are all units of the township; an edge
 * means the two units share a border, inside one village or across two. Village adjacency is derived from it.
 * When the county gives no adjacency at all ({@link #adjacencyKnown()} is false) nothing may be assumed connected,
 * and rules about connectedness cannot be checked.
 *
 * <p>A township lies in one county ({@link #county()}), whose grid office and departments take what the township
 * cannot settle; a request's place and the routing of its category name that county.
 *
 * <p>Instances are immutable; build them with {@link #builder(CountyId, TownshipId, String)}.
 */
public final class Township {

  private final CountyId county;
  private final TownshipId id;
  private final String name;
  private final ImmutableList<Village> villages;
  private final ImmutableGraph<UnitId> unitAdjacency;
  private final boolean adjacencyKnown;
  private final ImmutableList<ExistingDistrict> existingDistricts;

  private final ImmutableMap<VillageId, Village> villagesById;
  private final ImmutableMap<UnitId, Unit> unitsById;
  private final ImmutableMap<UnitId, VillageId> villageOfUnit;
  private final ImmutableGraph<VillageId> villageAdjacency;
  private final int households;

  private Township(Builder builder) {
    this.county = builder.county;
    this.id = builder.id;
    this.name = builder.name;
    this.villages = ImmutableList.copyOf(builder.villages);
    this.adjacencyKnown = builder.adjacencyKnown;
    this.existingDistricts = ImmutableList.copyOf(builder.existingDistricts);

    Map<VillageId, Village> villageIndex = new LinkedHashMap<>();
    Map<UnitId, Unit> unitIndex = new LinkedHashMap<>();
    Map<UnitId, VillageId> unitVillage = new LinkedHashMap<>();
    int total = 0;
    for (Village village : villages) {
      if (villageIndex.put(village.id(), village) != null) {
        throw new IllegalArgumentException("village " + village.id() + " is listed twice in township " + id);
      }
      for (Unit unit : village.units()) {
        VillageId earlier = unitVillage.put(unit.id(), village.id());
        if (earlier != null) {
          throw new IllegalArgumentException(
              "unit " + unit.id() + " is listed in village " + earlier + " and again in village " + village.id());
        }
        unitIndex.put(unit.id(), unit);
      }
      total = Math.addExact(total, village.households());
    }
    this.villagesById = ImmutableMap.copyOf(villageIndex);
    this.unitsById = ImmutableMap.copyOf(unitIndex);
    this.villageOfUnit = ImmutableMap.copyOf(unitVillage);
    this.households = total;

    MutableGraph<UnitId> units = GraphBuilder.undirected().allowsSelfLoops(false).build();
    unitIndex.keySet().forEach(units::addNode);
    for (EndpointPair<UnitId> edge : builder.edges) {
      for (UnitId end : List.of(edge.nodeU(), edge.nodeV())) {
        if (!unitIndex.containsKey(end)) {
          throw new IllegalArgumentException("adjacency names unknown unit " + end);
        }
      }
      if (edge.nodeU().equals(edge.nodeV())) {
        throw new IllegalArgumentException("unit " + edge.nodeU() + " cannot border itself");
      }
      units.putEdge(edge.nodeU(), edge.nodeV());
    }
    this.unitAdjacency = ImmutableGraph.copyOf(units);

    MutableGraph<VillageId> villageGraph = GraphBuilder.undirected().allowsSelfLoops(false).build();
    villageIndex.keySet().forEach(villageGraph::addNode);
    for (EndpointPair<UnitId> edge : unitAdjacency.edges()) {
      VillageId a = unitVillage.get(edge.nodeU());
      VillageId b = unitVillage.get(edge.nodeV());
      if (!a.equals(b)) {
        villageGraph.putEdge(a, b);
      }
    }
    this.villageAdjacency = ImmutableGraph.copyOf(villageGraph);

    Map<VillageId, DistrictId> districtOfVillage = new LinkedHashMap<>();
    Map<DistrictId, ExistingDistrict> districts = new LinkedHashMap<>();
    for (ExistingDistrict district : existingDistricts) {
      if (districts.put(district.id(), district) != null) {
        throw new IllegalArgumentException("district " + district.id() + " is listed twice");
      }
      for (VillageId village : district.villages()) {
        if (!villageIndex.containsKey(village)) {
          throw new IllegalArgumentException("district " + district.id() + " names unknown village " + village);
        }
        DistrictId earlier = districtOfVillage.put(village, district.id());
        if (earlier != null) {
          throw new IllegalArgumentException(
              "village " + village + " is in district " + earlier + " and in district " + district.id());
        }
      }
    }
  }

  /**
   * Starts a township.
   *
   * @param county the county (县) the township lies in, not null
   * @param id the township's id, not null
   * @param name the township's name, not blank
   * @return a builder
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Builder builder(CountyId county, TownshipId id, String name) {
    return new Builder(county, id, name);
  }

  /**
   * Returns the county (县) the township lies in.
   *
   * @return the county (县) the township lies in
   */
  public CountyId county() {
    return county;
  }

  /**
   * Returns the township's id.
   *
   * @return the township's id
   */
  public TownshipId id() {
    return id;
  }

  /**
   * Returns the township's name.
   *
   * @return the township's name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the villages in the order the county listed them.
   *
   * @return the villages in the order the county listed them
   */
  public ImmutableList<Village> villages() {
    return villages;
  }

  /**
   * Returns the village with the given id.
   *
   * @param village a village id, not null
   * @return the village, or empty when the township has no such village
   */
  public Optional<Village> village(VillageId village) {
    return Optional.ofNullable(villagesById.get(village));
  }

  /**
   * Returns the unit with the given id.
   *
   * @param unit a unit id, not null
   * @return the unit, or empty when the township has no such unit
   */
  public Optional<Unit> unit(UnitId unit) {
    return Optional.ofNullable(unitsById.get(unit));
  }

  /**
   * Returns the village a unit lies in.
   *
   * @param unit a unit id, not null
   * @return the village's id, or empty when the township has no such unit
   */
  public Optional<VillageId> villageOf(UnitId unit) {
    return Optional.ofNullable(villageOfUnit.get(unit));
  }

  /**
   * Returns every unit of the township, village by village, in the order the county listed them.
   *
   * @return every unit of the township, village by village, in the order the county listed them
   */
  public ImmutableList<Unit> units() {
    return unitsById.values().asList();
  }

  /**
   * Returns the number of households in the township: the sum over its villages.
   *
   * @return the number of households in the township
   */
  public int households() {
    return households;
  }

  /**
   * Returns the unit adjacency: an undirected graph without self-loops whose nodes are all units of the
   * township, with an edge between every two units that share a border.
   *
   * @return the unit adjacency
   */
  public ImmutableGraph<UnitId> unitAdjacency() {
    return unitAdjacency;
  }

  /**
   * Tells whether the county gave unit adjacency at all. When false, the adjacency graph has no edges and
   * nothing may be assumed connected.
   *
   * @return whether the county gave unit adjacency at all
   */
  public boolean adjacencyKnown() {
    return adjacencyKnown;
  }

  /**
   * Returns the village adjacency derived from unit adjacency: two villages are adjacent when a unit of one
   * borders a unit of the other. Its nodes are all villages of the township.
   *
   * @return the village adjacency derived from unit adjacency
   */
  public ImmutableGraph<VillageId> villageAdjacency() {
    return villageAdjacency;
  }

  /**
   * Returns the current assignment of villages into districts (片区); empty when the county gave none.
   *
   * @return the current assignment of villages into districts (片区)
   */
  public ImmutableList<ExistingDistrict> existingDistricts() {
    return existingDistricts;
  }

  /**
   * Two townships are equal when they have the same county, id, name, villages (in order), unit adjacency, whether
   * adjacency is known, and existing districts (in order).
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Township other
        && county.equals(other.county)
        && id.equals(other.id)
        && name.equals(other.name)
        && villages.equals(other.villages)
        && unitAdjacency.equals(other.unitAdjacency)
        && adjacencyKnown == other.adjacencyKnown
        && existingDistricts.equals(other.existingDistricts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(county, id, name, villages, unitAdjacency, adjacencyKnown, existingDistricts);
  }

  @Override
  public String toString() {
    return "Township[" + id + " " + name + ", " + villages.size() + " villages, " + unitsById.size() + " units, "
        + households + " households]";
  }

  /** Collects the parts of a {@link Township}; not thread-safe. */
  public static final class Builder {

    private final CountyId county;
    private final TownshipId id;
    private final String name;
    private final List<Village> villages = new ArrayList<>();
    private final List<EndpointPair<UnitId>> edges = new ArrayList<>();
    private final List<ExistingDistrict> existingDistricts = new ArrayList<>();
    private boolean adjacencyKnown;

    private Builder(CountyId county, TownshipId id, String name) {
      this.county = requireNonNull(county, "county");
      this.id = requireNonNull(id, "id");
      this.name = Ids.requireName(name, "name of township " + id);
    }

    /**
     * Adds a village.
     *
     * @param village the village, not null
     * @return this builder
     */
    public Builder village(Village village) {
      villages.add(requireNonNull(village, "village"));
      return this;
    }

    /**
     * Records that two units share a border, and that the county gives adjacency.
     *
     * @param a one unit, not null
     * @param b the other unit, not null
     * @return this builder
     */
    public Builder adjacent(UnitId a, UnitId b) {
      edges.add(EndpointPair.unordered(requireNonNull(a, "a"), requireNonNull(b, "b")));
      adjacencyKnown = true;
      return this;
    }

    /**
     * Records that the county gives adjacency, even if no two units share a border (every unit an island).
     *
     * @return this builder
     */
    public Builder adjacencyKnown() {
      adjacencyKnown = true;
      return this;
    }

    /**
     * Adds a district of the current assignment.
     *
     * @param district the district, not null
     * @return this builder
     */
    public Builder existingDistrict(ExistingDistrict district) {
      existingDistricts.add(requireNonNull(district, "district"));
      return this;
    }

    /**
     * Builds the township.
     *
     * @return the township
     * @throws IllegalArgumentException if a village or unit id repeats, adjacency names an unknown unit or a
     *     unit bordering itself, or a district names an unknown village or a village already in another district
     */
    public Township build() {
      return new Township(this);
    }
  }
}
