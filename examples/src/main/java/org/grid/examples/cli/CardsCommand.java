package org.grid.examples.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grid.adapters.inmemory.InMemoryUnitOfWork;
import org.grid.adapters.inmemory.team.InMemoryServiceStationRepository;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.team.RosterPhonesJsonReader;
import org.grid.adapters.json.team.ServiceStationsJsonReader;
import org.grid.cards.CardComposer;
import org.grid.cards.CardSheets;
import org.grid.cards.CardSource;
import org.grid.cards.HouseholdCard;
import org.grid.cards.IntakeAddress;
import org.grid.core.application.ReviewCardsService;
import org.grid.core.model.duty.CardKind;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.privacy.Purpose;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.ServiceStation;
import org.grid.core.model.team.StationPolicy;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamViolation;
import org.grid.core.port.in.ReviewCardsCommand;
import org.grid.core.port.in.ReviewCardsUseCase.CardReview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code cards --township FILE --grids FILE --roster FILE --households FILE [--stations FILE] --intake URL --out DIR
 * [--grid ID | --village ID] [--log FILE] [--teams-since TIME] [--issued-at TIME]}: prints the households' contact
 * and supervision cards (联系卡、监督卡) for the teams proposed from the roster (as {@code teams} proposes them), as
 * {@code cards.pdf} and {@code cards.html} in the output directory, with {@code issued.json}, the card entries of
 * the duty log for what was printed. With {@code --log} it prints only the households whose cards are out of date
 * (a reissue). The stations are checked against the station policy; both come from grid-core's {@link
 * org.grid.core.port.in.ReviewCardsUseCase}. Exit code 0 when the stations meet it, 1 when a team falls short (each
 * shortfall printed; the cards are written all the same), 2 for unreadable input.
 *
 * <p>Names and phones print in clear on the cards, which exist to show them; the command says so with its purpose on
 * the error stream. What it prints on standard output names ids only.
 */
@Command(name = "cards", mixinStandardHelpOptions = true,
    description = "Prints the households' contact and supervision cards (联系卡、监督卡) as A4 sheets, PDF and HTML.")
final class CardsCommand implements Callable<Integer> {

  /** Why names and phones print in clear on the cards. */
  static final Purpose PRINTING = Purpose.of("printing the households' contact and supervision cards (联系卡、监督卡)");

  @Spec CommandSpec spec;

  @Option(names = "--township", required = true, paramLabel = "FILE", description = "the township JSON file")
  Path township;

  @Option(names = "--grids", required = true, paramLabel = "FILE",
      description = "a plan JSON file whose grids and districts the teams serve")
  Path grids;

  @Option(names = "--roster", required = true, paramLabel = "FILE",
      description = "the roster JSON file; its phone fields print on the cards")
  Path roster;

  @Option(names = "--households", required = true, paramLabel = "FILE",
      description = "the household register JSON file")
  Path households;

  @Option(names = "--stations", paramLabel = "FILE",
      description = "the service stations JSON file (便民服务站); without it no team has one")
  Path stations;

