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
   * Allocation allowed per input byte. Reading the valid example files of the seed corpus allocates 13 to 34 bytes
   * per input byte above the constant below (measured on Java 17 as the least of five reads of each file: a 366-byte
   * work calendar 18.9 KB, a 9.7 KB evidence file 187 KB, a 1.3 KB knowledge-check file 52 KB): the parser's text
   * of each token, one node per token, the model built from them. A broken input allocates less than a valid one of
   * its size, as reading stops at its first malformed token or records at most {@code maxProblems} problems, each
   * quoting an abbreviated value. 64 leaves about twice the worst format's need without hiding a reader whose memory
   * grows faster than its input (quadratic in the number of entries, say).
   */
  static final long BYTES_PER_INPUT_BYTE = 64;

  /**
   * Allocation allowed whatever the input: a read of the empty input allocates about 8 KB (the parser's factory and
   * buffers, the exception with its stack trace); a refused input adds at most {@code maxProblems} (100) messages,
   * each quoting at most an abbreviated value. 1 MiB leaves room for both.
   */
  static final long CONSTANT_BYTES = 1L << 20;

  /**
   * The factor the bound is multiplied by while fuzzing ({@code JAZZER_FUZZ} set). Jazzer's hooks, which trace the
   * comparisons of grid's classes to guide the mutation, allocate on the reading thread themselves: a 6,257-byte
   * roster allocates 148 KB when read plainly and 1.49 MB under fuzzing instrumentation. The regression run of
   * {@code ./mvnw test} replays every seed and finding uninstrumented with the bound itself.
   */
  static final long FUZZING_INSTRUMENTATION_FACTOR = 16;

  private static final boolean FUZZING = !System.getenv().getOrDefault("JAZZER_FUZZ", "").isEmpty();

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
    long bound = bound(input.length);
    long allocated = allocatedByRead(reader, input);
    if (allocated > bound) {
      // The first read of a kind of input may load and initialize classes (Jackson's, the model's), whose
      // allocation is no cost of this input: measure again, with them loaded, before calling it a failure.
      allocated = allocatedByRead(reader, input);
    }
    assertThat(allocated)
        .as("bytes allocated by %s reading %d input bytes (bound %d x input + %d%s)",
            reader.getClass().getSimpleName(), input.length, BYTES_PER_INPUT_BYTE, CONSTANT_BYTES,
            FUZZING ? ", times " + FUZZING_INSTRUMENTATION_FACTOR + " while fuzzing" : "")
        .isLessThanOrEqualTo(bound);
  }

  /** Returns the bytes a read of {@code length} input bytes may allocate, here (fuzzing or not). */
  static long bound(int length) {
    return (BYTES_PER_INPUT_BYTE * length + CONSTANT_BYTES) * (FUZZING ? FUZZING_INSTRUMENTATION_FACTOR : 1);
  }

  private static long allocatedByRead(JsonReader<?> reader, byte[] input) {
    long thread = Thread.currentThread().getId();
    ByteArrayInputStream in = new ByteArrayInputStream(input);
    JsonInputException refused = null;
    long before = THREADS.getThreadAllocatedBytes(thread);
    try {
      reader.read(in, "fuzz.json");
    } catch (JsonInputException e) {
      refused = e;
    }
    long allocated = THREADS.getThreadAllocatedBytes(thread) - before;
    if (refused != null) {
      assertThat(refused.problems()).as("problems of a refused input").isNotEmpty();
      assertThat(refused.getMessage()).startsWith("fuzz.json: ");
    }
    return allocated;
  }
}
