package org.grid.adapters.jdbc.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.grid.adapters.jdbc.AbstractDatabaseTest;
import org.grid.adapters.jdbc.NastyText;
import org.grid.adapters.jdbc.RowMappingException;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.team.PersonId;
import org.grid.testkit.duty.DutyArbitraries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC pairing repository adds to the port's contract, on each database: ids round-trip unchanged and come
 * back in Java's order, every save increments the version, and a row that does not map is named.
 */
abstract class AbstractPairingStorageTest extends AbstractDatabaseTest {

  private static final TownshipId T1 = TownshipId.of("T1");


  private JdbcPairingRepository repository;

  @BeforeEach
  void emptyRepository() {
    database.deleteAll(TestDatabase.TEAM_TABLES);
    repository = new JdbcPairingRepository(database.dataSource());
  }

  @Test
  void everyIdRoundTripsUnchanged() {
    List<String> texts = new ArrayList<>(NastyText.TEXTS);
    texts.addAll(NastyText.LONGEST_64);
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      boolean longest = i >= NastyText.TEXTS.size();
      TownshipId township = TownshipId.of(longest ? text : NastyText.id("T-", text, i));
      PersonId pairer = PersonId.of(longest ? text : NastyText.id("P-", text, i));
      Pairing pairing = new Pairing(HouseholdId.of(longest ? text : NastyText.id("H-", text, i)), pairer,
          VillageId.of(longest ? text : NastyText.id("V-", text, i)));

      repository.save(township, pairing);

      assertThat(repository.findByHousehold(township, pairing.household())).as(text).contains(pairing);
      assertThat(repository.findByPairer(township, pairer)).as(text).containsExactly(pairing);
      assertThat(repository.findByTownship(township)).as(text).containsExactly(pairing);
    }
  }

  @Test
  void pairingsComeBackInJavasOrderOfHouseholdsWhateverTheCollation() {
    for (String household : NastyText.ORDER_SENSITIVE) {
      repository.save(T1, new Pairing(HouseholdId.of(household), PersonId.of("P1"), VillageId.of("V1")));
    }
    List<String> javaOrder = new ArrayList<>(NastyText.ORDER_SENSITIVE);
    javaOrder.sort(Comparator.naturalOrder());

    assertThat(repository.findByTownship(T1)).extracting(p -> p.household().value())
        .containsExactlyElementsOf(javaOrder);
    assertThat(repository.findByPairer(T1, PersonId.of("P1"))).extracting(p -> p.household().value())
        .containsExactlyElementsOf(javaOrder);
  }

  @Test
  void generatedPairingsRoundTrip() {
    DutyArbitraries.duties().sampleStream().limit(8).forEach(duties -> {
      database.deleteAll(TestDatabase.TEAM_TABLES);
      TownshipId township = duties.township();
      duties.pairings().forEach(pairing -> repository.save(township, pairing));

      assertThat(repository.findByTownship(township)).containsExactlyElementsOf(
          duties.pairings().stream().sorted(Comparator.comparing(Pairing::household)).toList());
      Map<PersonId, List<Pairing>> byPairer = duties.pairings().stream()
          .collect(Collectors.groupingBy(Pairing::pairer));
      byPairer.forEach((pairer, pairings) -> assertThat(repository.findByPairer(township, pairer))
          .containsExactlyElementsOf(pairings.stream().sorted(Comparator.comparing(Pairing::household)).toList()));
    });
  }

  @Test
  void everySaveIncrementsTheVersion() throws SQLException {
    for (int save = 1; save <= 3; save++) {
      repository.save(T1, new Pairing(HouseholdId.of("H1"), PersonId.of("P" + save), VillageId.of("V1")));
      try (Connection connection = database.dataSource().getConnection();
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(
              "SELECT version FROM grid_pairing WHERE township_id = 'T1' AND household_id = 'H1'")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getLong(1)).isEqualTo(save);
      }
    }
  }

  @Test
  void aHandEditedPairingRowIsNamedWithTableIdAndColumn() throws SQLException {
    Pairing pairing = new Pairing(HouseholdId.of("H1"), PersonId.of("P1"), VillageId.of("V1"));
    repository.save(T1, pairing);

    execute("UPDATE grid_pairing SET pairer_id = ' ' WHERE household_id = 'H1'");
    assertThatThrownBy(() -> repository.findByHousehold(T1, pairing.household()))
        .isInstanceOfSatisfying(RowMappingException.class, e -> {
          assertThat(e.table()).isEqualTo("grid_pairing");
          assertThat(e.rowId()).isEqualTo("T1/H1");
          assertThat(e.column()).isEqualTo("pairer_id");
        })
        .hasMessageContaining("personId must not be blank");

    repository.save(T1, pairing);
    execute("UPDATE grid_pairing SET village_id = 'V1 ' WHERE household_id = 'H1'");
    assertThatThrownBy(() -> repository.findByTownship(T1))
        .isInstanceOfSatisfying(RowMappingException.class, e -> assertThat(e.column()).isEqualTo("village_id"))
        .hasMessageContaining("villageId must not start or end with whitespace");
  }
}
