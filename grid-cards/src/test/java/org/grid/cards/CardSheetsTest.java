package org.grid.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.privacy.Purpose;
import org.grid.core.model.team.DutyRole;
import org.grid.core.model.team.OpeningHours;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Role;
import org.grid.core.model.team.Roster;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.model.team.ServiceStation;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;
import org.junit.jupiter.api.Test;

class CardSheetsTest {

  private static final TownshipId T = TownshipId.of("T01");
  private static final VillageId V = VillageId.of("T01-V04");
  private static final GridId N1 = GridId.of("T01-V04-N1");
  private static final GridId N2 = GridId.of("T01-V04-N2");
  private static final DistrictId D = DistrictId.of("T01-D1");
  private static final OffsetDateTime AT = OffsetDateTime.parse("2025-01-01T00:00:00+08:00");
  private static final IntakeAddress INTAKE = IntakeAddress.of("https://grid.example.gov.cn/console/#intake");
  private static final Purpose PRINTING = Purpose.of("printing the households' contact and supervision cards");

  private static PersonId p(String id) {
    return PersonId.of(id);
  }

  private static Person person(String id, String name, Role role) {
    return Person.of(p(id), name, V, PartyMembership.WITH_POST, List.of(role));
  }

  private static CardSource source() {
    Township township = Township.builder(CountyId.of("C1"), T, "示范乡")
        .village(Village.of(V, "五都村", List.of(Unit.of(UnitId.of("T01-V04-G01"), "1组", 4),
            Unit.of(UnitId.of("T01-V04-G02"), "2组", 1))))
        .build();
    List<ServedGrid> grids = List.of(ServedGrid.of(N1, V, List.of(UnitId.of("T01-V04-G01")), D),
        ServedGrid.of(N2, V, List.of(UnitId.of("T01-V04-G02")), D));
    Roster roster = Roster.of(T, List.of(
        person("P01", "王书记", Role.VILLAGE_PARTY_SECRETARY), person("P10", "李驻村", Role.VILLAGE_STATIONED_CADRE),
        person("P20", "刘村干", Role.VILLAGE_CADRE), person("P30", "赵代表", Role.VILLAGER_REPRESENTATIVE),
        person("P40", "孙片长", Role.TOWNSHIP_LEADERSHIP_MEMBER)));
    Team n1 = Team.of(TeamId.of("TEAM-T01-V04-N1"), T, new TeamScope.VillageGrid(N1, V), p("P01"),
        Set.of(p("P10"), p("P20")), Set.of(p("P30")), p("P10"), Map.of(DutyRole.DISPUTE_MEDIATION, p("P20")), AT);
    Team n2 = Team.of(TeamId.of("TEAM-T01-V04-N2"), T, new TeamScope.VillageGrid(N2, V), p("P01"),
        Set.of(p("P10")), Set.of(), null, Map.of(), AT);
    Team district = Team.of(TeamId.of("TEAM-T01-D1"), T, new TeamScope.District(D), p("P40"), Set.of(), Set.of(),
        null, Map.of(), AT);
    List<OpeningHours> hours = new ArrayList<>();
    for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
      hours.add(OpeningHours.of(day, "08:30", "12:00"));
      hours.add(OpeningHours.of(day, "14:00", "17:30"));
    }
    hours.add(OpeningHours.of(DayOfWeek.SATURDAY, "09:00", "11:00"));
    ServiceStation station = ServiceStation.of(T, n1.id(), "五都村村委会一楼", hours, List.of(p("P20"), p("P10")));
    List<Household> households = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      households.add(Household.of(HouseholdId.of("T01-V04-G01-H0" + i), UnitId.of("T01-V04-G01"), List.of()));
    }
    households.add(Household.of(HouseholdId.of("T01-V04-G02-H01"), UnitId.of("T01-V04-G02"), List.of()));
    List<Pairing> pairings = List.of(new Pairing(HouseholdId.of("T01-V04-G01-H01"), p("P30"), V));
    return CardSource.of(township, grids, List.of(n1, n2, district), roster,
        Map.of(p("P01"), "0570-555-0101", p("P10"), "0570-555-0110", p("P30"), "0570-555-0130",
            p("P40"), "0570-555-0140"),
        List.of(station), pairings, HouseholdRegister.of(T, households), INTAKE);
  }

  @Test
  void eachHouseholdsCardsShowItsTeamStationPairerAndTheTierAbove() {
    List<HouseholdCard> cards = CardComposer.compose(source(), PRINTING);

    assertThat(cards).extracting(c -> c.household().value()).containsExactly("T01-V04-G01-H01",
        "T01-V04-G01-H02", "T01-V04-G01-H03", "T01-V04-G01-H04", "T01-V04-G02-H01");
    HouseholdCard first = cards.get(0);
    assertThat(first.members()).extracting(HouseholdCard.Member::position)
        .containsExactly("负责人", "骨干", "骨干", "成员");
    assertThat(first.members().get(0).phone()).contains("0570-555-0101");
    assertThat(first.members()).filteredOn(m -> m.id().equals(p("P20"))).singleElement()
        .satisfies(m -> assertThat(m.roles()).isEqualTo("村干部、矛盾纠纷化解员"));
    assertThat(first.members()).filteredOn(m -> m.id().equals(p("P10"))).singleElement()
        .satisfies(m -> assertThat(m.roles()).isEqualTo("驻村干部、信息员"));
    assertThat(first.station().orElseThrow().hours())
        .containsExactly("周一至周五 08:30-12:00 14:00-17:30", "周六 09:00-11:00");
    assertThat(first.station().orElseThrow().onDuty()).containsExactly("刘村干", "李驻村");
    assertThat(first.pairer().orElseThrow().name()).isEqualTo("赵代表");
    assertThat(cards.get(1).pairer()).isEmpty();
    assertThat(cards.get(4).station()).isEmpty();
    assertThat(first.supervision().aboveTeam()).contains(TeamId.of("TEAM-T01-D1"));
    assertThat(first.supervision().aboveLeader().orElseThrow().phone()).contains("0570-555-0140");
    assertThat(first.supervision().intake()).isEqualTo(URI.create("https://grid.example.gov.cn/console/"
        + "?grid=T01-V04-N1&team=TEAM-T01-V04-N1&complaintAgainst=VILLAGE_GRID#intake"));
    assertThat(first.toString()).doesNotContain("王书记").doesNotContain("0570");
  }

  @Test
  void thePdfHoldsEachHouseholdsCardTextAnEmbeddedFontSubsetAndQrCodesThatDecodeToTheIntake() throws Exception {
    List<HouseholdCard> cards = CardComposer.compose(source(), PRINTING);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CardSheets.pdf(cards, "五都村 联系卡、监督卡", out);

    assertThat(out.size()).as("the font is embedded as a subset, not whole (5 MB)").isLessThan(300_000);
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(2);
      PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator()
          .next());
      assertThat(font.isEmbedded()).isTrue();
      assertThat(font.getName()).contains("WenQuanYiMicroHei").matches("[A-Z]{6}\\+.*");
      for (int page = 0; page < 2; page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        String text = stripper.getText(pdf).replace("\n", "").replace("\r", "");
        List<HouseholdCard> onPage = cards.subList(page * 3, Math.min(cards.size(), page * 3 + 3));
        for (HouseholdCard card : onPage) {
          assertThat(text).contains("户号 " + card.household().value()).contains("王书记").contains("0570-555-0101")
              .contains("联系卡").contains("监督卡").contains("TEAM-T01-D1").contains("孙片长");
        }
        Set<String> expected = onPage.stream().map(c -> c.supervision().intake().toString())
            .collect(Collectors.toSet());
        assertThat(decodeAll(new PDFRenderer(pdf).renderImageWithDPI(page, 200, ImageType.GRAY)))
            .isEqualTo(expected);
      }
      String all = new PDFTextStripper().getText(pdf);
      assertThat(all).contains("周一至周五 08:30-12:00 14:00-17:30").contains("联系结对 赵代表").contains("五都村村委会一楼");
    }
  }

  @Test
  void theHtmlShowsTheSameCardsWithAnInlineQrCode() {
    List<HouseholdCard> cards = CardComposer.compose(source(), PRINTING);
    String html = CardSheets.html(cards, "五都村 <联系卡>");

    assertThat(html).contains("<title>五都村 &lt;联系卡&gt;</title>");
    assertThat(html.split("<section class=\"household\"", -1)).hasSize(cards.size() + 1);
    assertThat(html).contains("data-url=\"https://grid.example.gov.cn/console/?grid=T01-V04-N2&amp;"
        + "team=TEAM-T01-V04-N2&amp;complaintAgainst=VILLAGE_GRID#intake\"");
    assertThat(html).contains("负责人 \u2068王书记\u2069　村党组织书记　0570-555-0101");
  }

  /**
   * A name with a directional override (U+202E) would reverse the phone number after it on the HTML card: each
   * name is printed without its directional controls, isolated from the roles and phone beside it.
   */
  @Test
  void aNamesDirectionalControlsDoNotReorderThePhoneBesideIt() throws Exception {
    List<HouseholdCard> cards = CardComposer.compose(withSecretaryNamed("王书记\u202E\u2069"), PRINTING);

    String html = CardSheets.html(cards, "五都村");

    assertThat(html).contains("负责人 \u2068王书记\u2069　村党组织书记　0570-555-0101").doesNotContain("\u202E");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(CardSheets.pdf(cards, "五都村", out)).isEmpty();
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("负责人 王书记", "0570-555-0101");
    }
  }

  /** The sample with the village party secretary (P01, on every card of the village) renamed. */
  private static CardSource withSecretaryNamed(String name) {
    return withSecretary(p -> person("P01", name, Role.VILLAGE_PARTY_SECRETARY));
  }

  /** The sample with the village party secretary (P01, on every card of the village) changed. */
  private static CardSource withSecretary(java.util.function.UnaryOperator<Person> change) {
    CardSource whole = source();
    List<Person> people = whole.roster().people().stream()
        .map(p -> p.id().equals(p("P01")) ? change.apply(p) : p)
        .toList();
    return CardSource.of(whole.township(), whole.grids(), whole.teams(), Roster.of(T, people), whole.phones(),
        whole.stations(), whole.pairings(), whole.register(), INTAKE);
  }

  /**
   * A person whose personal data was erased (个人信息删除) keeps their place on the cards, as on the team, under the
   * name {@link Person#ERASED_NAME}; the phone a roster file still gives them is not printed beside it.
   */
  @Test
  void anErasedPersonKeepsTheirPlaceOnTheCardsWithoutTheirPhone() {
    List<HouseholdCard> cards = CardComposer.compose(withSecretary(Person::erased), PRINTING);

    HouseholdCard.Member leader = cards.get(0).members().get(0);
    assertThat(leader.id()).isEqualTo(p("P01"));
    assertThat(leader.name()).isEqualTo(Person.ERASED_NAME);
    assertThat(leader.phone()).isEmpty();
    assertThat(cards.get(0).members()).as("the others' phones print")
        .anyMatch(m -> m.id().equals(p("P10")) && m.phone().equals(Optional.of("0570-555-0110")));
    assertThat(CardSheets.html(cards, "五都村")).contains("负责人 \u2068(erased)\u2069").doesNotContain("0570-555-0101");
  }

  /**
   * A name may hold characters the embedded font has no glyph for (an emoji, a bidi override, a zero-width joiner):
   * the PDF is written all the same, each drawn as □ or, when invisible, left out; the rest of the name prints.
   */
  @Test
  void aNameWithCharactersTheFontLacksPrintsWithThemReplaced() throws Exception {
    List<HouseholdCard> cards = CardComposer.compose(withSecretaryNamed("王😀书\u202E记\u200D"), PRINTING);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    CardSheets.pdf(cards, "五都村 联系卡、监督卡", out);

    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("负责人 王□书记");
    }
  }

  /**
   * A name of thousands of characters (the readers allow 4,000), Chinese or one run of Latin letters, prints inside
   * its card: the lines that fit at the smallest size, the last ending in an ellipsis; nothing runs past the page's
   * margins, and the next household's card and every footer still print.
   */
  @Test
  void aVeryLongNameIsCutToItsCardInsteadOfRunningOverTheNext() throws Exception {
    for (String name : new String[] {"王".repeat(3000), "W" + "x".repeat(2999)}) {
      List<HouseholdCard> cards = CardComposer.compose(withSecretaryNamed(name), PRINTING);
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      List<HouseholdId> cut = CardSheets.pdf(cards, "五都村 联系卡、监督卡", out);

      // The secretary is on every card of the village: every household's card is cut, and said to be.
      assertThat(cut).as("cut").containsExactlyElementsOf(cards.stream().map(HouseholdCard::household).toList());
      try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
        List<org.apache.pdfbox.text.TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
          @Override
          protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
            glyphs.add(text);
            super.processTextPosition(text);
          }
        };
        String text = stripper.getText(pdf);
        float pageWidth = pdf.getPage(0).getMediaBox().getWidth();
        float pageHeight = pdf.getPage(0).getMediaBox().getHeight();
        assertThat(glyphs).as(name.substring(0, 2)).allSatisfy(g -> {
          assertThat(g.getXDirAdj()).isBetween(28f, pageWidth - 28f);
          assertThat(g.getXDirAdj() + g.getWidthDirAdj()).isLessThanOrEqualTo(pageWidth - 28f + 0.5f);
          assertThat(g.getYDirAdj()).isBetween(28f, pageHeight - 28f);
        });
        assertThat(text).contains("…");
        assertThat(pdf.getNumberOfPages()).isEqualTo((cards.size() + CardSheets.HOUSEHOLDS_PER_PAGE - 1)
            / CardSheets.HOUSEHOLDS_PER_PAGE);
        for (HouseholdCard card : cards) {
          assertThat(text).contains(card.household().value());
        }
      }
    }
  }

  @Test
  void aHouseholdOfAGridWithoutATeamIsRefusedNamingTheGrid() {
    CardSource whole = source();
    CardSource missing = CardSource.of(whole.township(), whole.grids(),
        whole.teams().stream().filter(t -> !t.id().value().endsWith("N2")).toList(), whole.roster(), whole.phones(),
        whole.stations(), whole.pairings(), whole.register(), INTAKE);
    assertThatThrownBy(() -> CardComposer.compose(missing, PRINTING))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T01-V04-N2");
  }

  @Test
  void theIntakeAddressKeepsTheCountysQueryAndRefusesWhatIsNotHttp() {
    assertThat(IntakeAddress.of("https://c.example/open311/requests?jurisdiction_id=C1")
        .complaintAbout(N1, TeamId.of("TEAM A"), org.grid.core.model.team.TeamLevel.DISTRICT_GRID))
        .hasToString("https://c.example/open311/requests?jurisdiction_id=C1&grid=T01-V04-N1&team=TEAM+A"
            + "&complaintAgainst=DISTRICT_GRID");
    assertThatThrownBy(() -> IntakeAddress.of("javascript:alert(1)")).hasMessageContaining("http");
    assertThatThrownBy(() -> IntakeAddress.of("/console/")).hasMessageContaining("absolute");
  }

  /**
   * The card prints the intake's host for a citizen to check: an address whose host user-info or an invisible
   * format character could disguise is refused.
   */
  @Test
  void anIntakeAddressThatCouldReadAsAnotherHostIsRefused() {
    assertThatThrownBy(() -> IntakeAddress.of("https://grid.gov.cn@evil.example/console/"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user name or password");
    assertThatThrownBy(() -> IntakeAddress.of("https://evil.example/\u202Eac.vog.dirg/"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+202E at index 21");
    assertThatThrownBy(() -> IntakeAddress.of("https://grid.example.gov.cn/\u200Bintake"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+200B");
    assertThat(IntakeAddress.of("https://grid.example.cn/受理?县=东县").base().getHost()).isEqualTo("grid.example.cn");
  }

  /**
   * An address too long for the card's QR code is refused when it is read, naming the limit, rather than when the
   * first card is drawn; the longest accepted, with the longest grid and team ids of Chinese characters added (each
   * nine characters once encoded), still makes a QR code.
   */
  @Test
  void theIntakeAddressIsRefusedWhenItsQrCodeCouldNotHoldIt() {
    String longest = "https://c.example/" + "a".repeat(IntakeAddress.MAX_BYTES - "https://c.example/".length());
    assertThatThrownBy(() -> IntakeAddress.of(longest + "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the intake address must be at most 800 bytes in UTF-8 (its QR code holds it with the grid and "
            + "team added), was 801");
    assertThatThrownBy(() -> IntakeAddress.of("https://c.example/" + "网".repeat(300))).hasMessageContaining("was 918");

    URI card = IntakeAddress.of(longest).complaintAbout(GridId.of("网".repeat(GridId.MAX_LENGTH)),
        TeamId.of("组".repeat(80)), org.grid.core.model.team.TeamLevel.TOWNSHIP_GRID);
    assertThat(QrCodes.encode(card.toString()).getWidth()).isGreaterThan(0);
  }

  private static Set<String> decodeAll(BufferedImage image) throws Exception {
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap,
        Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE));
    return Arrays.stream(results).map(Result::getText).collect(Collectors.toSet());
  }
}
