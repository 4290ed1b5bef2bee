package org.grid.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.grid.adapters.json.JsonTexts.utf8;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.grid.adapters.json.assessment.RuleSetsJsonReader;
import org.grid.adapters.json.jurisdiction.TownshipJsonReader;
import org.grid.testkit.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Hostile input: every limit of {@link InputLimits} is held while reading, and its refusal names the source, the
 * JSON path and the limit. The inputs are small: the limits are lowered for the test where the defaults would need
 * megabytes, and an "endless" input is a generator stream that never ends.
 */
@Timeout(20)
class InputLimitsTest {

  private static final BiFunction<JsonInput, JsonNode, JsonNode> ANY = (in, root) -> root;

  /** Defaults but for the given input bytes, tokens and text length. */
  private static InputLimits small(long bytes, long tokens, int text) {
    InputLimits d = InputLimits.defaults();
    return new InputLimits(bytes, tokens, d.maxNestingDepth(), text, d.maxNameLength(), d.maxNumberLength(),
        d.maxProblems(), d.minYear(), d.maxYear(), d.maxPeriodYears(), d.maxDecimal());
  }

  private static JsonInputException failure(InputStream in, InputLimits limits) {
    JsonInputException error =
        catchThrowableOfType(JsonInputException.class, () -> JsonInput.read(in, "hostile.json", limits, ANY));
    assertThat(error).isNotNull();
    return error;
  }

  /** A stream that repeats {@code body} after {@code head} forever, and counts the bytes it gave. */
  private static final class Endless extends InputStream {
    private final byte[] head;
    private final byte[] body;
    long given;

    Endless(String head, String body) {
      this.head = head.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      this.body = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      byte b = given < head.length ? head[(int) given] : body[(int) ((given - head.length) % body.length)];
      given++;
      return b & 0xff;
    }
  }

