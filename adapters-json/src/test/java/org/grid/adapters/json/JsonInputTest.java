package org.grid.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.grid.adapters.json.JsonTexts.utf8;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reading framework itself: strict parsing, paths of parse errors, bounds, and unknown fields. */
class JsonInputTest {

  private static final Set<String> FIELDS = Set.of("villages", "township");

  /** Reads the root's fields against {@link #FIELDS} and returns the root. */
  private static JsonNode read(String json) {
    return JsonInput.read(utf8(json), "in.json", (in, root) -> {
      in.root(root, FIELDS);
      return root;
    });
  }

  private static JsonInputException failure(String json) {
    JsonInputException error = catchThrowableOfType(JsonInputException.class, () -> read(json));
    assertThat(error).as("must fail: %s", json).isNotNull();
    return error;
  }

  @Test
  void aDuplicateKeyIsNamedWithItsPathLineAndColumn() {
    JsonInputException error = failure("{\"villages\": [{\"id\": \"V1\",\n \"id\": \"V2\"}]}");

    assertThat(error.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.villages[0].id (line 2, column 6)");
      assertThat(p.message()).contains("Duplicate field 'id'");
    });
  }

  @Test
  void contentAfterTheValueIsRefusedButTrailingWhitespaceIsNot() {
    assertThat(failure("{\"township\": \"T1\"} []").problems().get(0).message()).contains("Trailing token");
    assertThat(read("{\"township\": \"T1\"}\n\n  ").path("township").textValue()).isEqualTo("T1");
  }

  /** A file saved empty by an editor that writes a byte order mark holds only the mark: said so, not "malformed". */
  @Test
  void anInputOfOnlyAByteOrderMarkIsSaidToBeOne() {
    int[][] marks = {{0xEF, 0xBB, 0xBF}, {0xFE, 0xFF}, {0xFF, 0xFE}, {0, 0, 0xFE, 0xFF}, {0xFF, 0xFE, 0, 0}};
    for (int[] mark : marks) {
      byte[] bytes = new byte[mark.length];
      for (int i = 0; i < mark.length; i++) {
        bytes[i] = (byte) mark[i];
      }
      JsonInputException error = catchThrowableOfType(JsonInputException.class, () -> JsonInput.read(
          new ByteArrayInputStream(bytes), "in.json", (in, root) -> root));
      assertThat(error.problems()).as("%d bytes", mark.length).singleElement()
          .satisfies(p -> assertThat(p.message()).isEqualTo("the input holds only a byte order mark, expected a "
              + "JSON object"));
    }
    // A mark before the value is read as before.
    byte[] marked = ("\uFEFF{\"township\": \"T1\"}").getBytes(StandardCharsets.UTF_8);
    assertThat(JsonInput.read(new ByteArrayInputStream(marked), "in.json", (in, root) -> root).path("township")
        .textValue()).isEqualTo("T1");
  }

  @Test
  void commentsAreRefused() {
    assertThat(failure("{\"township\": \"T1\" /* the seed */}").problems().get(0).message())
        .contains("malformed JSON");
  }

  @Test
  void nestingBeyondTheLimitIsRefusedNotFollowed() {
    JsonInputException error = failure("{\"villages\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}");

    assertThat(error.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("deeper than 64").contains("grid.input.maxNestingDepth"));
  }

  @Test
  void theStreamIsReadButNotClosed() throws IOException {
    boolean[] closed = {false};
    ByteArrayInputStream in = new ByteArrayInputStream("{\"township\": \"T1\"}".getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    };

    JsonInput.read(in, "in.json", (input, root) -> root);

    assertThat(closed[0]).isFalse();
  }

  @Test
  void everyUnknownFieldIsAProblemNamingTheFieldMeantWhenOneIsClose() {
    JsonInputException error = failure("{\"Villages\": [], \"townshp\": \"T1\", \"county\": \"C1\", \"note\": \"ok\"}");

    assertThat(error.problems()).extracting(JsonProblem::path)
        .containsExactly("$.Villages", "$.townshp", "$.county");
    assertThat(error.problems().get(0).message()).contains("did you mean \"villages\"");
    assertThat(error.problems().get(1).message()).contains("did you mean \"township\"");
    assertThat(error.problems().get(2).message()).doesNotContain("did you mean")
        .contains("expected one of [township, villages]");
  }

  @Test
  void aFieldNameThatIsNotPlainIsQuotedInItsPath() {
    assertThat(failure("{\"town ship\": 1, \"it's\": 2}").problems()).extracting(JsonProblem::path)
        .containsExactly("$['town ship']", "$['it\\'s']");
    assertThat(failure("{\"a b\": 1,\n\"a b\": 2}").problems()).extracting(JsonProblem::path)
        .containsExactly("$['a b'] (line 2, column 6)");
  }

  @Test
  void exampleAndNoteAreAllowedAtTheTopWithTheirTypes() {
    assertThat(read("{\"example\": true, \"note\": \"made up\"}").size()).isEqualTo(2);
    assertThat(failure("{\"example\": \"yes\", \"note\": 3}").problems()).extracting(JsonProblem::path)
        .containsExactly("$.example", "$.note");
  }

  @Test
  void aRootThatIsNotAnObjectStopsAtOnce() {
    assertThat(failure("[1, 2]").problems()).singleElement()
        .satisfies(p -> assertThat(p).isEqualTo(new JsonProblem("$", "must be an object, was an array")));
  }

  @Test
  void aBareWordIsNotQuotedInTheProblem() {
    JsonInputException error = failure("{\"villages\": [{\"name\": 王小明}]}");

    assertThat(error.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).startsWith("$.villages[0].name (line 1, column ");
      assertThat(p.message()).startsWith("malformed JSON: Unrecognized token of 3 characters: was expecting");
    });
    assertThat(error).hasMessageNotContaining("王").hasMessageNotContaining("小明");
  }

  @Test
  void aLetterOrDigitWhereSyntaxIsExpectedIsNotQuoted() {
    JsonInputException digits = failure("{\"villages\": [{\"phone\": 13812341234x}]}");
    JsonInputException letter = failure("{\"villages\": [{\"id\": \"V1\" 王}]}");

    assertThat(digits.problems()).singleElement().satisfies(p ->
        assertThat(p.message()).isEqualTo(
            "malformed JSON: Unexpected character (a letter or digit): was expecting comma to separate Object entries"));
    assertThat(digits).hasMessageNotContaining("'x'").hasMessageNotContaining("120");
    assertThat(letter).hasMessageNotContaining("王").hasMessageNotContaining("29579");
  }

  @Test
  void punctuationThatBreaksTheSyntaxIsStillNamed() {
    JsonInputException error = failure("{\"villages\": [}");

    assertThat(error.problems()).singleElement().satisfies(p ->
        assertThat(p.message()).contains("Unexpected close marker '}'"));
  }

  @Test
  void withoutInputLeavesOtherMessagesAlone() {
    assertThat(JsonInput.withoutInput("Duplicate field 'id'")).isEqualTo("Duplicate field 'id'");
    assertThat(JsonInput.withoutInput("Unexpected character (',' (code 44)): expected a value"))
        .isEqualTo("Unexpected character (',' (code 44)): expected a value");
    assertThat(JsonInput.withoutInput("Unexpected character ('é' (code 233 / 0xe9)): x"))
        .isEqualTo("Unexpected character (a letter or digit): x");
    assertThat(JsonInput.withoutInput(null)).isEqualTo("the parser gave no reason");
  }

  /**
   * A quoted value is masked before it is cut to 40 characters: cut first, a national ID number across the cut
   * would keep 17 of its digits in clear (no whole number left to recognise), and the check character follows.
   */
  @Test
  void aQuotedValueIsMaskedBeforeItIsCut() {
    String value = "x".repeat(20) + "110101199003077774" + "y".repeat(30);
    JsonInputException error = catchThrowableOfType(JsonInputException.class, () -> JsonInput.read(
        utf8("{\"township\": \"" + value + "\"}"), "in.json", (in, root) -> in.value(root, "township", "$",
            "at most 40 characters", t -> {
              if (t.length() > 40) {
                throw new IllegalArgumentException("too long");
              }
              return t;
            })));

    assertThat(error).isNotNull();
    assertThat(error.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.township");
      assertThat(p.message()).isEqualTo(
          "must be at most 40 characters, was \"" + "x".repeat(20) + "1101" + "*".repeat(10) + "777...\"");
    });
    assertThat(error.getMessage()).doesNotContain("11010119900307777");
  }
}
