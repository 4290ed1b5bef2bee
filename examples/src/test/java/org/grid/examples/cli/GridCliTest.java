package org.grid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.grid.testkit.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GridCliTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = GridCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void demoRefusesANumberOfRequestsOutOfRange() {
    int exit = run("demo", "--requests", "0");

    assertThat(exit).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--requests must be from 1 to 20000, was 0");
  }

  @Test
  void serveRefusesAPortOutOfRangeBeforeStartingAnything() {
    int exit = run("serve", "--port", "70000");

    assertThat(exit).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--port must be from 0 to 65535, was 70000");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void demoRefusesASeedPropertyThatIsNotANumber() {
    String before = System.getProperty("grid.demo.seed");
    System.setProperty("grid.demo.seed", "seven");
    try {
      int exit = run("demo");

      assertThat(exit).isEqualTo(GridCli.UNREADABLE_INPUT);
      assertThat(err.toString()).contains("-Dgrid.demo.seed must be a whole number, was 'seven'");
    } finally {
      if (before == null) {
        System.clearProperty("grid.demo.seed");
      } else {
        System.setProperty("grid.demo.seed", before);
      }
    }
  }

  @Test
  void summaryReadsATownshipFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("township.json");
    Files.writeString(file, SampleData.seedTownshipJson(), StandardCharsets.UTF_8);

    int exit = run("summary", "--township", file.toString());

    assertThat(exit).isEqualTo(GridCli.OK);
    assertThat(out.toString()).contains("24 villages").contains("village borders: T01-V01-T01-V03");
  }

  @Test
  void unreadableInputExitsWithTwoAndNamesFilePathAndProblem(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, """
        {"township": {"id": "T01", "county": "C1", "name": "示范乡"},
         "villages": [{"id": "V1", "name": "村", "units": [{"id": "U1", "name": "1组", "households": -3}]}]}
        """, StandardCharsets.UTF_8);

    int exit = run("summary", "--township", file.toString());

    assertThat(exit).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString())
        .contains(file.toString())
        .contains("$.villages[0].units[0].households")
        .contains("must be from 1 to 10000, was -3");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aMissingFileExitsWithTwo(@TempDir Path dir) {
    int exit = run("summary", "--township", dir.resolve("none.json").toString());

    assertThat(exit).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("none.json").contains("the file does not exist");
  }

  @Test
  void aBadCommandLineExitsWithTwo() {
    assertThat(run("summary")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--township");
    assertThat(run("no-such-command")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(run()).isEqualTo(GridCli.UNREADABLE_INPUT);
  }
}
