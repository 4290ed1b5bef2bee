package org.grid.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.state.ActionChain;
import org.grid.adapters.inmemory.escalation.InMemoryRequestRepository;
import org.grid.adapters.json.escalation.RequestExportJsonReader;
import org.grid.adapters.json.escalation.RequestJsonWriter;
import org.grid.core.model.privacy.Purpose;
import org.grid.escalation.model.Request;
import org.grid.testkit.escalation.EscalationArbitraries;
import org.grid.testkit.escalation.RequestEngineHarness;

/**
 * The request export loses nothing: whatever requests the engine makes (grid-testkit's action chains of reports,
 * commands, intruders, retries and sweeps), written with clear text in any zone and read back, are the same
 * records. Here because this module has both the in-memory repository the chains run on and the JSON adapter.
 */
class RequestExportProperties {

  private static final Purpose AUDIT = Purpose.of("checking that the request export loses nothing");

  /** The repository of each chain's harness, to read its requests at the end. */
  private final Map<RequestEngineHarness, InMemoryRequestRepository> repositories = new IdentityHashMap<>();

  @Property(tries = 60)
  void every_request_the_engine_makes_reads_back_as_it_was(
      @ForAll("chains") ActionChain<RequestEngineHarness> chain, @ForAll("zones") ZoneId zone) {
    RequestEngineHarness end = chain.run();
    InMemoryRequestRepository repository = repositories.remove(end);
    List<Request> requests = end.requestIds().stream().map(id -> repository.findById(id).orElseThrow()).toList();

    String json = RequestJsonWriter.export(requests, zone, AUDIT);
    List<Request> restored = RequestExportJsonReader.create()
        .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "export.json");

    assertThat(restored.stream().map(Request::snapshot).toList())
        .isEqualTo(requests.stream().map(Request::snapshot).toList());
    requests.forEach(r -> Statistics.label("states").collect(r.state()));
    Statistics.label("history entries").collect(
        requests.stream().mapToInt(r -> r.history().size()).sum() > 20 ? "over 20" : "20 or fewer");
  }

  @Provide
  Arbitrary<ActionChain<RequestEngineHarness>> chains() {
    return EscalationArbitraries.engineChains(() -> {
      InMemoryRequestRepository repository = new InMemoryRequestRepository();
      RequestEngineHarness harness = new RequestEngineHarness(repository);
      repositories.put(harness, repository);
      return harness;
    }).withMaxTransformations(40);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("UTC"), ZoneId.of("America/St_Johns"));
  }
}
