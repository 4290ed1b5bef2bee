package org.grid.examples.year;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.grid.core.model.jurisdiction.Township;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The year demo and its report: the sample township's year as the README's demo command runs it (every section
 * present and drawn from the records, the map well-formed SVG, nothing personal, nothing fetched), and on a small
 * township cut from the sample, the same seed giving the same bytes and a hostile name escaped.
 */
class YearReportTest {

  private static final String HOSTILE = "<script>alert(\"x\")</script> & 'q' ]]>";

  /** The sample's first village and three neighbours, the first named {@link #HOSTILE}. */
  private static final Township HOSTILE_TOWNSHIP = SampleYear.small(HOSTILE);

  private static YearRecord smallYear;

  @Test
  void theDemoRunsTheYearAndPrintsAShortSummary() {
    SampleYear.Run run = SampleYear.demo();

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("== grid demo: a year of 示范乡 (T01), seed 2025 ==")
        .contains("stored it in an embedded H2 database and read it back: identical")
        .contains("3. planned 27 grids (职责网格) in 8 districts (片区网格), district imbalance 0.106")
        .containsPattern("4\\. 36 teams proposed from a roster of \\d+ \\(0 shortfalls\\); 5298 of 5298 households paired")
        .containsPattern("6\\. 600 requests: \\d+ closed, \\d+ withdrawn, \\d+ duplicates, 0 still open")
        .containsPattern("\\d+ lapsed upwards after \\d+ reminders, \\d+ routed to departments, \\d+ returned, \\d+ supervised")
        .contains("; 0 commands refused")
        .containsPattern("10\\. grid scorecards \\(网格考核\\): 27 grids ranked from their records, scores \\d+\\.\\d\\d to "
            + "\\d+\\.\\d\\d; first T01-V\\d\\d-N\\d, last T01-V\\d\\d-N\\d \\(#\\d+\\)")
        .contains("11. report: ");
    assertThat(run.out().lines().count()).isLessThanOrEqualTo(14);
    // nothing personal: generated names, citizens' ids and the requests' free text stay in the database
    assertThat(run.out()).doesNotContain("成员").doesNotContain("citizen-").doesNotContain("settled on site");
  }

  @Test
  void everySectionOfTheReportIsPresentAndDrawnFromTheRecords() {
    String html = SampleYear.demo().html();

    for (String id : YearReport.SECTIONS) {
      String section = section(html, id);
      assertThat(section).as(id).contains("<h2>");
      assertThat(section.replaceAll("<[^>]*>", "").trim().length()).as(id + " has text").isGreaterThan(100);
    }
    assertThat(count(section(html, "map"), "class=\"grid\"")).isEqualTo(27);
    assertThat(count(section(html, "map"), "<circle ")).isEqualTo(113);
    assertThat(count(section(html, "map"), "class=\"split-village\"")).isEqualTo(3);
    assertThat(section(html, "plan")).contains("fresh (adopted)").contains("keep existing districts");
    assertThat(count(section(html, "teams"), "<tr>")).isEqualTo(27 + 1);
    assertThat(section(html, "duty")).contains("PAIRED_MONTHLY_VISIT").contains("Missed duties by grid");
    assertThat(count(section(html, "flow"), "class=\"tier\"")).isEqualTo(5);
    assertThat(section(html, "flow")).contains("AUTO_ESCALATED").contains("RETURNED").contains("SUPERVISED");
    assertThat(section(html, "timeliness")).contains("department natural-resources").contains("county office C1");
    assertThat(section(html, "scores")).contains("Handling offices").contains("EXCELLENT")
        .contains("Grid scorecards (网格考核)").contains(" visits<").contains(" households paired<")
        .contains(" meetings<").contains(" requests resolved on time<");
    assertThat(count(section(html, "scores"), "<tr class=\"scorecard\">")).isEqualTo(27);
  }

  @Test
  void theReportIsSelfContainedAndHoldsNothingPersonal() {
    String html = SampleYear.demo().html();

    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
        .doesNotContainIgnoringCase(" src=").doesNotContain("https:");
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http:");
    assertThat(html).doesNotContain("成员").doesNotContain("citizen-").doesNotContain("a matter of")
        .doesNotContain("settled on site");
  }

  @Test
  void everySvgOfTheReportIsWellFormedXml() throws Exception {
    String html = SampleYear.demo().html();
    List<String> svgs = new ArrayList<>();
    Matcher m = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
    while (m.find()) {
      svgs.add(m.group());
    }

    assertThat(svgs).hasSize(2);
    Document map = parse(svgs.get(0));
    assertThat(map.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(map.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    NodeList paths = map.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
    int grids = 0;
    for (int i = 0; i < paths.getLength(); i++) {
      if ("grid".equals(((Element) paths.item(i)).getAttribute("class"))) {
        grids++;
      }
    }
    assertThat(grids).isEqualTo(27);
    parse(svgs.get(1));
  }

  @Test
  void theSameSeedGivesTheSameReportBytesAndAnotherSeedAnotherYear() {
    String again = YearReport.html(YearSimulation.run(HOSTILE_TOWNSHIP, 7, 40, 2));
    String other = YearReport.html(YearSimulation.run(HOSTILE_TOWNSHIP, 8, 40, 2));

    assertThat(again.getBytes(StandardCharsets.UTF_8)).isEqualTo(small().getBytes(StandardCharsets.UTF_8));
    assertThat(other).isNotEqualTo(small());
  }

  @Test
  void aHostileNameIsEscapedInTheReportAndTheMap() throws Exception {
    String html = small();
    String svg = TownshipMap.svg(HOSTILE_TOWNSHIP, smallYear().plan());

    assertThat(html).doesNotContain("<script").doesNotContain("\"x\"").doesNotContain("]]>")
        .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; ]]&gt;");
    Document map = parse(svg);
    assertThat(map.getDocumentElement().getTextContent()).contains(HOSTILE);
    // the other villages keep their names
    assertThat(html).contains("黄泥村");
  }

  /**
   * XML 1.0 has no U+FFFE and U+FFFF, which a name read from JSON may hold (as an escape; they are not control
   * characters): the map leaves them out and stays well-formed.
   */
  @Test
  void aNameWithANoncharacterStillMakesAWellFormedMap() throws Exception {
    Township township = SampleYear.small("五都\uFFFF村\uFFFE");

    Document map = parse(TownshipMap.svg(township, smallYear().plan()));

    assertThat(map.getDocumentElement().getTextContent()).contains("五都村");
  }

  /** The small township's year with seed 7, run once for both tests above. */
  private static synchronized YearRecord smallYear() {
    if (smallYear == null) {
      smallYear = YearSimulation.run(HOSTILE_TOWNSHIP, 7, 40, 2);
    }
    return smallYear;
  }

  private static String small() {
    return YearReport.html(smallYear());
  }

  private static String section(String html, String id) {
    Matcher m = Pattern.compile("<section id=\"" + id + "\">(.*?)</section>", Pattern.DOTALL).matcher(html);
    assertThat(m.find()).as("section " + id).isTrue();
    return m.group(1);
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
      n++;
    }
    return n;
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
