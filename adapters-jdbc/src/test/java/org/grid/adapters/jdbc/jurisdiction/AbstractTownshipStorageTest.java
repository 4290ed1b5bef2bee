package org.grid.adapters.jdbc.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import org.grid.adapters.jdbc.FaultyDataSource;
import org.grid.adapters.jdbc.AbstractDatabaseTest;
import org.grid.adapters.jdbc.GridSchema;
import org.grid.adapters.jdbc.JdbcAdapterException;
import org.grid.adapters.jdbc.RowMappingException;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.core.model.jurisdiction.Coordinates;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.ExistingDistrict;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.testkit.jurisdiction.JurisdictionArbitraries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC township repository adds to the port's contract, on each database: strings round-trip unchanged,
 * rows that do not map are named, migrations are repeatable.
 */
abstract class AbstractTownshipStorageTest extends AbstractDatabaseTest {

  private static final List<String> NASTY = List.of(
      "O'Brien", "\"quoted\"", "五都村", "🌾🏔️ emoji", "'; DROP TABLE grid_unit; --", "back\\slash", "%_wild%",
      "tab\tand\nnewline", "null", " leading and trailing ");


  private JdbcTownshipRepository repository;

  @BeforeEach
  void emptyRepository() {
    database.deleteAll(TestDatabase.JURISDICTION_TABLES);
    repository = new JdbcTownshipRepository(database.dataSource());
  }

  @Test
  void everyStringFieldRoundTripsUnchanged() {
    for (int i = 0; i < NASTY.size(); i++) {
      String text = NASTY.get(i);
      String id = text.strip().replace("\t", " ").replace("\n", " ");
      // a name has no control characters (Ids.requireName): those become spaces; a care tag keeps them
      String name = text.replaceAll("\\p{Cntrl}", " ");
      UnitId unit = UnitId.of("U-" + id);
      Township township = Township.builder(CountyId.of("C-" + id), TownshipId.of("T-" + id), name)
          .village(Village.of(VillageId.of("V-" + id), name,
              List.of(Unit.of(unit, name, 1 + i).withTags(List.of(text, "tea")).at(Coordinates.of(-1.5e-3, 7e8)),
                  Unit.of(UnitId.of("U2-" + id), "2组", 3))))
          .adjacent(unit, UnitId.of("U2-" + id))
          .existingDistrict(ExistingDistrict.of(DistrictId.of("D-" + id), name, List.of(VillageId.of("V-" + id))))
          .build();

      repository.save(township);

      assertThat(repository.findById(township.id())).as(text).contains(township);
    }
  }

  @Test
  void generatedTownshipsRoundTrip() {
    Arbitrary<Township> townships = JurisdictionArbitraries.townships();
    townships.sampleStream().limit(40).forEach(township -> {
      repository.save(township);
      assertThat(repository.findById(township.id())).contains(township);
    });
  }

  @Test
  void aHandEditedRowIsNamedWithTableIdAndColumn() throws SQLException {
    repository.save(Township.builder(CountyId.of("C1"), TownshipId.of("T1"), "示范乡")
        .village(Village.of(VillageId.of("V1"), "五都村", List.of(Unit.of(UnitId.of("U1"), "1组", 5))))
        .build());
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement edit = connection.prepareStatement("UPDATE grid_village SET name = ' ' WHERE id = 'V1'")) {
      edit.executeUpdate();
    }

    assertThatThrownBy(() -> repository.findById(TownshipId.of("T1")))
        .isInstanceOfSatisfying(RowMappingException.class, e -> {
          assertThat(e.table()).isEqualTo("grid_village");
          assertThat(e.rowId()).isEqualTo("T1/V1");
          assertThat(e.column()).isEqualTo("name");
        })
        .hasMessageContaining("must not be blank");
  }

  @Test
  void aBlankOrMissingCountyIsNamedWithTableIdAndColumn() throws SQLException {
    repository.save(Township.builder(CountyId.of("C1"), TownshipId.of("T1"), "示范乡")
        .village(Village.of(VillageId.of("V1"), "五都村", List.of(Unit.of(UnitId.of("U1"), "1组", 5))))
        .build());

    for (String value : List.of("' '", "NULL")) {
      try (Connection connection = database.dataSource().getConnection();
          PreparedStatement edit =
              connection.prepareStatement("UPDATE grid_township SET county_id = " + value + " WHERE id = 'T1'")) {
        edit.executeUpdate();
      }

      assertThatThrownBy(() -> repository.findById(TownshipId.of("T1")))
          .as(value)
          .isInstanceOfSatisfying(RowMappingException.class, e -> {
            assertThat(e.table()).isEqualTo("grid_township");
            assertThat(e.rowId()).isEqualTo("T1");
            assertThat(e.column()).isEqualTo("county_id");
          })
          .hasMessageContaining(value.equals("NULL") ? "is null" : "countyId");
    }
  }

  @Test
  void migratingACurrentSchemaAgainChangesNothing() {
    assertThat(GridSchema.migrate(database.dataSource())).isZero();
  }

  @Test
  void aFailedSaveLeavesTheStoredTownshipAsItWas() {
    Township before = Township.builder(CountyId.of("C1"), TownshipId.of("T1"), "旧")
        .village(Village.of(VillageId.of("V1"), "五都村", List.of(Unit.of(UnitId.of("U1"), "1组", 5))))
        .build();
    repository.save(before);
    Township after = Township.builder(CountyId.of("C1"), TownshipId.of("T1"), "新")
        .village(Village.of(VillageId.of("V1"), "五都村", List.of(Unit.of(UnitId.of("U1"), "1组", 5))))
        .village(Village.of(VillageId.of("V2"), "石门村", List.of(Unit.of(UnitId.of("U2"), "1组", 5))))
        .build();

    // The save fails midway: after the old rows were deleted, at the insert of the new units.
    JdbcTownshipRepository failing = new JdbcTownshipRepository(
        FaultyDataSource.failingWhen(database.dataSource(), sql -> sql.startsWith("INSERT INTO grid_unit ")));
    assertThatThrownBy(() -> failing.save(after)).isInstanceOf(JdbcAdapterException.class);

    assertThat(repository.findById(TownshipId.of("T1"))).contains(before);
    repository.save(after);
    assertThat(repository.findById(TownshipId.of("T1"))).contains(after);
  }
}
