package org.grid.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link TableColumns} and {@link RowReader}: statements generated from one column list, values bound by column
 * and read back by name, and every refusal naming table, row and column.
 */
class TableColumnsTest {

  private enum Colour { RED, GREEN }

  private record Thing(String id, long version, Colour colour, Instant at, Integer count, boolean flag) {}

  private static final TableColumns<Thing> COLUMNS = TableColumns.<Thing>of("thing")
      .fixedText("id", Thing::id)
      .bigint("version", Thing::version)
      .text("colour", Thing::colour)
      .instant("at", Thing::at)
      .integer("amount", Thing::count)
      .bool("flag", Thing::flag)
      .build();

  private TestDatabase database;

  @BeforeEach
  void createTable() throws SQLException {
    database = TestDatabase.h2();
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE thing (id VARCHAR(20) PRIMARY KEY, version BIGINT NOT NULL, colour VARCHAR(10), "
          + "at BIGINT, amount INT, flag BOOLEAN NOT NULL)");
    }
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void the_statements_are_generated_from_the_one_column_list() {
    assertThat(COLUMNS.names()).containsExactly("id", "version", "colour", "at", "amount", "flag");
    assertThat(COLUMNS.selectList()).isEqualTo("id, version, colour, at, amount, flag");
    assertThat(COLUMNS.insert())
        .isEqualTo("INSERT INTO thing (id, version, colour, at, amount, flag) VALUES (?, ?, ?, ?, ?, ?)");
    assertThat(COLUMNS.update("id", "version"))
        .isEqualTo("UPDATE thing SET version = ?, colour = ?, at = ?, amount = ?, flag = ? "
            + "WHERE id = ? AND version = ?");
  }

  @Test
  void values_and_nulls_round_trip_and_an_update_sets_only_the_changing_columns() throws SQLException {
    Instant at = Instant.parse("2026-03-02T09:00:00.123456789Z");
    Thing full = new Thing("a", 1, Colour.GREEN, at, 7, true);
    Thing empty = new Thing("b", 1, null, null, null, false);
    try (Connection c = database.dataSource().getConnection()) {
      try (PreparedStatement insert = c.prepareStatement(COLUMNS.insert())) {
        for (Thing thing : new Thing[] {full, empty}) {
          assertThat(COLUMNS.bindAll(insert, 0, thing)).isEqualTo(6);
          insert.executeUpdate();
        }
      }
      assertThat(read(c, "a")).isEqualTo(full);
      assertThat(read(c, "b")).isEqualTo(empty);
      Thing changed = new Thing("ignored", 2, Colour.RED, at.plus(1, ChronoUnit.DAYS), 8, false);
      try (PreparedStatement update = c.prepareStatement(COLUMNS.update("id", "version"))) {
        int next = COLUMNS.bindChanging(update, 0, changed);
        update.setString(next + 1, "a");
        update.setLong(next + 2, 1);
        assertThat(update.executeUpdate()).isEqualTo(1);
      }
      assertThat(read(c, "a")).isEqualTo(new Thing("a", 2, Colour.RED, changed.at(), 8, false));
    }
  }

  @Test
  void a_value_the_reader_refuses_is_named_by_table_row_and_column() throws SQLException {
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO thing VALUES ('a', 1, 'BLUE', NULL, NULL, TRUE)");
      try (ResultSet rows = s.executeQuery("SELECT " + COLUMNS.selectList() + " FROM thing")) {
        RowReader reader = COLUMNS.reader(rows);
        assertThat(rows.next()).isTrue();
        reader.row("a");
        assertThatThrownBy(() -> reader.requiredEnum("colour", Colour.class))
            .isInstanceOfSatisfying(RowMappingException.class, e -> {
              assertThat(e.table()).isEqualTo("thing");
              assertThat(e.rowId()).isEqualTo("a");
              assertThat(e.column()).isEqualTo("colour");
            })
            .hasMessageContaining("'BLUE' is not a Colour");
        assertThatThrownBy(() -> reader.requiredInstant("at"))
            .isInstanceOfSatisfying(RowMappingException.class, e -> assertThat(e.column()).isEqualTo("at"))
            .hasMessageEndingWith("is null");
        assertThatThrownBy(() -> reader.requiredInt("amount"))
            .isInstanceOfSatisfying(RowMappingException.class, e -> assertThat(e.column()).isEqualTo("amount"));
        assertThatThrownBy(() -> reader.required("id", text -> {
          throw new IllegalArgumentException("id: too short");
        })).isInstanceOfSatisfying(RowMappingException.class, e -> assertThat(e.column()).isEqualTo("id"))
            .hasMessageContaining("too short");
        assertThatThrownBy(() -> reader.optionalEnum("colour", Colour.class))
            .isInstanceOfSatisfying(RowMappingException.class, e -> assertThat(e.column()).isEqualTo("colour"));
        assertThat(reader.instant("at")).isNull();
      }
    }
  }

  @Test
  void a_repeated_or_missing_column_is_refused() {
    assertThatThrownBy(
            () -> TableColumns.<Thing>of("thing").fixedText("id", Thing::id).text("id", Thing::id).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeats");
    assertThatThrownBy(() -> TableColumns.<Thing>of("thing").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
  }

  private static Thing read(Connection c, String id) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT " + COLUMNS.selectList() + " FROM thing WHERE id = ?")) {
      select.setString(1, id);
      try (ResultSet rows = select.executeQuery()) {
        assertThat(rows.next()).isTrue();
        RowReader r = COLUMNS.reader(rows).row(id);
        Integer count = r.text("amount") == null ? null : r.requiredInt("amount");
        return new Thing(r.requiredText("id"), r.requiredLong("version"), r.optionalEnum("colour", Colour.class),
            r.instant("at"), count, r.requiredBoolean("flag"));
      }
    }
  }
}