  @Option(names = "--intake", required = true, paramLabel = "URL",
      description = "the county's intake address the supervision card's QR code opens (Open311 or the console)")
  String intake;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "where cards.pdf, cards.html and "
      + "issued.json are written (created if missing)")
  Path out;

  @Option(names = "--grid", paramLabel = "ID", description = "print the cards of this grid only")
  String grid;

  @Option(names = "--village", paramLabel = "ID", description = "print the cards of this village only")
  String village;

  @Option(names = "--log", paramLabel = "FILE",
      description = "the duty log; only households without current cards are printed (a reissue)")
  Path log;

  @Option(names = "--teams-since", paramLabel = "TIME",
      description = "when the teams took their present membership (the team version the cards show); "
          + "default 1970-01-01T00:00:00Z")
  String teamsSince;

  @Option(names = "--issued-at", paramLabel = "TIME",
      description = "when the cards are issued (the time in issued.json, and when currency is judged); default now")
  String issuedAt;

  @Override
  public Integer call() throws IOException {
    OffsetDateTime since = teamsSince == null ? OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC)
        : OptionLimits.time(spec, "--teams-since", teamsSince);
    OffsetDateTime issued = issuedAt == null ? OffsetDateTime.now(ZoneOffset.ofHours(8))
        : OptionLimits.time(spec, "--issued-at", issuedAt);
    if (grid != null && village != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give --grid or --village, not both");
    }
    GridId gridId = grid == null ? null : id("--grid", grid, GridId::of);
    VillageId villageId = village == null ? null : id("--village", village, VillageId::of);
    IntakeAddress address;
    try {
      address = IntakeAddress.of(intake);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--intake: " + e.getMessage());
    }
    TownshipRecords records;
    CardReview review;
    List<ServiceStation> stationList;
    try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
      Validator validator = validation.getValidator();
      records = TownshipRecords.read(township, grids, roster, households, log, since, InMemoryUnitOfWork.create(),
          validator);
      stationList = stations == null ? List.of()
          : ServiceStationsJsonReader.create(records.town.id()).read(stations);
      InMemoryServiceStationRepository stationStore = new InMemoryServiceStationRepository();
      stationList.forEach(stationStore::save);
      review = new ReviewCardsService(records.teams, stationStore, records.dutyLog, InMemoryUnitOfWork.create(),
          validator).review(new ReviewCardsCommand(records.town.id(), chosenGrids(records.served, gridId, villageId),
          records.register, StationPolicy.defaults(), issued));
    }
    ImmutableMap<PersonId, String> phones = RosterPhonesJsonReader.create(records.town.id()).read(roster);
    List<Team> teams = records.proposal.teams();
    Set<HouseholdId> print = log == null ? review.households() : review.outOfDate();
    if (print.size() > CardSheets.MAX_HOUSEHOLDS) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf("grid: %,d households to print; one run prints at most %,d (each sheet is made whole in memory): "
          + "give --village or --grid%n", print.size(), CardSheets.MAX_HOUSEHOLDS);
      err.flush();
      return GridCli.UNREADABLE_INPUT;
    }
    List<HouseholdCard> cards;
    try {
      cards = CardComposer.compose(CardSource.of(records.town, records.served, teams,
              records.people, phones, stationList, records.plan.pairings(), records.register, address), PRINTING)
          .stream().filter(card -> print.contains(card.household())).toList();
    } catch (IllegalArgumentException e) {
      // The files disagree in a way no one of them shows (a household in a unit the plan leaves out of every grid):
      // bad input, named by the composer's message (ids only), not a failure of the program.
      PrintWriter err = spec.commandLine().getErr();
      err.println("grid: cannot make the cards: " + JsonInput.printable(e.getMessage()));
      err.flush();
      return GridCli.UNREADABLE_INPUT;
    }

    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    stderr.println("cards: names and phones printed in clear for the stated purpose: " + PRINTING);
    stderr.flush();
    String title = records.town.name() + " " + scope(records) + " 联系卡、监督卡";
    List<HouseholdId> cut;
    // The three files are written beside their places and moved there only once all three are whole: a run that
    // fails leaves the former cards and issued.json together, never a new sheet beside a former log (which someone
    // could append to the duty log for cards that were never printed).
    List<String> names = List.of("cards.pdf", "cards.html", "issued.json");
    try {
      Files.createDirectories(out);
      try (OutputStream pdf = Files.newOutputStream(pending(out, "cards.pdf"))) {
        cut = CardSheets.pdf(cards, title, pdf);
      }
      Files.writeString(pending(out, "cards.html"), CardSheets.html(cards, title), StandardCharsets.UTF_8);
      Files.writeString(pending(out, "issued.json"), issuedLog(records.town.id().value(), cards, issued),
          StandardCharsets.UTF_8);
      for (String name : names) {
        // A rename that cannot succeed (a directory in the file's place) is found before any file is moved.
        if (Files.isDirectory(out.resolve(name))) {
          throw new FileAlreadyExistsException(out.resolve(name).toString(), null, "is a directory");
        }
      }
      for (String name : names) {
        Files.move(pending(out, name), out.resolve(name), StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      for (String name : names) {
        try {
          Files.deleteIfExists(pending(out, name));
        } catch (IOException ignored) {
          // The write's failure is what is reported; a pending file left behind is named by it.
        }
      }
      // The exception's own message is often the bare path (FileAlreadyExistsException: /dev/null).
      throw new UncheckedIOException("cannot write the cards to --out " + out, e);
    }

    List<TeamViolation> shortfalls = review.stationShortfalls();
    stdout.printf("== cards of %s (%s), %s ==%n", records.town.name(), records.town.id(), scope(records));
    stdout.printf("households: %d in scope, %d printed%s%n", review.households().size(), cards.size(),
        log == null ? "" : " (without current cards at " + issued + ")");
    stdout.printf("pages: %d (%d households a page)%n",
        Math.max(1, (cards.size() + CardSheets.HOUSEHOLDS_PER_PAGE - 1) / CardSheets.HOUSEHOLDS_PER_PAGE),
        CardSheets.HOUSEHOLDS_PER_PAGE);
    stdout.printf("written: %s, %s, %s%n", out.resolve("cards.pdf"), out.resolve("cards.html"),
        out.resolve("issued.json"));
    if (shortfalls.isEmpty()) {
      stdout.println("stations: every team meets the station policy");
    } else {
      stdout.printf("station shortfalls (%d):%n", shortfalls.size());
      for (TeamViolation v : shortfalls) {
        stdout.printf("  %s %s: %s%n", v.rule(), v.teams(), v.message());
      }
    }
    if (!cut.isEmpty()) {
      // Ids only: the lines cut are names and phones.
      stdout.printf("cut to fit (%d households; their cards miss lines, do not hand them out as they are): %s%n",
          cut.size(), cut.stream().limit(20).map(HouseholdId::value).collect(Collectors.joining(", "))
              + (cut.size() > 20 ? ", …" : ""));
    }
    stdout.flush();
    return shortfalls.isEmpty() && cut.isEmpty() ? GridCli.OK : GridCli.RULE_BROKEN;
  }

  /** The file {@code name} is written as in {@code dir} before it is moved into its place. */
  private static Path pending(Path dir, String name) {
    return dir.resolve(name + ".pending");
  }

  /** Reads an id option; an id its type refuses (blank, too long, …) is a bad command line naming the option. */
  private <T> T id(String option, String text, Function<String, T> factory) {
    try {
      return factory.apply(text);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }

  private List<ServedGrid> chosenGrids(List<ServedGrid> served, GridId gridId, VillageId villageId) {
    if (gridId != null) {
      List<ServedGrid> one = served.stream().filter(g -> g.id().equals(gridId)).toList();
      if (one.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--grid: the plan has no grid " + JsonInput.printable(grid));
      }
      return one;
    }
    if (villageId != null) {
      List<ServedGrid> of = served.stream().filter(g -> g.village().equals(villageId)).toList();
      if (of.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--village: no grid of the plan lies in village " + JsonInput.printable(village));
      }
      return of;
    }
    return served;
  }

  private String scope(TownshipRecords records) {
    if (grid != null) {
      return "网格 " + grid;
    }
    if (village != null) {
      return records.town.village(VillageId.of(village)).map(v -> v.name()).orElse(village);
    }
    return "全乡";
  }

  /**
   * The duty-log file of the cards printed: a contact and a supervision card entry per household, each with the team
   * version the card shows.
   */
  private static String issuedLog(String township, List<HouseholdCard> cards, OffsetDateTime at) {
    ObjectNode root = JsonInput.MAPPER.createObjectNode();
    root.put("township", township);
    root.put("note", "the cards printed; append these entries to the duty log when the cards are handed out");
    ArrayNode entries = root.putArray("entries");
    for (HouseholdCard card : cards) {
      for (CardKind kind : CardKind.values()) {
        entries.addObject().put("type", "card").put("household", card.household().value())
            .put("team", card.team().value()).put("kind", kind.name()).put("at", at.toString())
            .put("teamVersion", card.composedAt().toString());
      }
    }
    try {
      return JsonInput.MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