  @Test
  void anEndlessStreamOfWhitespaceIsReadOnlyToTheByteLimit() {
    Endless endless = new Endless("", " ");

    JsonInputException error = failure(endless, small(100_000, 1_000, 4_000));

    assertThat(error.getMessage()).startsWith("hostile.json: ");
    assertThat(error.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).startsWith("$");
      assertThat(p.message()).contains("longer than 100000 bytes").contains("grid.input.maxInputBytes");
    });
    assertThat(endless.given).isBetween(100_000L, 100_001L + 64 * 1024);
  }

  @Test
  void anEndlessArrayStopsAtTheTokenLimitWithItsPath() {
    JsonInputException error = failure(new Endless("{\"villages\": [", "1,"), small(1 << 20, 1_000, 4_000));

    assertThat(error.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).startsWith("$.villages[");
      assertThat(p.message()).contains("more than 1000 JSON tokens").contains("grid.input.maxTokens");
    });
  }

  @Test
  void anEndlessStringStopsAtTheTextLimit() {
    JsonInputException error = failure(new Endless("{\"township\": \"", "a"), InputLimits.defaults());

    assertThat(error.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).startsWith("$.township");
      assertThat(p.message()).contains("longer than 4000 characters").contains("grid.input.maxTextLength");
    });
  }

  @Test
  void aStringOneCharacterOverTheLimitIsRefusedAndOneOfTheLimitIsNot() {
    String json = "{\"villages\": [\"" + "a".repeat(100) + "\", {\"note\": \"" + "长".repeat(101) + "\"}]}";

    JsonInputException error = failure(utf8(json), small(1 << 20, 1_000, 100));

    assertThat(error.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).startsWith("$.villages[1].note (line 1, column ");
      assertThat(p.message()).isEqualTo("a string or number is longer than 100 characters, the limit "
          + "(grid.input.maxTextLength); reading stopped there");
    });
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void specialFilesThatNeverEndAreRefusedQuickly() {
    for (String special : new String[] {"/dev/zero", "/dev/urandom"}) {
      JsonInputException error = catchThrowableOfType(JsonInputException.class,
          () -> TownshipJsonReader.create().read(Path.of(special)));
      assertThat(error).isNotNull();
      assertThat(error.source()).isEqualTo(special);
      assertThat(error.problems()).hasSize(1);
    }
  }

  @Test
  void deepNestingAndLongNamesAndNumbersAreRefusedWithTheirLimits() {
    InputLimits limits = InputLimits.defaults();
    assertThat(failure(utf8("{\"villages\": " + "[".repeat(65) + "]".repeat(65) + "}"), limits).problems())
        .singleElement().satisfies(p -> assertThat(p.message()).contains("grid.input.maxNestingDepth"));
    assertThat(failure(utf8("{\"" + "n".repeat(201) + "\": 1}"), limits).problems())
        .singleElement().satisfies(p -> assertThat(p.message()).contains("grid.input.maxNameLength"));
    assertThat(failure(utf8("{\"villages\": " + "9".repeat(41) + "}"), limits).problems())
        .singleElement().satisfies(p -> assertThat(p.message()).contains("grid.input.maxNumberLength"));
  }

  @Test
  void problemsBeyondTheHundredthAreCountedNotListed() {
    StringBuilder json = new StringBuilder("{\"villages\": [");
    for (int i = 0; i < 250; i++) {
      json.append(i == 0 ? "" : ",").append(i);
    }
    json.append("]}");

    JsonInputException error = failure(utf8(json.toString()), InputLimits.defaults(), (in, root) -> {
      for (JsonNode village : root.get("villages")) {
        in.problem("$.villages[" + village.asInt() + "]", "is not an object");
      }
      return root;
    });

    assertThat(error.problems()).hasSize(100);
    assertThat(error.omitted()).isEqualTo(150);
    assertThat(error.getMessage())
        .contains("250 problems, the first 100 listed")
        .contains("$.villages[99]: is not an object")
        .doesNotContain("$.villages[100]")
        .contains("... and 150 more problems, not listed (grid.input.maxProblems is 100)");
  }

  private static JsonInputException failure(
      InputStream in, InputLimits limits, BiFunction<JsonInput, JsonNode, JsonNode> reader) {
    JsonInputException error =
        catchThrowableOfType(JsonInputException.class, () -> JsonInput.read(in, "hostile.json", limits, reader));
    assertThat(error).isNotNull();
    return error;
  }

  @Test
  void numbersMustBeFiniteWithinTheLimitAndWholeWhereWholeNumbersAreMeant() {
    String rules = """
        {"ruleSets": [{"id": "r", "subjectKind": "party-member/with-post", "validFrom": "2024-01-01",
          "validUntil": "2025-01-01", "base": %s,
          "rules": [{"id": "a", "description": "d", "counts": "c", "points": %s, "cap": %s, "direction": "ADD"}]}]}
        """;

    JsonInputException infinite = catchThrowableOfType(JsonInputException.class,
        () -> RuleSetsJsonReader.create().read(utf8(rules.formatted("1e400", "1e400", "1e400")), "rules.json"));
    JsonInputException huge = catchThrowableOfType(JsonInputException.class,
        () -> RuleSetsJsonReader.create().read(utf8(rules.formatted("9223372036854775808", "1", "1")), "rules.json"));

    assertThat(infinite.problems()).extracting(JsonProblem::path).containsExactlyInAnyOrder(
        "$.ruleSets[0].base", "$.ruleSets[0].rules[0].points", "$.ruleSets[0].rules[0].cap");
    assertThat(infinite.problems()).allSatisfy(p -> assertThat(p.message()).contains("finite")
        .contains("grid.input.maxDecimal"));
    assertThat(huge.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.ruleSets[0].base");
      assertThat(p.message()).contains("at most 1000000000").contains("was 9223372036854775808");
    });
    JsonInputException fraction = catchThrowableOfType(JsonInputException.class, () -> JsonInput.read(
        utf8("{\"n\": 2.0}"), "n.json", (in, root) -> in.integer(root, "n", "$", 0, 10)));
    assertThat(fraction.problems()).singleElement()
        .isEqualTo(new JsonProblem("$.n", "must be a whole number, was 2.0"));
  }

  @Test
  void datesAndTimesOutsideTheYearRangeAreRefused() {
    String json = "{\"d\": \"+999999999-01-01\", \"e\": \"1899-12-31\", \"t\": \"2201-01-01T00:00:00+08:00\","
        + " \"ok\": \"2200-12-31\"}";

    JsonInputException error = catchThrowableOfType(JsonInputException.class, () -> JsonInput.read(utf8(json),
        "dates.json", (in, root) -> {
          in.date(root, "d", "$");
          in.date(root, "e", "$");
          in.time(root, "t", "$");
          assertThat(in.date(root, "ok", "$")).hasToString("2200-12-31");
          java.time.OffsetDateTime parsed = in.value(root, "t", "$", "a time", java.time.OffsetDateTime::parse);
          assertThat(parsed).isNull();
          return root;
        }));

    assertThat(error.problems()).extracting(JsonProblem::path).containsExactly("$.d", "$.e", "$.t", "$.t");
    assertThat(error.problems().subList(1, 4)).allSatisfy(p ->
        assertThat(p.message()).contains("must be in a year from 1900 to 2200 (grid.input.minYear"));
  }

  @Test
  void anInstantIsInTheYearItIsWrittenIn() {
    // 1900-01-01T07:00+08:00 is 1899 in UTC; the message would quote a time in 1900 as outside 1900 to 2200.
    String json = "{\"first\": \"1900-01-01T07:00+08:00\", \"last\": \"2200-12-31T20:00-08:00\","
        + " \"before\": \"1899-12-31T23:30-01:00\", \"utc\": \"1899-12-31T23:59:59Z\"}";
    java.util.function.Function<String, java.time.Instant> instant =
        text -> java.time.OffsetDateTime.parse(text).toInstant();

    JsonInputException error = catchThrowableOfType(JsonInputException.class, () -> JsonInput.read(utf8(json),
        "times.json", (in, root) -> {
          assertThat(in.value(root, "first", "$", "a time", instant)).isNotNull();
          assertThat(in.value(root, "last", "$", "a time", instant)).isNotNull();
          in.value(root, "before", "$", "a time", instant);
          in.value(root, "utc", "$", "a time", instant);
          return root;
        }));

    assertThat(error.problems()).extracting(JsonProblem::path).containsExactly("$.before", "$.utc");
  }

  @Test
  void controlCharactersAreEscapedInEveryMessageAndRefusedInNames() {
    String json = "{\"name\": \"\\u001b[31m红\\u0007\", \"bad\\u001bfield\": 1, \"n\": \"x\\u0000\"}";

    JsonInputException error = catchThrowableOfType(JsonInputException.class, () -> JsonInput.read(utf8(json),
        "names.json", (in, root) -> {
          in.name(root, "name", "$");
          in.fields(root, "$", java.util.Set.of("name", "n"));
          in.integer(root, "n", "$", 0, 1);
          return root;
        }));

    assertThat(error.getMessage()).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    assertThat(error.problems()).extracting(JsonProblem::toString).containsExactly(
        "$.name: must not contain control characters, was \"\\u001B[31m红\\u0007\"",
        "$['bad\\u001Bfield']: is not a field of this format; expected one of [n, name]",
        "$.n: must be a number, was the string \"x\\u0000\"");
    assertThat(JsonInput.printable("plain 文本")).isEqualTo("plain 文本");
  }

  /** Half of a surrogate pair (escaped, as JSON allows) is refused in a name with its place; a whole pair is kept. */
  @Test
  void anUnpairedSurrogateIsRefusedInANameAndAPairKept() {
    String json = "{\"name\": \"红\\ud83c村\", \"other\": \"\\ud83c\\udf3e村\"}";

    JsonInputException error = catchThrowableOfType(JsonInputException.class, () -> JsonInput.read(utf8(json),
        "names.json", (in, root) -> {
          in.name(root, "name", "$");
          assertThat(in.name(root, "other", "$")).isEqualTo("🌾村");
          return root;
        }));

    assertThat(error.problems()).extracting(JsonProblem::toString).containsExactly(
        "$.name: must not contain an unpaired surrogate, has U+D83C at index 1");
  }

  @Test
  void aRefusalOfTheModelIsAProblemNotACrash() {
    JsonInputException error = catchThrowableOfType(JsonInputException.class, () -> JsonInput.read(utf8("{}"),
        "model.json", (in, root) -> {
          throw new IllegalArgumentException("villageId must not be blank");
        }));

    assertThat(error.problems()).singleElement()
        .isEqualTo(new JsonProblem("$", "is refused: villageId must not be blank"));
  }

  @Test
  void theLimitsAreChangedBySystemProperties() {
    String key = InputLimits.PROPERTY_PREFIX + "maxProblems";
    String before = System.getProperty(key);
    try {
      System.setProperty(key, "7");
      assertThat(InputLimits.configured().maxProblems()).isEqualTo(7);
      assertThat(InputLimits.configured().maxInputBytes()).isEqualTo(InputLimits.defaults().maxInputBytes());
      System.setProperty(key, "many");
      assertThatThrownBy(InputLimits::configured).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("system property grid.input.maxProblems must be a whole number, was 'many'");
    } finally {
      if (before == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, before);
      }
    }
    assertThatThrownBy(() -> small(0, 1, 1)).hasMessageContaining("maxInputBytes must be at least 1");
  }

  @Test
  void theSampleTownshipIsWellWithinTheDefaults() throws Exception {
    Path file = Files.createTempFile("township", ".json");
    try {
      Files.writeString(file, SampleData.seedTownshipJson());
      assertThat(TownshipJsonReader.create().read(file).households()).isEqualTo(5298);
    } finally {
      Files.delete(file);
    }
  }
}
