package org.grid.adapters.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.google.common.io.ByteStreams;
import com.google.common.io.CountingInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.grid.core.model.jurisdiction.Ids;
import org.grid.core.model.privacy.Masking;

/**
 * The one JSON reading framework of this adapter: reads JSON text strictly (a duplicate key, trailing content after
 * the value and comments are errors) within the {@link InputLimits} and collects the problems of one input with their
 * JSON paths, so that a reader reports all of them (the first {@link InputLimits#maxProblems()}, and a count of the
 * rest) at once in one {@link JsonInputException}. Every reader of the sub-packages reads through
 * {@link #read(InputStream, String, BiFunction)} and checks each object's fields with {@link #fields(JsonNode,
 * String, Set)}, so that a misspelled field is an error rather than silently ignored.
 *
 * <p><b>Internal, not API.</b> Public only because the readers live in sub-packages per area ({@code jurisdiction},
 * {@code partition}, {@code team}, {@code duty}, {@code assessment}, {@code escalation}); an embedder must not use
 * it. It may change or disappear in any release, including a patch release (docs/api.md lists what is API). Not
 * thread-safe: one instance per read.
 *
 * <p>It is about 850 lines because it holds the bounded parse and one typed reader per kind of value every format
 * shares (ids, names, texts, integers, booleans, decimals, dates, times, enums, maps, lists), each with its path,
 * its limit and its problem text; split up, the readers would import several helpers for what is one vocabulary.
 */
public final class JsonInput {

  /**
   * The strict mapper every reader parses with, and the writers write with: duplicate keys and trailing tokens are
   * errors, comments are not allowed, and a stream handed in is not closed. Thread-safe once configured.
   */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(JsonParser.Feature.ALLOW_COMMENTS)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          // A decimal is read as written: through a double, 1.000000000000000000001 would pass as 1 (where 1.001 is
          // refused for its places), 1e-400 as 0 and 0.9003000000000000000001 as 0.9003.
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          // ... and kept as written, 2.0 as 2.0: a message quotes it so, and a share is echoed as given.
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  /** The top-level fields every format accepts besides its own: an example marker and a note for the reader. */
  /**
   * The most decimal places a decimal may have ({@link #decimal}); trailing zeros beyond them are dropped. Each format
   * asks fewer of its own where it means fewer (points: 2).
   */
  public static final int MAX_DECIMAL_PLACES = 100;

  /** What an input of only a byte order mark is told: the parser would call it a malformed letter or byte. */
  private static final String ONLY_BYTE_ORDER_MARK = "the input holds only a byte order mark, expected a JSON object";

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private static final Set<String> COMMON_ROOT_FIELDS = Set.of("example", "note");

  private final String source;
  private final InputLimits limits;
  private final List<JsonProblem> problems = new ArrayList<>();
  private int omitted;

  private JsonInput(String source, InputLimits limits) {
    this.source = requireNonNull(source, "source");
    this.limits = requireNonNull(limits, "limits");
  }

  /**
   * Returns the non-blank name at {@code field} (of a township, village, unit or district; a person's is read by
   * {@link #personName}), or null after recording a problem: missing, not a string, blank, or with a control
   * character (escape, bell, a line break) or a line or paragraph separator (U+2028, U+2029, a line break to a viewer),
   * which a name printed on one line must not have, or an unpaired surrogate, which no database stores. A separator
   * is named by its code and index, never quoted.
   *
   * @param parent the object, not null
   * @param field the field, not null
   * @param path the object's JSON path, not null
   * @return the name, or null
   */
  public String name(JsonNode parent, String field, String path) {
    return name(parent, field, path, true);
  }

  /**
   * Returns the non-blank name of a person at {@code field}, or null after recording a problem, as {@link
   * #name(JsonNode, String, String)} does; a person's name is personal data (docs/privacy.md), so a problem never
   * quotes it: a control character is named by its code and index.
   *
   * @param parent the object, not null
   * @param field the field, not null
   * @param path the object's JSON path, not null
   * @return the name, or null
   */
  public String personName(JsonNode parent, String field, String path) {
    return name(parent, field, path, false);
  }

