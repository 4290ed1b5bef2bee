package org.grid.adapters.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonReader;

/**
 * The property every fuzz target (模糊测试目标) of this package checks on one reader: whatever bytes it is given, the
 * reader returns a value or throws its own {@link JsonInputException} with at least one problem, never another
 * exception or error (a {@code NullPointerException}, {@code ClassCastException}, {@code DateTimeException},
 * {@code NumberFormatException}, {@code StackOverflowError}, ...), and it allocates no more than a fixed multiple
 * of the input's size plus a constant.
 */
final class ReaderFuzzing {

  /**
   * Allocation allowed per input byte. A valid example file of the formats allocates 5 to 20 bytes per input byte
   * when read (measured on the seed corpus: the byte and char buffers of the parser, one node per token, the model
   * built from them); a problem message quotes at most an abbreviated value and at most {@code maxProblems} are
   * kept, so a broken input allocates no more than a valid one of its size. 64 leaves room for the worst format
   * (many short tokens, each a node and a map entry) without hiding a reader that grows faster than its input.
   */
  static final long BYTES_PER_INPUT_BYTE = 64;

  /**
   * Allocation allowed whatever the input: the parser's factory and buffers (Jackson allocates 8 to 16 KB of buffers
   * per parse, more on first use), the reader's fixed tables, and the exception with its stack trace and up to
   * {@code maxProblems} messages of bounded length.
   */
  static final long CONSTANT_BYTES = 4L << 20;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private ReaderFuzzing() {}

  /**
   * Reads {@code input} with {@code reader} and checks the property; a failure is thrown as the
   * {@link AssertionError} or the unexpected exception itself, which the fuzzer reports as a finding.
   *
   * @param reader the reader, not null
   * @param input any bytes, not null
   */
  static void check(JsonReader<?> reader, byte[] input) {
    long bound = BYTES_PER_INPUT_BYTE * input.length + CONSTANT_BYTES;
    long allocated = allocatedByRead(reader, input);
    if (allocated > bound) {
      // The first read of a kind of input may load and initialize classes (Jackson's, the model's), whose
      // allocation is no cost of this input: measure again, with them loaded, before calling it a failure.
      allocated = allocatedByRead(reader, input);
    }
    assertThat(allocated)
        .as("bytes allocated reading %d input bytes (bound %d x input + %d)",
            input.length, BYTES_PER_INPUT_BYTE, CONSTANT_BYTES)
        .isLessThanOrEqualTo(bound);
  }

  private static long allocatedByRead(JsonReader<?> reader, byte[] input) {
    long thread = Thread.currentThread().getId();
    long before = THREADS.getThreadAllocatedBytes(thread);
    try {
      reader.read(new ByteArrayInputStream(input), "fuzz.json");
    } catch (JsonInputException e) {
      assertThat(e.problems()).as("problems of a refused input").isNotEmpty();
      assertThat(e.getMessage()).startsWith("fuzz.json: ");
    }
    return THREADS.getThreadAllocatedBytes(thread) - before;
  }
}
