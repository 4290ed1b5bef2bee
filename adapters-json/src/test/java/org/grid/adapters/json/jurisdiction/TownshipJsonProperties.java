package org.grid.adapters.json.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grid.adapters.json.JsonTexts.utf8;

import java.io.ByteArrayInputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.grid.adapters.json.JsonInputException;
import org.grid.core.model.jurisdiction.Township;
import org.grid.testkit.SampleData;
import org.grid.testkit.jurisdiction.JurisdictionArbitraries;

/** Laws of reading and writing the township format. */
class TownshipJsonProperties {

  private static final String SEED = SampleData.seedTownshipJson();

  private final TownshipJsonReader reader = TownshipJsonReader.create();

  @Property(tries = 300)
  void aWrittenTownshipReadsBackEqual(@ForAll("townships") Township township) {
    String json = TownshipJsonWriter.create().write(township);

    assertThat(reader.read(utf8(json), "written")).isEqualTo(township);
  }

  @Property(tries = 500)
  void anyBytesGiveATownshipOrTheReadersOwnError(@ForAll("anyBytes") byte[] bytes) {
    try {
      assertThat(reader.read(new ByteArrayInputStream(bytes), "generated").villages()).isNotEmpty();
    } catch (JsonInputException expected) {
      assertThat(expected.problems()).isNotEmpty();
    }
  }

  @Property(tries = 500)
  void anyEditOfTheSeedGivesATownshipOrTheReadersOwnError(@ForAll("editedSeeds") String json) {
    assertReadsOrRefusesCleanly(json);
  }

  @Property(tries = 500)
  void anyJsonOfTheFormatsWordsGivesATownshipOrTheReadersOwnError(@ForAll("jsonValues") String json) {
    assertReadsOrRefusesCleanly(json);
  }

  private void assertReadsOrRefusesCleanly(String json) {
    try {
      Township township = reader.read(utf8(json), "generated");
      assertThat(township.villages()).isNotEmpty();
    } catch (JsonInputException expected) {
      assertThat(expected.problems()).isNotEmpty();
      assertThat(expected.getMessage()).startsWith("generated: ");
    }
  }

  @Provide
  Arbitrary<Township> townships() {
    return JurisdictionArbitraries.townships();
  }

  @Provide
  Arbitrary<byte[]> anyBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
  }

  /** The seed township with up to five characters deleted, inserted or replaced at random places. */
  @Provide
  Arbitrary<String> editedSeeds() {
    Arbitrary<int[]> edit = Combinators.combine(
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, SEED.length() - 1),
            Arbitraries.of((int) '{', (int) '}', (int) '[', (int) ']', (int) '"', (int) ',', (int) ':', (int) '0',
                (int) '-', (int) 'x', (int) ' ', (int) '村'))
        .as((kind, at, ch) -> new int[] {kind, at, ch});
    return edit.list().ofMinSize(1).ofMaxSize(5).map(edits -> {
      StringBuilder text = new StringBuilder(SEED);
      for (int[] e : edits) {
        int at = Math.min(e[1], text.length() - 1);
        switch (e[0]) {
          case 0 -> text.deleteCharAt(at);
          case 1 -> text.insert(at, (char) e[2]);
          default -> text.setCharAt(at, (char) e[2]);
        }
      }
      return text.toString();
    });
  }

  /** JSON documents built from the format's own field names, with values of every JSON type in every place. */
  @Provide
  Arbitrary<String> jsonValues() {
    return Arbitraries.recursive(this::scalars, this::composite, 0, 4).map(v -> v);
  }

  private Arbitrary<String> scalars() {
    return Arbitraries.oneOf(
        Arbitraries.of("null", "true", "0", "-1", "1", "54", "10001", "1e3", "3.5", "\"\"", "\"T01\"", "\"村\"",
            "\"T01-V01-G01\"", "\"T01-V01\"", "[]", "{}"),
        Arbitraries.integers().map(String::valueOf));
  }

  private Arbitrary<String> composite(Arbitrary<String> inner) {
    Arbitrary<String> field = Arbitraries.of(
        "township", "id", "county", "name", "villages", "units", "households", "x", "y", "tags", "adjacency",
        "existingDistricts");
    Arbitrary<String> object = Combinators.combine(field, inner).as((k, v) -> "\"" + k + "\": " + v)
        .list().ofMaxSize(5).uniqueElements(member -> member.substring(0, member.indexOf(':')))
        .map(members -> "{" + String.join(", ", members) + "}");
    Arbitrary<String> array = inner.list().ofMaxSize(4).map(items -> "[" + String.join(", ", items) + "]");
    return Arbitraries.oneOf(object, array);
  }

}
