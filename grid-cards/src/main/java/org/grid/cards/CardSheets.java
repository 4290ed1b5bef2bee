package org.grid.cards;

import static java.util.Objects.requireNonNull;

import com.google.common.html.HtmlEscapers;
import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.grid.core.model.jurisdiction.HouseholdId;

/**
 * Lays households' cards out on printable A4 sheets (制卡): each household's contact card (联系卡) and supervision card
 * (监督卡) side by side, {@value #HOUSEHOLDS_PER_PAGE} households a page, as PDF or HTML.
 *
 * <p>The PDF embeds the subset of WenQuanYi Micro Hei (文泉驿微米黑, Apache-2.0 or GPLv3 with font exception; from the
 * Debian package {@code fonts-wqy-microhei}, shipped in this jar) that its text uses, so Chinese prints the same on
 * every printer. The QR code is drawn as vector squares with its quiet zone. The HTML names the same font first and
 * falls back to the reader's sans-serif CJK font; its QR code is inline SVG. Thread-safe.
 */
public final class CardSheets {

  /** Households a page: each a row of two cards. */
  public static final int HOUSEHOLDS_PER_PAGE = 3;

  /**
   * The most households one sheet lays out: 3,334 A4 pages. The {@code cards} command makes 9,999 households' PDF
   * (29 MB), HTML page (91 MB) and issue log in 32 s and under 1 GB (docs/limits.md). Each sheet is made whole in
   * memory; a township with more households prints village by village or grid by grid.
   */
  public static final int MAX_HOUSEHOLDS = 10_000;

  private static final String FONT_RESOURCE = "fonts/wqy-microhei.ttc";
  private static final String FONT_NAME = "WenQuanYiMicroHei";
  private static final float MARGIN = 28f;
  private static final float GAP = 12f;
  private static final float HEADER = 22f;
  private static final float PAD = 8f;
  private static final float LARGEST = 8f;
  private static final float SMALLEST = 5f;
  private static final float[] CONTACT_COLOUR = {0.70f, 0.13f, 0.13f};
  private static final float[] SUPERVISION_COLOUR = {0.12f, 0.30f, 0.55f};

  private CardSheets() {}

  /**
   * Writes the cards as a PDF of A4 pages, and tells which households' cards did not hold all their lines.
   *
   * <p>A card's lines shrink to fit, down to a smallest size; a card whose lines do not fit even then (a name or a
   * station text of hundreds of characters) shows the lines that fit, the last ending in an ellipsis, rather than
   * running over the next card. Its later lines (other members, the station, the pairer, with their phones) are then
   * missing from that card, in the PDF and in the HTML alike: such a card must not be handed out as it is.
   *
   * @param cards the households' cards, in print order, not null; may be empty (one empty page)
   * @param title the document's title, for example {@code 五都村 联系卡、监督卡}, not null
   * @param out where to write, not null; not closed
   * @return the households whose contact or supervision card was cut to fit, in print order; empty when every card
   *     holds every line
   * @throws IllegalArgumentException if there are more than {@value #MAX_HOUSEHOLDS} cards
   * @throws UncheckedIOException if writing fails
   */
  public static List<HouseholdId> pdf(List<HouseholdCard> cards, String title, OutputStream out) {
    requireNonNull(cards, "cards");
    requireNonNull(title, "title");
    requireNonNull(out, "out");
    requireAtMostMax(cards);
    List<HouseholdId> cut = new ArrayList<>();
    try (PDDocument document = new PDDocument(); InputStream fontFile = fontFile();
         TrueTypeCollection collection = new TrueTypeCollection(fontFile)) {
      TrueTypeFont truetype = collection.getFontByName(FONT_NAME);
      if (truetype == null) {
        throw new IllegalStateException("the font collection " + FONT_RESOURCE + " has no " + FONT_NAME);
      }
      PDType0Font font = PDType0Font.load(document, truetype, true);
      Map<Integer, Boolean> glyphs = new HashMap<>();
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(title);
      info.setCreator("grid-cards");
      PDRectangle a4 = PDRectangle.A4;
      float width = (a4.getWidth() - 2 * MARGIN - GAP) / 2;
      float height = (a4.getHeight() - 2 * MARGIN - (HOUSEHOLDS_PER_PAGE - 1) * GAP) / HOUSEHOLDS_PER_PAGE;
      if (cards.isEmpty()) {
        document.addPage(new PDPage(a4));
      }
      for (int from = 0; from < cards.size(); from += HOUSEHOLDS_PER_PAGE) {
        PDPage page = new PDPage(a4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          Pen pen = new Pen(content, font, glyphs);
          for (int row = 0; row < HOUSEHOLDS_PER_PAGE && from + row < cards.size(); row++) {
            float top = a4.getHeight() - MARGIN - row * (height + GAP);
            HouseholdCard card = cards.get(from + row);
            boolean whole = pen.card(MARGIN, top, width, height, "联系卡",
                card.villageName() + " · " + card.grid().value(), CONTACT_COLOUR, contactLines(card), null,
                footer(card));
            whole &= pen.card(MARGIN + width + GAP, top, width, height, "监督卡",
                card.villageName() + " · " + card.grid().value(), SUPERVISION_COLOUR, supervisionLines(card),
                card.supervision().intake().toString(), footer(card));
            if (!whole) {
              cut.add(card.household());
            }
          }
        }
      }
      document.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException("the card sheet could not be written", e);
    }
    return List.copyOf(cut);
  }