  private String name(JsonNode parent, String field, String path, boolean quoted) {
    String text = text(parent, field, path);
    if (text == null) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        problem(path + "." + field, "must not contain control characters, " + (quoted
            ? "was \"" + abbreviate(text) + "\""
            : String.format(Locale.ROOT, "has U+%04X at index %d (the name is not quoted here)",
                (int) text.charAt(i), i)));
        return null;
      }
    }
    String separator = Ids.lineSeparatorProblem(text);
    if (separator != null) {
      problem(path + "." + field, separator);
      return null;
    }
    String surrogate = Ids.unpairedSurrogateProblem(text);
    if (surrogate != null) {
      problem(path + "." + field, surrogate);
      return null;
    }
    return text;
  }

  /**
   * Parses a stream (UTF-8, UTF-16 or UTF-32, detected) to its end within the {@linkplain InputLimits#configured()
   * configured limits} and hands the root node to {@code reader}, then throws every problem the reader recorded, or
   * returns what it returned; the stream is not closed.
   *
   * @param in the stream, not null
   * @param source what the stream is, for messages (a file name or URL), not null
   * @param reader turns the root node into the result, recording problems on the given input; it may return null
   *     when it recorded a problem
   * @param <T> the result
   * @return the reader's result
   * @throws JsonInputException if the stream cannot be read, is not one strict JSON value, breaks a limit, or the
   *     reader recorded a problem
   */
  public static <T> T read(InputStream in, String source, BiFunction<JsonInput, JsonNode, T> reader) {
    return read(in, source, InputLimits.configured(), reader);
  }

  /**
   * Parses a stream as {@link #read(InputStream, String, BiFunction)} does, within the given limits: no more than
   * {@link InputLimits#maxInputBytes()} bytes are read from the stream, whatever it is (an endless special file
   * too), Jackson's {@link com.fasterxml.jackson.core.StreamReadConstraints} keep the tokens, nesting, strings,
   * names and numbers within theirs while it parses, and every limit broken is reported with the JSON path where
   * it was broken and the limit's name.
   *
   * @param in the stream, not null
   * @param source what the stream is, for messages, not null
   * @param limits the limits, not null
   * @param reader turns the root node into the result, as for {@link #read(InputStream, String, BiFunction)}
   * @param <T> the result
   * @return the reader's result
   * @throws JsonInputException as {@link #read(InputStream, String, BiFunction)}
   */
  public static <T> T read(
      InputStream in, String source, InputLimits limits, BiFunction<JsonInput, JsonNode, T> reader) {
    requireNonNull(in, "in");
    requireNonNull(reader, "reader");
    JsonInput input = new JsonInput(source, limits);
    JsonNode root = parse(in, source, limits);
    T result;
    try {
      result = reader.apply(input, root);
    } catch (IllegalArgumentException e) {
      // A model type refused a value the reader did not check first: still bad input, never a crash.
      input.problem("$", "is refused: " + e.getMessage());
      result = null;
    }
    input.throwIfProblems();
    return result;
  }

  private static JsonNode parse(InputStream in, String source, InputLimits limits) {
    // At most one byte more than the limit is read, so that an input of exactly the limit is not refused and an
    // endless one stops there; Jackson's maxDocumentLength names the limit in the ordinary case.
    CountingInputStream counted = new CountingInputStream(ByteStreams.limit(in, limits.maxInputBytes() + 1));
    byte[] head = new byte[4]; // the first bytes, to tell an input that is only a byte order mark
    JsonFactory factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .streamReadConstraints(limits.streamReadConstraints())
        .build();
    factory.disable(JsonParser.Feature.ALLOW_COMMENTS);
    JsonParser parser = null;
    try {
      BufferedInputStream buffered = new BufferedInputStream(counted);
      buffered.mark(head.length);
      ByteStreams.read(buffered, head, 0, head.length);
      buffered.reset();
      parser = factory.createParser(buffered);
      JsonNode root = MAPPER.readTree(parser);
      if (root == null || root.isMissingNode()) {
        throw new JsonInputException(source, List.of(new JsonProblem("$", onlyByteOrderMark(head, counted.getCount())
            ? ONLY_BYTE_ORDER_MARK
            : "the input is empty, expected a JSON object")));
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw new JsonInputException(source, List.of(new JsonProblem(printable(where(parser)), limit(e, limits))));
    } catch (JsonProcessingException e) {
      if (counted.getCount() > limits.maxInputBytes()) {
        throw tooLong(source, limits);
      }
      if (onlyByteOrderMark(head, counted.getCount())) {
        throw new JsonInputException(source, List.of(new JsonProblem("$", ONLY_BYTE_ORDER_MARK)));
      }
      throw new JsonInputException(source, List.of(new JsonProblem(printable(where(e)),
          printable("malformed JSON: " + withoutInput(e.getOriginalMessage())))));
    } catch (IOException e) {
      throw new JsonInputException(
          source, List.of(new JsonProblem("$", printable("the input cannot be read: " + e))));
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException e) {
          // the stream is not the parser's to close (AUTO_CLOSE_SOURCE is off); nothing to release here
        }
      }
    }
  }

  /**
   * Tells whether the whole input (of {@code length} bytes, the first of them in {@code head}) is one byte order
   * mark of UTF-8, UTF-16 or UTF-32 and nothing else: the parser would call it a malformed letter or byte.
   */
  private static boolean onlyByteOrderMark(byte[] head, long length) {
    int b0 = head[0] & 0xff;
    int b1 = head[1] & 0xff;
    int b2 = head[2] & 0xff;
    int b3 = head[3] & 0xff;
    return length == 3 && b0 == 0xEF && b1 == 0xBB && b2 == 0xBF
        || length == 2 && (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE)
        || length == 4 && (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF || b0 == 0xFF && b1 == 0xFE && b2 == 0
            && b3 == 0);
  }

  /** The JSON path where the parser stopped, then its line and column. */
  private static String where(JsonParser parser) {
    if (parser == null) {
      return "$";
    }
    JsonLocation at = parser.currentLocation();
    return path(parser.getParsingContext())
        + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
  }

  private static JsonInputException tooLong(String source, InputLimits limits) {
    return new JsonInputException(source, List.of(new JsonProblem("$", "the input is longer than the limit of "
        + limits.maxInputBytes() + " bytes (" + InputLimits.PROPERTY_PREFIX + "maxInputBytes); it was not read")));
  }

  /** Names the limit Jackson's constraints refused, in this adapter's terms, with the property that changes it. */
  private static String limit(StreamConstraintsException e, InputLimits limits) {
    String message = String.valueOf(e.getOriginalMessage());
    String[][] names = {
      {"getMaxDocumentLength", "maxInputBytes", "the input is longer than " + limits.maxInputBytes() + " bytes"},
      {"getMaxTokenCount", "maxTokens", "the input has more than " + limits.maxTokens() + " JSON tokens"},
      {"getMaxNestingDepth", "maxNestingDepth", "the input nests arrays and objects deeper than "
          + limits.maxNestingDepth()},
      {"getMaxStringLength", "maxTextLength", "a string or number is longer than " + limits.maxTextLength()
          + " characters"},
      {"getMaxNameLength", "maxNameLength", "a field name is longer than " + limits.maxNameLength()
          + " characters"},
      {"getMaxNumberLength", "maxNumberLength", "a number is longer than " + limits.maxNumberLength()
          + " characters"},
    };
    for (String[] name : names) {
      if (message.contains(name[0])) {
        return name[2] + ", the limit (" + InputLimits.PROPERTY_PREFIX + name[1] + "); reading stopped there";
      }
    }
    return printable("the input breaks a limit: " + message);
  }

  /**
   * Returns the limits this input is read within.
   *
   * @return the limits this input is read within
   */
  public InputLimits limits() {
    return limits;
  }

  /** Jackson's message for a bare word: {@code Unrecognized token 'word': was expecting (…)}. */
  private static final Pattern UNRECOGNIZED_TOKEN =
      Pattern.compile("^Unrecognized token '(.*)'(: was expecting .*)$", Pattern.DOTALL);

  /** A character Jackson quotes with its code: {@code ('x' (code 120))}, {@code 'é' (code 233 / 0xe9)}. */
  private static final Pattern QUOTED_CHARACTER =
      Pattern.compile("'(\\X)' \\(code \\d+(?: / 0x[0-9a-fA-F]+)?\\)");

  /**
   * Returns a parser's message without the input it quotes: the input may be a name, a phone or an ID number typed
   * without quotes, and such data never reaches a message in clear (docs/privacy.md). An unrecognized token is
   * replaced by its length; a quoted letter or digit by "a letter or digit"; punctuation, which says what is wrong
   * with the syntax, stays. Field names (a duplicate key) are the format's and stay too, as in every path.
   *
   * @param message Jackson's original message, may be null
   * @return the message without quoted input
   */
  static String withoutInput(String message) {
    if (message == null) {
      return "the parser gave no reason";
    }
    Matcher token = UNRECOGNIZED_TOKEN.matcher(message);
    if (token.matches()) {
      String word = token.group(1);
      int length = word.codePointCount(0, word.length());
      return "Unrecognized token of " + length + (length == 1 ? " character" : " characters") + token.group(2);
    }
    Matcher quoted = QUOTED_CHARACTER.matcher(message);
    StringBuilder out = new StringBuilder(message.length());
    while (quoted.find()) {
      String c = quoted.group(1);
      boolean syntax = c.codePointCount(0, c.length()) == 1 && c.codePointAt(0) < 0x80
          && !Character.isLetterOrDigit(c.codePointAt(0));
      quoted.appendReplacement(out, syntax ? Matcher.quoteReplacement(quoted.group()) : "a letter or digit");
    }
    quoted.appendTail(out);
    return out.toString();
  }

  /**
   * Returns {@code text} with every control character (C0, DEL and C1: escape, bell, NUL, line breaks) written as
   * a backslash, {@code u} and four hex digits ({@code \\u001B} for escape), so that a message or an output quoting
   * input cannot drive the terminal or break a line.
   *
   * @param text the text, not null
   * @return the text, printable
   */
  public static String printable(String text) {
    return Masking.controlsEscaped(text);
  }

  /** The JSON path of a parse error where the parser knows it, then its line and column. */
  private static String where(JsonProcessingException e) {
    String path = "$";
    if (e.getProcessor() instanceof JsonParser parser) {
      path = path(parser.getParsingContext());
    }
    JsonLocation at = e.getLocation();
    return at == null ? path : path + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  private static String path(JsonStreamContext context) {
    List<String> steps = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        steps.add("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        steps.add(member("", c.getCurrentName()));
      }
    }
    StringBuilder path = new StringBuilder("$");
    for (int i = steps.size() - 1; i >= 0; i--) {
      path.append(steps.get(i));
    }
    return path.toString();
  }

  /**
   * Returns what is being read, usually a file name.
   *
   * @return what is being read, usually a file name
   */
  public String source() {
    return source;
  }

  /**
   * Checks that the root is an object whose fields are {@code known} or the fields every format accepts at the top
   * ({@code example}, true or false, and {@code note}, a string); throws at once if the root is not an object.
   *
   * @param root the root node, not null
   * @param known the fields of the format's top level, not null
   * @return the root
   * @throws JsonInputException if the root is not an object
   */
  public JsonNode root(JsonNode root, Set<String> known) {
    if (object(root, "$") == null) {
      throwIfProblems();
    }
    Iterator<String> names = root.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name) && !COMMON_ROOT_FIELDS.contains(name)) {
        unknownField(member("$", name), name, known);
      }
    }
    JsonNode example = root.get("example");
    if (example != null && !known.contains("example") && !example.isBoolean()) {
      problem("$.example", "must be true or false, was " + describe(example));
    }
    JsonNode note = root.get("note");
    if (note != null && !known.contains("note") && !note.isTextual()) {
      problem("$.note", "must be a string, was " + describe(note));
    }
    return root;
  }

  /**
   * Records a problem for every field of {@code object} that is not {@code known}: a misspelled optional field is
   * an error, not silently ignored. The problem names the field's path and, when one is close, the field meant.
   *
   * @param object an object node, not null
   * @param path the object's JSON path, not null
   * @param known the fields the format allows there, not null
   */
  public void fields(JsonNode object, String path, Set<String> known) {
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        unknownField(member(path, name), name, known);
      }
    }
  }

  private void unknownField(String path, String name, Set<String> known) {
    String meant = known.stream().filter(k -> close(k, name)).sorted().findFirst().orElse(null);
    problem(path, "is not a field of this format"
        + (meant == null ? "" : " (did you mean \"" + meant + "\"?)")
        + "; expected " + (known.isEmpty() ? "no field" : "one of " + known.stream().sorted().toList()));
  }

  /**
   * Returns the JSON path of field {@code name} of the object at {@code path}: {@code path.name} for a plain name,
   * {@code path['a b']} for one with other characters.
   *
   * @param path the object's JSON path, not null
   * @param name the field's name, not null
   * @return the field's JSON path
   */
  public static String member(String path, String name) {
    return PLAIN_NAME.matcher(name).matches()
        ? path + "." + name
        : path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** Whether two field names differ only in case or by at most two edits. */
  private static boolean close(String a, String b) {
    if (a.equalsIgnoreCase(b)) {
      return true;
    }
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (Math.abs(x.length() - y.length()) > 2 || Math.min(x.length(), y.length()) < 3) {
      return false;
    }
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()] <= 2;
  }

  /**
   * Records a problem.
   *
   * @param path the JSON path of the offending value, not null
   * @param message what is wrong, not null; must not quote personal data. As a safety net, every national ID
   *     number and mobile phone number in the path or the message (a quoted value, say) is masked ({@link
   *     Masking#text(String)})
   */
  public void problem(String path, String message) {
    if (problems.size() < limits.maxProblems()) {
      problems.add(new JsonProblem(printable(Masking.text(path)), printable(Masking.text(message))));
    } else {
      omitted++;
    }
  }

  /**
   * Returns how many problems have been recorded (listed or only counted, beyond {@link
   * InputLimits#maxProblems()}), so that a reader can tell whether a part of the input added any.
   *
   * @return how many problems have been recorded (listed or only counted, beyond {@link InputLimits#maxProblems()}), so
   *     that a reader can tell whether a part of the input added any
   */
  public int problemCount() {
    return problems.size() + omitted;
  }

  /**
   * Returns whether a problem has been recorded.
   *
   * @return whether a problem has been recorded
   */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Throws the collected problems, if there are any. */
  public void throwIfProblems() {
    if (!problems.isEmpty()) {
      throw new JsonInputException(source, problems, omitted);
    }
  }

  /**
   * Returns {@code node} if it is an object, else records a problem and returns null.
   *
   * @param node the value read
   * @param path the JSON path of {@code node}, for problems
   * @return {@code node} if it is an object, else records a problem and returns null
   */
  public JsonNode object(JsonNode node, String path) {
    if (node == null || node.isMissingNode()) {
      problem(path, "is missing, expected an object");
      return null;
    }
    if (!node.isObject()) {
      problem(path, "must be an object, was " + describe(node));
      return null;
    }
    return node;
  }

  /**
   * Returns the array at {@code field}; a missing field is a problem when {@code required}, else null.
   *
   * @param parent the object that holds the field
   * @param field the field's name
   * @param path the JSON path of {@code parent}, for problems
   * @param required whether a missing field is a problem
   * @return the array at {@code field}
   */
  public JsonNode array(JsonNode parent, String field, String path, boolean required) {
    JsonNode node = parent.get(field);
    String at = path + "." + field;
    if (node == null || node.isNull()) {
      if (required) {
        problem(at, "is missing, expected an array");
      }
      return null;
    }
    if (!node.isArray()) {
      problem(at, "must be an array, was " + describe(node));
      return null;
    }
    return node;
  }

  /**
   * Returns the non-blank text at {@code field}, or null after recording a problem.
   *
   * @param parent the object that holds the field
   * @param field the field's name
   * @param path the JSON path of {@code parent}, for problems
   * @return the non-blank text at {@code field}, or null after recording a problem
   */
  public String text(JsonNode parent, String field, String path) {
    JsonNode node = parent.get(field);
    String at = path + "." + field;
    if (node == null || node.isNull()) {
      problem(at, "is missing, expected a string");
      return null;
    }
    return text(node, at);
  }

  /**
   * Returns the non-blank text of {@code node}, or null after recording a problem.
   *
   * @param node the value read
   * @param path the JSON path of {@code node}, for problems
   * @return the non-blank text of {@code node}, or null after recording a problem
   */
  public String text(JsonNode node, String path) {
    if (!node.isTextual()) {
      problem(path, "must be a string, was " + describe(node));
      return null;
    }
    if (node.textValue().isBlank()) {
      problem(path, "must not be blank");
      return null;
    }
    return node.textValue();
  }

  /**
   * Returns the id at {@code field} made by {@code factory}, or null after recording a problem (missing, not a
   * string, or refused by the factory with its reason).
   *
   * @param <T> the type of the value made
   * @param parent the object that holds the field
   * @param field the field's name
   * @param path the JSON path of {@code parent}, for problems
   * @param factory makes the value from the text; throws {@code IllegalArgumentException} with its reason to refuse
   * @return the id at {@code field} made by {@code factory}, or null after recording a problem (missing, not a string,
   *     or refused by the factory with its reason)
   */
  public <T> T id(JsonNode parent, String field, String path, Function<String, T> factory) {
    String text = text(parent, field, path);
    return text == null ? null : id(text, path + "." + field, factory);
  }

  /**
   * Returns {@code factory.apply(text)}, or null after recording the factory's reason as a problem.
   *
   * @param <T> the type of the value made
   * @param text the text read
   * @param path the JSON path of the value, for problems
   * @param factory makes the value from the text; throws {@code IllegalArgumentException} with its reason to refuse
   * @return {@code factory.apply(text)}, or null after recording the factory's reason as a problem
   */
  public <T> T id(String text, String path, Function<String, T> factory) {
    try {
      return factory.apply(text);
    } catch (IllegalArgumentException e) {
      problem(path, "is not a valid id: " + e.getMessage());
      return null;
    }
  }

  /**
   * Returns the integer at {@code field} if it lies in {@code [min, max]}, else null after recording a problem.
   *
   * @param parent the object that holds the field
   * @param field the field's name
   * @param path the JSON path of {@code parent}, for problems
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @return the integer at {@code field} if it lies in {@code [min, max]}, else null after recording a problem
   */
  public Integer integer(JsonNode parent, String field, String path, int min, int max) {
    JsonNode node = parent.get(field);
    String at = path + "." + field;
    if (node == null || node.isNull()) {
      problem(at, "is missing, expected an integer from " + min + " to " + max);
      return null;
    }
    if (!node.isNumber()) {
      problem(at, "must be a number, was " + describe(node));
      return null;
    }
    if (!node.isIntegralNumber()) {
      problem(at, "must be a whole number, was " + node.asText());
      return null;
    }
    if (!node.canConvertToLong() || node.asLong() < min || node.asLong() > max) {
      problem(at, "must be from " + min + " to " + max + ", was " + node.asText());
      return null;
    }
    return (int) node.asLong();
  }

  /**
   * Returns the boolean at {@code field}, or null after recording a problem (missing, or not true or false).
   *
   * @param parent the object that holds the field
   * @param field the field's name
   * @param path the JSON path of {@code parent}, for problems
   * @return the boolean at {@code field}, or null after recording a problem (missing, or not true or false)
   */
  public Boolean bool(JsonNode parent, String field, String path) {
    JsonNode node = parent.get(field);
    String at = path + "." + field;
    if (node == null || node.isNull()) {
      problem(at, "is missing, expected true or false");
      return null;
    }
    if (!node.isBoolean()) {
      problem(at, "must be true or false, was " + describe(node));
      return null;
    }
    return node.booleanValue();
  }

  /**
   * Returns the finite number at {@code field}, or null when it is absent; a value that is not a finite number
   * is a problem (and null).
   *
   * @param parent the object that holds the field
   * @param field the field's name
   * @param path the JSON path of {@code parent}, for problems
   * @return the finite number at {@code field}, or null when it is absent
   */
  public Double optionalNumber(JsonNode parent, String field, String path) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
      problem(path + "." + field, "must be a finite number, was " + describe(node));
      return null;
    }
    return node.asDouble();
  }

  /**
   * Returns the decimal at {@code field}: null when absent and not {@code required} (no problem), or after recording
   * a problem when it is missing but required or is not a number.
   *
   * @param parent the object that holds the field
   * @param field the field's name
   * @param path the JSON path of {@code parent}, for problems
   * @param required whether a missing field is a problem
   * @return the decimal at {@code field}
   */
  public BigDecimal decimal(JsonNode parent, String field, String path, boolean required) {
    JsonNode node = parent.get(field);
    String at = path + "." + field;
    if (node == null || node.isNull()) {
      if (required) {
        problem(at, "is missing, expected a number");
      }
      return null;
    }
    if (!node.isNumber()) {
      problem(at, "must be a number, was " + describe(node));
      return null;
    }
    // Exactly as written (the mapper reads decimals as BigDecimal): 1e400 is a number of 1 and an exponent, and its
    // text in the message is as short.
    BigDecimal value = node.decimalValue();
    if (value.abs().compareTo(BigDecimal.valueOf(limits.maxDecimal())) > 0) {
      problem(at, "must be a finite number of at most " + limits.maxDecimal() + " in magnitude ("
          + InputLimits.PROPERTY_PREFIX + "maxDecimal), was " + value);
      return null;
    }
    // The exponent is the writer's too: 1e-999999999 is tiny but has a scale that would make every sum with it cost
    // a number of a billion digits, and 0e999999999 is zero with such a scale.
    if (value.signum() == 0) {
      return value.scale() < 0 ? BigDecimal.ZERO : value.setScale(Math.min(value.scale(), MAX_DECIMAL_PLACES));
    }
    if (value.stripTrailingZeros().scale() > MAX_DECIMAL_PLACES) {
      problem(at, "must have at most " + MAX_DECIMAL_PLACES + " decimal places, was " + value);
      return null;
    }
    return value.scale() > MAX_DECIMAL_PLACES ? value.setScale(MAX_DECIMAL_PLACES) : value;
  }

  /**
   * Returns the day at {@code field}, written as an ISO 8601 date ({@code 2025-03-01}) or a date-time with an
   * offset ({@code 2025-03-01T09:30:00+08:00}, whose local date is taken), or null after recording a problem.
   *
   * @param parent the object that holds the field
   * @param field the field's name
   * @param path the JSON path of {@code parent}, for problems
   * @return the day at {@code field}, written as an ISO 8601 date ({@code 2025-03-01}) or a date-time with an offset
   *     ({@code 2025-03-01T09:30:00+08:00}, whose local date is taken), or null after recording a problem
   */
  public LocalDate date(JsonNode parent, String field, String path) {
    String text = text(parent, field, path);
    if (text == null) {
      return null;
    }
    LocalDate date;
    try {
      date = text.length() <= 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).toLocalDate();
    } catch (DateTimeParseException e) {
      problem(path + "." + field, "must be an ISO 8601 date (2025-03-01) or date-time with offset "
          + "(2025-03-01T09:30:00+08:00), was \"" + abbreviate(text) + "\"");
      return null;
    }
    if (!limits.allows(date)) {
      problem(path + "." + field, "must be in a year " + limits.yearRange() + ", was \"" + abbreviate(text) + "\"");
      return null;
    }
    return date;
  }

  /**
   * Returns the object of strings at {@code field} (empty when absent), or null after recording a problem.
   *
   * @param parent the object that holds the field
   * @param field the field's name
   * @param path the JSON path of {@code parent}, for problems
   * @return the object of strings at {@code field} (empty when absent), or null after recording a problem
   */
  public Map<String, String> stringMap(JsonNode parent, String field, String path) {
    JsonNode node = parent.get(field);
    String at = path + "." + field;
    if (node == null || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      problem(at, "must be an object of strings, was " + describe(node));
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    boolean ok = true;
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      if (!entry.getValue().isTextual()) {
        problem(member(at, entry.getKey()), "must be a string, was " + describe(entry.getValue()));
        ok = false;
      } else {
        values.put(entry.getKey(), entry.getValue().textValue());
      }
    }
    return ok ? values : null;
  }

  /**
   * Describes a node's type and, for a string, number or boolean, its value (a string shortened to 40 characters),
   * for messages.
   *
   * @param node the node, not null
   * @return for example {@code the string "54"} or {@code an array}
   */
  public static String describe(JsonNode node) {
    JsonNodeType type = node.getNodeType();
    return switch (type) {
      case STRING -> "the string \"" + abbreviate(node.textValue()) + "\"";
      case NUMBER -> "the number " + node.asText();
      case BOOLEAN -> node.asText();
      case NULL -> "null";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      default -> type.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /**
   * Masks a quoted value ({@link Masking#text(String)}), shortens it to 40 characters and makes it printable. The
   * mask comes first: a national ID number or a phone number cut in two is no longer recognised as one, and most of
   * its digits would be quoted in clear.
   */
  private static String abbreviate(String text) {
    String masked = Masking.text(text);
    return printable(masked.length() <= 40 ? masked : masked.substring(0, 37) + "...");
  }

  /**
   * Returns the text at {@code field} converted by {@code parser}, or null after recording a problem: missing, not
   * a string, or refused by the parser ({@link IllegalArgumentException} or {@link DateTimeException}).
   *
   * @param parent the object, not null
   * @param field the field, not null
   * @param path the object's JSON path, not null
   * @param what what the text must be, for the message, for example {@code "a time such as 17:30"}
   * @param parser converts the text, not null
   * @param <T> the value
   * @return the value, or null after recording a problem
   */
  public <T> T value(JsonNode parent, String field, String path, String what, Function<String, T> parser) {
    String text = text(parent, field, path);
    return text == null ? null : value(text, path + "." + field, what, parser);
  }

  /**
   * Returns the optional text at {@code field} converted by {@code parser}: null when the field is absent, or after
   * recording a problem as {@link #value(JsonNode, String, String, String, Function)} does.
   *
   * @param parent the object, not null
   * @param field the field, not null
   * @param path the object's JSON path, not null
   * @param what what the text must be, for the message
   * @param parser converts the text, not null
   * @param <T> the value
   * @return the value, or null
   */
  public <T> T optionalValue(JsonNode parent, String field, String path, String what, Function<String, T> parser) {
    return parent.hasNonNull(field) ? value(parent, field, path, what, parser) : null;
  }

  /**
   * Returns the strings of the array at {@code field}, each converted by {@code parser}; a missing array is a
   * problem when {@code required}, else empty. A bad element is a problem and left out.
   *
   * @param parent the object, not null
   * @param field the field, not null
   * @param path the object's JSON path, not null
   * @param required whether the array must be present
   * @param what what each element must be, for the message
   * @param parser converts an element, not null
   * @param <T> the element
   * @return the converted elements in order; empty when the array is absent or not an array
   */
  public <T> List<T> values(
      JsonNode parent, String field, String path, boolean required, String what, Function<String, T> parser) {
    JsonNode array = array(parent, field, path, required);
    List<T> result = new ArrayList<>();
    if (array == null) {
      return result;
    }
    for (int i = 0; i < array.size(); i++) {
      String at = path + "." + field + "[" + i + "]";
      String text = text(array.get(i), at);
      T value = text == null ? null : value(text, at, what, parser);
      if (value != null) {
        result.add(value);
      }
    }
    return result;
  }

  /** Parses {@code text}; a date, time or instant parsed must lie in the limits' years as well. */
  private <T> T value(String text, String at, String what, Function<String, T> parser) {
    T value;
    try {
      value = parser.apply(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      problem(at, "must be " + what + ", was \"" + abbreviate(text) + "\"");
      return null;
    }
    boolean inYears = true;
    if (value instanceof LocalDate date) {
      inYears = limits.allows(date);
    } else if (value instanceof OffsetDateTime time) {
      inYears = limits.allows(time);
    } else if (value instanceof java.time.Instant instant) {
      // The year as written, when the text has an offset (the message quotes the text): 1900-01-01T07:00+08:00 is
      // in 1900 though its instant is in 1899 in UTC.
      inYears = writtenYearAllowed(text).orElseGet(() -> limits.allows(instant));
    }
    if (!inYears) {
      problem(at, "must be in a year " + limits.yearRange() + ", was \"" + abbreviate(text) + "\"");
      return null;
    }
    return value;
  }

  /** Whether the year of a text with an offset lies in the limits; empty for a text without one. */
  private Optional<Boolean> writtenYearAllowed(String text) {
    try {
      return Optional.of(limits.allows(OffsetDateTime.parse(text)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the id at {@code field}, or null when the field is absent; a bad value is a problem (and null).
   *
   * @param <T> the type of the value made
   * @param parent the object that holds the field
   * @param field the field's name
   * @param path the JSON path of {@code parent}, for problems
   * @param factory makes the value from the text; throws {@code IllegalArgumentException} with its reason to refuse
   * @return the id at {@code field}, or null when the field is absent
   */
  public <T> T optionalId(JsonNode parent, String field, String path, Function<String, T> factory) {
    if (!parent.hasNonNull(field)) {
      return null;
    }
    return id(parent, field, path, factory);
  }

  /**
   * Returns the ISO 8601 time with an offset at {@code field}, or null after recording a problem.
   *
   * @param parent the object that holds the field
   * @param field the field's name
   * @param path the JSON path of {@code parent}, for problems
   * @return the ISO 8601 time with an offset at {@code field}, or null after recording a problem
   */
  public OffsetDateTime time(JsonNode parent, String field, String path) {
    String text = text(parent, field, path);
    if (text == null) {
      return null;
    }
    OffsetDateTime time;
    try {
      time = OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      problem(path + "." + field, "must be an ISO 8601 date and time with an offset, such as "
          + "2025-03-01T09:30:00+08:00, was \"" + abbreviate(text) + "\"");
      return null;
    }
    if (!limits.allows(time)) {
      problem(path + "." + field, "must be in a year " + limits.yearRange() + ", was \"" + abbreviate(text) + "\"");
      return null;
    }
    return time;
  }

  /**
   * Returns the time at {@code field} as {@link #time} does, or null when the field is absent.
   *
   * @param parent the object that holds the field
   * @param field the field's name
   * @param path the JSON path of {@code parent}, for problems
   * @return the time at {@code field} as {@link #time} does, or null when the field is absent
   */
  public OffsetDateTime optionalTime(JsonNode parent, String field, String path) {
    return parent.hasNonNull(field) ? time(parent, field, path) : null;
  }

  /**
   * Returns the non-blank text at {@code field}, or null when the field is absent or after recording a problem.
   *
   * @param parent the object that holds the field
   * @param field the field's name
   * @param path the JSON path of {@code parent}, for problems
   * @return the non-blank text at {@code field}, or null when the field is absent or after recording a problem
   */
  public String optionalText(JsonNode parent, String field, String path) {
    return parent.hasNonNull(field) ? text(parent, field, path) : null;
  }

  /**
   * Returns the constant named at {@code field}, or null when the field is absent or after recording a problem.
   *
   * @param <E> the enum type
   * @param parent the object that holds the field
   * @param field the field's name
   * @param path the JSON path of {@code parent}, for problems
   * @param type the enum type
   * @return the constant named at {@code field}, or null when the field is absent or after recording a problem
   */
  public <E extends Enum<E>> E optionalConstant(JsonNode parent, String field, String path, Class<E> type) {
    return parent.hasNonNull(field) ? constant(parent, field, path, type) : null;
  }

  /**
   * Returns the constant named at {@code field}, or null after recording a problem.
   *
   * @param <E> the enum type
   * @param parent the object that holds the field
   * @param field the field's name
   * @param path the JSON path of {@code parent}, for problems
   * @param type the enum type
   * @return the constant named at {@code field}, or null after recording a problem
   */
  public <E extends Enum<E>> E constant(JsonNode parent, String field, String path, Class<E> type) {
    String text = text(parent, field, path);
    return text == null ? null : constant(text, path + "." + field, type);
  }

  /**
   * Returns the constant named {@code text}, or null after recording a problem listing the allowed names.
   *
   * @param <E> the enum type
   * @param text the text read
   * @param path the JSON path of the value, for problems
   * @param type the enum type
   * @return the constant named {@code text}, or null after recording a problem listing the allowed names
   */
  public <E extends Enum<E>> E constant(String text, String path, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    problem(path, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", was \"" + abbreviate(text) + "\""
        + (isConstant(text.toUpperCase(Locale.ROOT), type) ? " (write it in upper case)" : ""));
    return null;
  }

  private static <E extends Enum<E>> boolean isConstant(String text, Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(text));
  }

  /**
   * Returns the constants of the optional array at {@code field}; bad elements are problems and left out.
   *
   * @param <E> the enum type
   * @param parent the object that holds the field
   * @param field the field's name
   * @param path the JSON path of {@code parent}, for problems
   * @param type the enum type
   * @return the constants of the optional array at {@code field}
   */
  public <E extends Enum<E>> EnumSet<E> constants(JsonNode parent, String field, String path, Class<E> type) {
    EnumSet<E> result = EnumSet.noneOf(type);
    result.addAll(elements(parent, field, path, (text, at) -> constant(text, at, type)));
    return result;
  }

  /**
   * Returns the ids of the optional array at {@code field}; bad elements are problems and left out.
   *
   * @param <T> the type of the value made
   * @param parent the object that holds the field
   * @param field the field's name
   * @param path the JSON path of {@code parent}, for problems
   * @param factory makes the value from the text; throws {@code IllegalArgumentException} with its reason to refuse
   * @return the ids of the optional array at {@code field}
   */
  public <T> List<T> ids(JsonNode parent, String field, String path, Function<String, T> factory) {
    return elements(parent, field, path, (text, at) -> id(text, at, factory));
  }

  /** Parses each text element of the optional array at {@code field}; an element parsed to null is left out. */
  private <T> List<T> elements(
      JsonNode parent, String field, String path, BiFunction<String, String, T> parse) {
    List<T> result = new ArrayList<>();
    JsonNode array = array(parent, field, path, false);
    if (array == null) {
      return result;
    }
    for (int i = 0; i < array.size(); i++) {
      String at = path + "." + field + "[" + i + "]";
      String text = text(array.get(i), at);
      T element = text == null ? null : parse.apply(text, at);
      if (element != null) {
        result.add(element);
      }
    }
    return result;
  }

  /**
   * Checks that the file's {@code township} names the expected township; a mismatch is a problem.
   *
   * @param root the file's root object
   * @param expected the id of the township the file must name
   */
  public void township(JsonNode root, String expected) {
    String text = text(root, "township", "$");
    if (text != null && !text.equals(expected)) {
      problem("$.township",
          "names township \"" + abbreviate(text) + "\", but the township file is \"" + expected + "\"");
    }
  }
}
