package org.grid.adapters.json;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A reader of one of grid's JSON interchange formats, with the one calling style every reader of this adapter
 * shares: {@code XJsonReader.create(...).read(Path)} or {@code .read(InputStream, String source)}. What a format
 * needs besides the file (the township a roster belongs to, a limit) is given when the reader is created.
 *
 * <p>Every reader is strict: a duplicate key, content after the JSON value, a field the format does not have (a
 * misspelled optional field, say) and every broken rule of the format are reported together, each with its JSON
 * path, in one {@link JsonInputException}; no other exception escapes for bad input. Every input is read within
 * the {@linkplain InputLimits#configured() configured input limits} (size, tokens, nesting, string length, years,
 * decimals; {@code docs/limits.md}), so that an endless or enormous input is refused in bounded time and memory.
 * Readers are immutable and thread-safe.
 *
 * @param <T> what the format is read into
 */
public interface JsonReader<T> {

  /**
   * Reads a file (UTF-8).
   *
   * @param file the file, not null
   * @return what the file holds
   * @throws JsonInputException if the file does not exist, cannot be read or breaks the format; its source is the
   *     file name
   */
  default T read(Path file) {
    requireNonNull(file, "file");
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source);
    } catch (NoSuchFileException e) {
      throw new JsonInputException(source, List.of(new JsonProblem("$", "the file does not exist")));
    } catch (IOException e) {
      throw new JsonInputException(source, List.of(new JsonProblem("$", "the file cannot be read: " + e)));
    }
  }

  /**
   * Reads a stream (UTF-8) to its end; the stream is not closed.
   *
   * @param in the stream, not null
   * @param source what the stream is, for messages (a file name or URL), not null
   * @return what the stream holds
   * @throws JsonInputException if the stream cannot be read or breaks the format
   */
  T read(InputStream in, String source);
}