  /**
   * Returns the cards as one HTML page that prints as A4 sheets.
   *
   * @param cards the households' cards, in print order, not null
   * @param title the page's title, not null
   * @return the HTML document
   * @throws IllegalArgumentException if there are more than {@value #MAX_HOUSEHOLDS} cards
   */
  public static String html(List<HouseholdCard> cards, String title) {
    requireNonNull(cards, "cards");
    requireNonNull(title, "title");
    requireAtMostMax(cards);
    StringBuilder html = new StringBuilder(4096 + cards.size() * 3072);
    html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title)).append("</title>\n<style>\n")
        .append("@page { size: A4; margin: 10mm; }\n")
        .append("body { font-family: \"WenQuanYi Micro Hei\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", ")
        .append("\"Microsoft YaHei\", sans-serif; font-size: 9pt; margin: 0; }\n")
        .append(".sheet { page-break-after: always; }\n.sheet:last-child { page-break-after: auto; }\n")
        .append(".household { display: flex; gap: 4mm; margin-bottom: 4mm; break-inside: avoid; }\n")
        .append(".card { flex: 1; border: 0.3mm solid #888; border-radius: 2mm; height: 86mm; overflow: hidden; ")
        .append("display: flex; flex-direction: column; }\n")
        .append(".card header { color: #fff; padding: 1.5mm 3mm; display: flex; justify-content: space-between; ")
        .append("align-items: baseline; }\n.card header h2 { font-size: 12pt; margin: 0; }\n")
        .append(".contact header { background: #b32121; }\n.supervision header { background: #1f4d8c; }\n")
        .append(".card .body { padding: 2mm 3mm; flex: 1; }\n.card p { margin: 0 0 0.8mm 0; }\n")
        .append(".card footer { font-size: 6.5pt; color: #666; padding: 0 3mm 1.5mm 3mm; }\n")
        .append(".qr { float: right; width: 32mm; height: 32mm; margin-left: 2mm; }\n")
        .append("</style>\n</head>\n<body>\n");
    for (int from = 0; from < Math.max(cards.size(), 1); from += HOUSEHOLDS_PER_PAGE) {
      html.append("<div class=\"sheet\">\n");
      for (int row = 0; row < HOUSEHOLDS_PER_PAGE && from + row < cards.size(); row++) {
        HouseholdCard card = cards.get(from + row);
        String where = card.villageName() + " · " + card.grid().value();
        html.append("<section class=\"household\" data-household=\"").append(escape(card.household().value()))
            .append("\">\n");
        htmlCard(html, "contact", "联系卡", where, contactLines(card), null, footer(card));
        htmlCard(html, "supervision", "监督卡", where, supervisionLines(card),
            card.supervision().intake().toString(), footer(card));
        html.append("</section>\n");
      }
      html.append("</div>\n");
    }
    return html.append("</body>\n</html>\n").toString();
  }

  /** The contact card's lines (联系卡): the grid, the team and each member, the station, the pairer. */
  static List<String> contactLines(HouseholdCard card) {
    List<String> lines = new ArrayList<>();
    lines.add("户号 " + card.household().value() + "　" + card.township() + card.villageName() + " 网格 "
        + card.grid().value());
    lines.add("网格服务团队 " + card.team().value());
    for (HouseholdCard.Member member : card.members()) {
      lines.add(person(member));
    }
    Optional<HouseholdCard.Station> station = card.station();
    if (station.isPresent()) {
      lines.add("便民服务站 " + station.get().place());
      for (String hours : station.get().hours()) {
        lines.add("开放时间 " + hours);
      }
      if (!station.get().onDuty().isEmpty()) {
        lines.add("值班 " + String.join("、", station.get().onDuty().stream().map(CardSheets::isolated).toList()));
      }
    } else {
      lines.add("便民服务站 （未设）");
    }
    lines.add(card.pairer().map(p -> "联系结对 " + isolated(p.name()) + p.phone().map(ph -> "　" + ph).orElse(""))
        .orElse("联系结对 （未结对）"));
    return lines;
  }

  /** The supervision card's lines (监督卡): the team supervised, who takes a complaint and how. */
  static List<String> supervisionLines(HouseholdCard card) {
    HouseholdCard.Supervision supervision = card.supervision();
    List<String> lines = new ArrayList<>();
    lines.add("户号 " + card.household().value());
    lines.add("监督对象 " + card.team().value() + "（" + Labels.team(supervision.teamLevel()) + "）");
    lines.add("投诉受理 上一级" + supervision.above() + supervision.aboveTeam().map(t -> " " + t.value()).orElse(""));
    supervision.aboveLeader().ifPresent(leader -> lines.add(person(leader)));
    lines.add("投诉方式 扫描二维码填写投诉（已带入网格与团队），或到乡镇便民服务中心、拨打上一级负责人电话。");
    lines.add("投诉由上一级受理，不经被投诉的团队；受理后按时限答复。");
    lines.add("受理入口 " + supervision.intake().getHost());
    return lines;
  }

  private static String person(HouseholdCard.Member member) {
    return member.position() + " " + isolated(member.name())
        + (member.roles().isEmpty() ? "" : "　" + member.roles()) + member.phone().map(p -> "　" + p).orElse("");
  }

  /**
   * A name as a card prints it: without the explicit directional controls it may hold (U+202A to U+202E, U+2066 to
   * U+2069: a U+202E would reverse the phone number after it on the HTML card, while the PDF, whose font draws no
   * such control, leaves them out), between a first-strong isolate (U+2068) and a pop directional isolate (U+2069),
   * so that a name in a right-to-left script keeps its own direction without moving the roles and phone number beside
   * it. Both sheets then show the same text in the same order.
   */
  static String isolated(String name) {
    return "\u2068" + BIDI_CONTROLS.matcher(name).replaceAll("") + "\u2069";
  }

  private static final Pattern BIDI_CONTROLS = Pattern.compile("[\u202A-\u202E\u2066-\u2069]");

  private static String footer(HouseholdCard card) {
    return "团队版本 " + card.composedAt() + "　团队调整后本卡失效，以新卡为准";
  }

  private static void htmlCard(StringBuilder html, String kind, String title, String where, List<String> lines,
      String qr, String footer) {
    html.append("<article class=\"card ").append(kind).append("\">\n<header><h2>").append(title)
        .append("</h2><span>").append(escape(where)).append("</span></header>\n<div class=\"body\">\n");
    if (qr != null) {
      html.append(svg(QrCodes.encode(qr), qr)).append('\n');
    }
    for (String line : lines) {
      html.append("<p>").append(escape(line)).append("</p>\n");
    }
    html.append("</div>\n<footer>").append(escape(footer)).append("</footer>\n</article>\n");
  }

  private static String svg(BitMatrix modules, String text) {
    int size = modules.getWidth() + 2 * QrCodes.QUIET_ZONE;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < modules.getHeight(); y++) {
      int x = 0;
      while (x < modules.getWidth()) {
        if (!modules.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < modules.getWidth() && modules.get(x, y)) {
          x++;
        }
        // one rectangle per run of dark modules in a row
        path.append('M').append(start + QrCodes.QUIET_ZONE).append(',').append(y + QrCodes.QUIET_ZONE)
            .append('h').append(x - start).append("v1h-").append(x - start).append('z');
      }
    }
    return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
        + "\" shape-rendering=\"crispEdges\" data-url=\"" + escape(text) + "\"><rect width=\"" + size + "\" height=\""
        + size + "\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
  }

  private static void requireAtMostMax(List<HouseholdCard> cards) {
    if (cards.size() > MAX_HOUSEHOLDS) {
      throw new IllegalArgumentException("cards: at most " + MAX_HOUSEHOLDS + " households a sheet, were "
          + cards.size() + "; print village by village or grid by grid");
    }
  }

  private static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }

  private static InputStream fontFile() {
    InputStream in = CardSheets.class.getResourceAsStream(FONT_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the font " + FONT_RESOURCE + " is missing from the grid-cards jar");
    }
    return in;
  }

  /**
   * Draws one card: border, coloured header, the lines wrapped and shrunk to fit, an optional QR code, a footer. A
   * character the font has no glyph for (an emoji, a format character such as U+202E) is drawn as {@code □},
   * or left out when it is invisible (a format character); {@code glyphs} remembers which the font has.
   */
  private record Pen(PDPageContentStream content, PDType0Font font, Map<Integer, Boolean> glyphs) {

    /** What is drawn for a visible character the font has no glyph for. */
    private static final String NO_GLYPH = "□";
    /** What ends a text cut to fit. */
    private static final String ELLIPSIS = "…";
    /** What a wrapped line's continuation starts with. */
    private static final String INDENT = "　";

    /** Draws the card; returns false when its lines did not all fit and the last shown ends in an ellipsis. */
    boolean card(float x, float top, float width, float height, String title, String where, float[] colour,
        List<String> lines, String qr, String footer) throws IOException {
      float bottom = top - height;
      content.setStrokingColor(0.55f, 0.55f, 0.55f);
      content.setLineWidth(0.8f);
      content.addRect(x, bottom, width, height);
      content.stroke();
      content.setNonStrokingColor(colour[0], colour[1], colour[2]);
      content.addRect(x, top - HEADER, width, HEADER);
      content.fill();
      content.setNonStrokingColor(1f, 1f, 1f);
      text(x + PAD, top - HEADER + 6.5f, 12f, title);
      String whereShown = fit(where, 8f, width - 3 * PAD - width(title, 12f));
      text(x + width - PAD - width(whereShown, 8f), top - HEADER + 7f, 8f, whereShown);

      float qrSide = qr == null ? 0 : width * 0.42f;
      float footerSize = 5.5f;
      float textTop = top - HEADER - PAD;
      float textBottom = bottom + PAD + footerSize + 4f;
      float size = LARGEST;
      List<String> wrapped;
      while (true) {
        wrapped = wrap(lines, size, width - 2 * PAD, qrSide, textTop - textBottom);
        if (wrapped.size() * size * 1.35f <= textTop - textBottom || size <= SMALLEST) {
          break;
        }
        size -= 0.25f;
      }
      int room = (int) ((textTop - textBottom) / (size * 1.35f));
      boolean whole = wrapped.size() <= room;
      if (!whole) {
        // Even the smallest size does not hold it all (names of thousands of characters): the lines that fit, the
        // last of them ending in an ellipsis, rather than text running over the next card and off the page.
        wrapped = new ArrayList<>(wrapped.subList(0, Math.max(room, 0)));
        if (!wrapped.isEmpty()) {
          int last = wrapped.size() - 1;
          float usable = usable(last, size, width - 2 * PAD, qrSide, textTop - textBottom);
          wrapped.set(last, fit(wrapped.get(last) + ELLIPSIS, size, usable));
        }
      }
      content.setNonStrokingColor(0.1f, 0.1f, 0.1f);
      float y = textTop - size;
      for (String line : wrapped) {
        text(x + PAD, y, size, line);
        y -= size * 1.35f;
      }
      if (qr != null) {
        qr(QrCodes.encode(qr), x + width - PAD - qrSide, bottom + PAD + footerSize + 4f, qrSide);
      }
      content.setNonStrokingColor(0.4f, 0.4f, 0.4f);
      text(x + PAD, bottom + PAD - 2f, footerSize, fit(footer, footerSize, width - 2 * PAD));
      return whole;
    }

    /**
     * The text as it fits in {@code room} points at {@code size}: whole, or cut and ending in an ellipsis (an
     * ellipsis already at its end stays, and is not doubled).
     */
    private String fit(String text, float size, float room) throws IOException {
      if (width(text, size) <= room) {
        return text;
      }
      String body = text.endsWith(ELLIPSIS) ? text.substring(0, text.length() - ELLIPSIS.length()) : text;
      float ellipsis = width(ELLIPSIS, size);
      StringBuilder kept = new StringBuilder();
      float used = 0;
      for (int i = 0; i < body.length(); ) {
        int cp = body.codePointAt(i);
        float w = width(new String(Character.toChars(cp)), size);
        if (used + w + ellipsis > room) {
          break;
        }
        kept.appendCodePoint(cp);
        used += w;
        i += Character.charCount(cp);
      }
      return kept.toString().stripTrailing() + ELLIPSIS;
    }

    /** The width a wrapped line has at {@code index}: narrower by the QR code's side once it is beside the code. */
    private static float usable(int index, float size, float width, float qrSide, float space) {
      float lineBottom = (index + 1) * size * 1.35f;
      return qrSide > 0 && lineBottom > space - qrSide - PAD ? width - qrSide - PAD : width;
    }

    /**
     * Wraps the lines to the width; the lines below the top of the QR code (in the card's lower part) are narrower
     * by the code's side. A unit wider than a whole line (a run of Latin letters longer than the card is wide) is
     * broken between its characters. Widths are summed as the line grows, so a line costs its length, not its square.
     */
    private List<String> wrap(List<String> lines, float size, float width, float qrSide, float space)
        throws IOException {
      List<String> out = new ArrayList<>();
      float indent = width(INDENT, size);
      for (String line : lines) {
        StringBuilder current = new StringBuilder();
        float used = 0;
        for (String unit : units(line)) {
          float usable = usable(out.size(), size, width, qrSide, space);
          float unitWidth = width(unit, size);
          if (current.length() > 0 && used + unitWidth > usable && !unit.isBlank()) {
            out.add(current.toString().stripTrailing());
            current.setLength(0);
            current.append(INDENT);
            used = indent;
            usable = usable(out.size(), size, width, qrSide, space);
          }
          if (used + unitWidth <= usable || unit.isBlank()) {
            current.append(unit);
            used += unitWidth;
            continue;
          }
          boolean lineHoldsText = current.length() > 0 && !current.toString().equals(INDENT);
          for (int i = 0; i < unit.length(); ) {
            int cp = unit.codePointAt(i);
            String one = new String(Character.toChars(cp));
            float w = width(one, size);
            if (lineHoldsText && used + w > usable) {
              out.add(current.toString());
              current.setLength(0);
              current.append(INDENT);
              used = indent;
              usable = usable(out.size(), size, width, qrSide, space);
            }
            current.append(one);
            used += w;
            lineHoldsText = true;
            i += Character.charCount(cp);
          }
        }
        out.add(current.toString());
      }
      return out;
    }

    /**
     * Splits a line where it may break: between Chinese characters and around spaces, never inside a run of Latin
     * letters, digits and signs (an id, a phone number, a time), and never before closing punctuation.
     */
    private static List<String> units(String line) {
      List<String> units = new ArrayList<>();
      int i = 0;
      while (i < line.length()) {
        int cp = line.codePointAt(i);
        int end = i + Character.charCount(cp);
        if (cp < 0x2E80 && !Character.isWhitespace(cp)) {
          while (end < line.length() && line.charAt(end) < 0x2E80 && !Character.isWhitespace(line.charAt(end))) {
            end++;
          }
        }
        while (end < line.length() && "）、，。；：".indexOf(line.charAt(end)) >= 0) {
          end++;
        }
        units.add(line.substring(i, end));
        i = end;
      }
      return units;
    }

    private void qr(BitMatrix modules, float x, float y, float side) throws IOException {
      int size = modules.getWidth() + 2 * QrCodes.QUIET_ZONE;
      float module = side / size;
      content.setNonStrokingColor(1f, 1f, 1f);
      content.addRect(x, y, side, side);
      content.fill();
      content.setNonStrokingColor(0f, 0f, 0f);
      // each run of dark modules in a row is one rectangle: no seams between neighbours when rendered
      for (int row = 0; row < modules.getHeight(); row++) {
        int col = 0;
        while (col < modules.getWidth()) {
          if (!modules.get(col, row)) {
            col++;
            continue;
          }
          int start = col;
          while (col < modules.getWidth() && modules.get(col, row)) {
            col++;
          }
          content.addRect(x + (start + QrCodes.QUIET_ZONE) * module,
              y + side - (row + QrCodes.QUIET_ZONE + 1) * module, (col - start) * module, module);
        }
      }
      content.fill();
    }

    private void text(float x, float y, float size, String text) throws IOException {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, y);
      content.showText(drawable(text));
      content.endText();
    }

    private float width(String text, float size) throws IOException {
      return font.getStringWidth(drawable(text)) / 1000f * size;
    }

    /** The text with each character the font has no glyph for replaced by {@link #NO_GLYPH}, or left out. */
    private String drawable(String text) {
      StringBuilder out = null;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        int next = i + Character.charCount(cp);
        if (!glyphs.computeIfAbsent(cp, this::hasGlyph)) {
          if (out == null) {
            out = new StringBuilder(text.length()).append(text, 0, i);
          }
          if (Character.getType(cp) != Character.FORMAT) {
            out.append(NO_GLYPH);
          }
        } else if (out != null) {
          out.appendCodePoint(cp);
        }
        i = next;
      }
      return out == null ? text : out.toString();
    }

    private boolean hasGlyph(int codePoint) {
      try {
        font.encode(new String(Character.toChars(codePoint)));
        return true;
      } catch (IllegalArgumentException | IOException e) {
        return false;
      }
    }
  }
}
