package org.grid.adapters.json.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.util.List;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonProblem;
import org.grid.adapters.json.JsonReader;
import org.grid.adapters.json.jurisdiction.TownshipJsonReader;
import org.junit.jupiter.api.Test;

/** The fuzz targets' property can fail: on a foreign exception and on allocation beyond the bound. */
class ReaderFuzzingTest {

  private static final byte[] INPUT = "{\"township\": 1}".getBytes(UTF_8);

  @Test
  void aValueOrTheReadersOwnExceptionPasses() {
    assertThatCode(() -> ReaderFuzzing.check(TownshipJsonReader.create(), INPUT)).doesNotThrowAnyException();
    assertThatCode(() -> ReaderFuzzing.check(TownshipJsonReader.create(), new byte[] {(byte) 0xC3}))
        .doesNotThrowAnyException();
  }

  @Test
  void anotherExceptionIsAFinding() {
    JsonReader<Object> reader = (in, source) -> {
      throw new DateTimeException("year out of range");
    };

    assertThatThrownBy(() -> ReaderFuzzing.check(reader, INPUT)).isInstanceOf(DateTimeException.class);
  }

  @Test
  void aRefusalWithoutTheSourceIsAFinding() {
    JsonReader<Object> reader = (in, source) -> {
      throw new JsonInputException("elsewhere.json", List.of(new JsonProblem("$", "is broken")));
    };

    assertThatThrownBy(() -> ReaderFuzzing.check(reader, INPUT)).isInstanceOf(AssertionError.class);
  }

  @Test
  void allocationBeyondTheBoundIsAFinding() {
    long bound = ReaderFuzzing.bound(INPUT.length);
    JsonReader<Object> reader = (in, source) -> {
      readAll(in);
      // Twice the bound, in chunks, so that no single array is refused by the heap.
      long[][] chunks = new long[(int) (2 * bound / (1 << 20)) + 1][];
      for (int i = 0; i < chunks.length; i++) {
        chunks[i] = new long[1 << 17];
      }
      return chunks.length;
    };

    assertThatThrownBy(() -> ReaderFuzzing.check(reader, INPUT))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(" reading " + INPUT.length + " input bytes");
  }

  private static void readAll(InputStream in) {
    try {
      in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
