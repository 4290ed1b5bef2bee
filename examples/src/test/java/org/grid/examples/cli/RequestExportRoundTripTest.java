package org.grid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.grid.adapters.json.escalation.RequestExportJsonReader;
import org.grid.adapters.json.escalation.RequestJsonWriter;
import org.grid.adapters.json.escalation.Scenario;
import org.grid.adapters.json.escalation.ScenarioJsonReader;
import org.grid.core.model.privacy.Masking;
import org.grid.core.model.privacy.Purpose;
import org.grid.escalation.model.AppliedCommands;
import org.grid.escalation.model.Form;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every request of every scenario of the repository, written by {@link RequestJsonWriter} and read back by {@link
 * RequestExportJsonReader}, is the request the replay made: the same record with clear text, the record with its
 * free text masked and without command digests from a masked export, and the same from the {@code replay}
 * command's own output.
 */
class RequestExportRoundTripTest {

  private static final Path SCENARIOS = Path.of("src/main/resources/scenarios");
  private static final Purpose AUDIT = Purpose.of("checking the request export against the replay");
  private static final String PHONE = "13812341234";

  @TempDir Path dir;

  static Stream<Path> scenarios() throws IOException {
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      List<Path> all = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      assertThat(all).as("the repository's scenarios").hasSizeGreaterThanOrEqualTo(2);
      return all.stream();
    }
  }

  private static ScenarioReplay.Replayed replay(Path file) {
    return ScenarioReplay.replay(ScenarioJsonReader.create().read(file));
  }

  private static List<Request> read(String json) {
    return RequestExportJsonReader.create()
        .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "export.json");
  }

  private static List<RequestRecord> records(List<Request> requests) {
    return requests.stream().map(Request::snapshot).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void an_export_with_clear_text_restores_every_request_of_the_replay(Path file) {
    ScenarioReplay.Replayed replayed = replay(file);
    assertThat(replayed.requests()).as("the scenario makes requests").isNotEmpty();

    List<Request> restored = read(RequestJsonWriter.export(replayed.requests(), replayed.zone(), AUDIT));

    assertThat(records(restored)).isEqualTo(records(replayed.requests()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void the_replay_output_with_clear_text_restores_every_request_of_the_replay(Path file) {
    ScenarioReplay.Replayed replayed = replay(file);

    List<Request> restored = read(RequestJsonWriter.replayReport(
        replayed.requests(), replayed.log(), replayed.zone(), AUDIT));

    assertThat(records(restored)).isEqualTo(records(replayed.requests()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void a_masked_replay_output_restores_with_masked_text_and_no_digests(Path file) throws IOException {
    // A phone number in every description, so that masking changes the text.
    Path scenario = dir.resolve(file.getFileName());
    Files.writeString(scenario, Files.readString(file, StandardCharsets.UTF_8)
        .replaceAll("(\"description\": \"[^\"]*)\"", "$1; call " + PHONE + "\""), StandardCharsets.UTF_8);
    ScenarioReplay.Replayed replayed = replay(scenario);
    assertThat(replayed.requests().get(0).report().description()).contains(PHONE);

    List<Request> restored = read(RequestJsonWriter.replayReport(replayed.requests(), replayed.log(),
        replayed.zone()));

    assertThat(records(restored)).isEqualTo(records(replayed.requests()).stream().map(r -> masked(r)).toList());
  }

  /** The record as a masked export restores it: free text masked, every command digest empty. */
  private static RequestRecord masked(RequestRecord r) {
    Form.Report report = masked(r.report());
    ImmutableList.Builder<HistoryEntry> history = ImmutableList.builder();
    for (HistoryEntry e : r.history()) {
      Form form = e.form() instanceof Form.Report ? report
          : e.form() instanceof Form.Feedback f ? new Form.Feedback(Masking.text(f.result()), f.rating()) : e.form();
      history.add(new HistoryEntry(e.at(), e.actor(), e.kind(), e.state(), e.holder(), form,
          e.reason() == null ? null : Masking.text(e.reason()), e.chargedTo(), e.category(), e.duplicateOf()));
    }
    AppliedCommands commands = AppliedCommands.none();
    for (int i = 0; i < r.appliedCommands().size(); i++) {
      commands = commands.with(r.appliedCommands().id(i), "");
    }
    return new RequestRecord(r.id(), r.version(), report, r.category(), r.state(), r.holder(), r.assignee(), r.step(), r.onSite(),
        r.suspension(), r.suspendedDays(), r.returnedBy(), r.reopenedAtTier(),
        r.result() == null ? null : Masking.text(r.result()), history.build(), commands);
  }

  private static Form.Report masked(Form.Report f) {
    return new Form.Report(f.reporter(), f.place(), f.category(), Masking.text(f.description()), f.urgency(),
        f.mustAttend(), f.complaintAgainst());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void the_replay_commands_output_reads_back_as_the_replay_made_it(Path file) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = GridCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));

    int exit = cli.execute("replay", "--scenario", file.toString(), "--clear-text", "checking the export");

    assertThat(exit).as(err.toString()).isEqualTo(0);
    Scenario scenario = ScenarioJsonReader.create().read(file);
    assertThat(records(read(out.toString()))).isEqualTo(records(ScenarioReplay.replay(scenario).requests()));
  }
}
