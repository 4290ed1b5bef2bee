package org.grid.examples.year;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.grid.assessment.model.Grade;
import org.grid.assessment.model.GradedMember;
import org.grid.assessment.model.GridMeasures;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.Scorecard;
import org.grid.assessment.model.ScorecardMetric;
import org.grid.core.model.duty.DutyRule;
import org.grid.core.model.duty.MissedDuty;
import org.grid.core.model.duty.Tally;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.PlanMetrics;
import org.grid.core.model.partition.PlanResult;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;
import org.grid.escalation.model.HistoryEntry;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestState;
import org.grid.escalation.model.StepLimits;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.TransitionKind;

/**
 * The year report (年度报告): one self-contained HTML file, with inline CSS and SVG, no script and nothing fetched
 * from the network, drawn from a {@link YearRecord} alone. Its sections, each an HTML {@code section} with an id:
 * {@code summary}, {@code map} (the {@link TownshipMap}), {@code plan} (fresh and keep-existing metrics),
 * {@code teams} (team and pairing coverage), {@code duty} (compliance by rule, and missed duties by grid and month),
 * {@code flow} (requests across the tiers and their outcomes), {@code timeliness} (per tier and department against
 * the policy's time limits) and {@code scores} (the grid scorecards, the two-way assessment and the party members'
 * grades). Every text
 * is escaped; no person's name, phone or free text appears (people by id only). The same record gives the same
 * bytes: nothing in it depends on when or where it is written.
 */
public final class YearReport {

  /** The ids of the report's sections, in order. */
  public static final List<String> SECTIONS =
      List.of("summary", "map", "plan", "teams", "duty", "flow", "timeliness", "scores");

  private static final Tier[] TIERS = Tier.values();

  /** The engine's records of a limit that passed. */
  private static final java.util.Set<TransitionKind> LAPSES = java.util.EnumSet.of(TransitionKind.REMINDED,
      TransitionKind.AUTO_ESCALATED, TransitionKind.SUPERVISED, TransitionKind.ON_SITE_LAPSED);

  private final YearRecord year;
  private final StringBuilder out = new StringBuilder(256 * 1024);

  private YearReport(YearRecord year) {
    this.year = year;
  }

  /**
   * Writes the report of a year.
   *
   * @param year the year's record, not null
   * @return the HTML document
   */
  public static String html(YearRecord year) {
    return new YearReport(year).write();
  }

  private String write() {
    String title = year.township().name() + " (" + year.township().id().value() + "): the year " + year.year();
    out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            + "img-src data:\">\n")
        .append("<title>").append(esc("grid year report — " + title)).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n<header><h1>").append(esc(title)).append("</h1>\n<p>")
        .append(esc("A simulated year of grid management and team-based service (网格化管理、组团式服务), run "
            + "through grid's use cases on an embedded H2 database, seed " + year.seed()
            + ". Generated data: no real person appears; people are shown by id only."))
        .append("</p>\n<nav>");
    for (String id : SECTIONS) {
      out.append("<a href=\"#").append(id).append("\">").append(id).append("</a> ");
    }
    out.append("</nav></header>\n<main>\n");
    summary();
    map();
    plan();
    teams();
    duty();
    flow();
    timeliness();
    scores();
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------------------

  private void summary() {
    open("summary", "The year in numbers");
    Map<String, Long> outcomes = outcomes();
    out.append("<div class=\"cards\">\n");
    card("villages", year.township().villages().size());
    card("households", year.township().households());
    card("grids", year.plan().grids().size());
    card("districts", year.plan().districts().size());
    card("teams", year.teams().teams().size());
    card("households paired", year.pairing().coverage().paired());
    card("duty-log entries", year.dutyEntries());
    card("duties missed", year.compliance().missed().size());
    card("requests", year.requests().size());
    outcomes.forEach((k, v) -> card(k.toLowerCase(Locale.ROOT).replace('_', ' '), v));
    card("sweeps run", year.sweeps());
    card("party members graded", year.graded().size());
    out.append("</div>\n");
    close();
  }

  private void map() {
    open("map", "The township map");
    out.append("<p>").append(esc("Villages, units, responsibility grids (职责网格) and district grids (片区网格) of "
        + "the adopted plan, drawn from the units' points.")).append("</p>\n<figure>")
        .append(TownshipMap.svg(year.township(), year.plan())).append("</figure>\n");
    close();
  }

  private void plan() {
    open("plan", "Planning: fresh and keeping the current districts");
    out.append("<table><thead><tr><th>plan</th><th>grids</th><th>districts</th><th>village imbalance</th>"
        + "<th>district imbalance</th><th>cut borders</th><th>villages moved</th><th>errors</th><th>warnings</th>"
        + "</tr></thead><tbody>\n");
    planRow("fresh (adopted)", year.fresh());
    planRow("keep existing districts", year.kept());
    out.append("</tbody></table>\n");
    close();
  }

  private void planRow(String name, PlanResult result) {
    PlanMetrics m = result.validation().metrics();
    row(name, result.plan().grids().size(), result.plan().districts().size(), fixed(m.villageImbalance(), 3),
        fixed(m.districtImbalance(), 3), m.cutEdges(), m.movedVillages(), result.validation().errors().size(),
        result.validation().warnings().size());
  }

  private void teams() {
    open("teams", "Teams and pairing coverage");
    Map<String, Integer> levels = new TreeMap<>();
    Map<GridId, Team> teamOfGrid = new HashMap<>();
    for (Team team : year.teams().teams()) {
      levels.merge(team.level().name(), 1, Integer::sum);
      if (team.scope() instanceof TeamScope.VillageGrid grid) {
        teamOfGrid.put(grid.grid(), team);
      }
    }
    out.append("<p>").append(esc(year.teams().teams().size() + " teams proposed from a roster of "
        + year.rosterSize() + " people " + levels + "; " + year.teams().shortfalls().size() + " shortfalls. "
        + year.pairing().coverage().paired() + " of " + year.pairing().coverage().households()
        + " households paired with a party member or cadre (" + percent(year.pairing().coverage().ratio()) + ")."))
        .append("</p>\n");
    Map<UnitId, GridId> gridOfUnit = gridOfUnit();
    Map<HouseholdId, UnitId> unitOf = new HashMap<>();
    for (Household household : year.register().households()) {
      unitOf.put(household.id(), household.unit());
    }
    Map<GridId, int[]> perGrid = new LinkedHashMap<>();
    for (Grid grid : year.plan().grids()) {
      perGrid.put(grid.id(), new int[3]);
    }
    for (Household household : year.register().households()) {
      GridId grid = gridOfUnit.get(household.unit());
      if (grid != null) {
        perGrid.get(grid)[0]++;
      }
    }
    Map<GridId, java.util.Set<String>> pairers = new HashMap<>();
    for (Pairing pairing : year.pairing().pairings()) {
      GridId grid = gridOfUnit.get(unitOf.get(pairing.household()));
      if (grid != null) {
        perGrid.get(grid)[1]++;
        pairers.computeIfAbsent(grid, g -> new java.util.TreeSet<>()).add(pairing.pairer().value());
      }
    }
    out.append("<table class=\"bars\"><thead><tr><th>grid</th><th>team</th><th>members</th><th>leader</th>"
        + "<th>households</th><th>paired</th><th>pairers</th><th>coverage</th></tr></thead><tbody>\n");
    perGrid.forEach((grid, counts) -> {
      Team team = teamOfGrid.get(grid);
      double share = counts[0] == 0 ? 1 : counts[1] / (double) counts[0];
      out.append("<tr><td>").append(esc(grid.value())).append("</td><td>")
          .append(esc(team == null ? "none" : team.id().value())).append("</td><td class=\"n\">")
          .append(team == null ? 0 : team.members().size()).append("</td><td>")
          .append(esc(team == null ? "-" : team.leader().map(p -> p.value()).orElse("-"))).append("</td><td class=\"n\">")
          .append(counts[0]).append("</td><td class=\"n\">").append(counts[1]).append("</td><td class=\"n\">")
          .append(pairers.getOrDefault(grid, java.util.Set.of()).size()).append("</td><td>").append(bar(share))
          .append("</td></tr>\n");
    });
    out.append("</tbody></table>\n");
    close();
  }

  private void duty() {
    open("duty", "Duty compliance");
    out.append("<table class=\"bars\"><thead><tr><th>rule</th><th>due</th><th>done</th><th>compliance</th></tr>"
        + "</thead><tbody>\n");
    for (DutyRule rule : DutyRule.values()) {
      Tally tally = year.compliance().tally(rule);
      out.append("<tr><td>").append(esc(rule.name())).append("</td><td class=\"n\">").append(tally.due())
          .append("</td><td class=\"n\">").append(tally.done()).append("</td><td>")
          .append(tally.due() == 0 ? "<span class=\"muted\">nothing due</span>" : bar(tally.ratio()))
          .append("</td></tr>\n");
    }
    Tally overall = year.compliance().overall();
    out.append("<tr class=\"total\"><td>all rules</td><td class=\"n\">").append(overall.due())
        .append("</td><td class=\"n\">").append(overall.done()).append("</td><td>").append(bar(overall.ratio()))
        .append("</td></tr>\n</tbody></table>\n");

    // missed duties by grid and month: each miss attributed to the grid of its household or of its team
    Map<UnitId, GridId> gridOfUnit = gridOfUnit();
    Map<HouseholdId, GridId> gridOfHousehold = new HashMap<>();
    for (Household household : year.register().households()) {
      GridId grid = gridOfUnit.get(household.unit());
      if (grid != null) {
        gridOfHousehold.put(household.id(), grid);
      }
    }
    Map<TeamId, String> rowOfTeam = new HashMap<>();
    for (Team team : year.teams().teams()) {
      rowOfTeam.put(team.id(), team.scope() instanceof TeamScope.VillageGrid g ? g.grid().value()
          : team.scope() instanceof TeamScope.District d ? d.district().value() : "township");
    }
    Map<String, int[]> byRow = new LinkedHashMap<>();
    year.plan().grids().forEach(g -> byRow.put(g.id().value(), new int[13]));
    year.plan().districts().forEach(d -> byRow.put(d.id().value(), new int[13]));
    byRow.put("township", new int[13]);
    byRow.put("villages", new int[13]);
    for (MissedDuty missed : year.compliance().missed()) {
      String rowKey = missed.household().map(h -> gridOfHousehold.get(h)).map(GridId::value)
          .orElseGet(() -> missed.team().map(rowOfTeam::get).orElse("villages"));
      int[] cells = byRow.computeIfAbsent(rowKey == null ? "villages" : rowKey, k -> new int[13]);
      int month = monthOf(missed.period());
      cells[month]++;
    }
    int max = 1;
    for (int[] cells : byRow.values()) {
      for (int c : cells) {
        max = Math.max(max, c);
      }
    }
    out.append("<h3>Missed duties by grid (or team) and month</h3>\n<p class=\"muted\">")
        .append(esc("Each missed duty of the compliance report, counted in the month it was due; yearly duties "
            + "(a stationed cadre's visit to every household, the two cards) in the column 'year'. Darker is more."))
        .append("</p>\n<table class=\"heat\"><thead><tr><th>grid / team</th>");
    for (int m = 1; m <= 12; m++) {
      out.append("<th>").append(String.format(Locale.ROOT, "%02d", m)).append("</th>");
    }
    out.append("<th>year</th><th>total</th></tr></thead><tbody>\n");
    for (Map.Entry<String, int[]> entry : byRow.entrySet()) {
      int[] cells = entry.getValue();
      int total = 0;
      for (int c : cells) {
        total += c;
      }
      out.append("<tr><td>").append(esc(entry.getKey())).append("</td>");
      for (int m = 1; m <= 13; m++) {
        int c = cells[m % 13];
        out.append("<td class=\"n\" style=\"background:").append(heat(c, max)).append("\">")
            .append(c == 0 ? "" : Integer.toString(c)).append("</td>");
      }
      out.append("<td class=\"n\">").append(total).append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");
    close();
  }

  /** 1 to 12 for a month period of the year ({@code 2025-03}), 0 for anything else (the year, a period). */
  private int monthOf(String period) {
    if (period.length() == 7 && period.charAt(4) == '-') {
      try {
        YearMonth month = YearMonth.parse(period);
        if (month.getYear() == year.year()) {
          return month.getMonthValue();
        }
      } catch (java.time.format.DateTimeParseException e) {
        return 0;
      }
    }
    return 0;
  }

  private void flow() {
    open("flow", "Requests across the tiers");
    Map<Tier, Integer> reached = new EnumMap<>(Tier.class);
    Map<String, Integer> moves = new TreeMap<>();
    Map<Tier, Map<RequestState, Integer>> endedAt = new EnumMap<>(Tier.class);
    Map<Rating, Integer> ratings = new EnumMap<>(Rating.class);
    Map<TransitionKind, Integer> kinds = new EnumMap<>(TransitionKind.class);
    for (Request request : year.requests()) {
      java.util.Set<Tier> seen = java.util.EnumSet.noneOf(Tier.class);
      Tier previous = null;
      for (HistoryEntry entry : request.history()) {
        kinds.merge(entry.kind(), 1, Integer::sum);
        Tier tier = entry.holder().tier();
        seen.add(tier);
        if (previous != null && tier != previous) {
          moves.merge(previous.ordinal() + ">" + tier.ordinal() + ">" + entry.kind().name(), 1, Integer::sum);
        }
        if (entry.kind() == TransitionKind.RATED && entry.form() != null) {
          ratingOf(entry).ifPresent(r -> ratings.merge(r, 1, Integer::sum));
        }
        previous = tier;
      }
      seen.forEach(t -> reached.merge(t, 1, Integer::sum));
      endedAt.computeIfAbsent(request.tier(), t -> new EnumMap<>(RequestState.class))
          .merge(request.state(), 1, Integer::sum);
    }
    // the flow drawn: one box per tier, arrows for escalations by hand, lapses, routes and returns
    double boxW = 150;
    double gap = 70;
    double width = TIERS.length * boxW + (TIERS.length - 1) * gap + 20;
    out.append("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flow\" viewBox=\"0 0 ")
        .append(TownshipMap.num(width)).append(" 280\" width=\"").append(TownshipMap.num(width))
        .append("\" height=\"280\" font-family=\"sans-serif\" font-size=\"12\">\n");
    int most = Math.max(1, reached.getOrDefault(Tier.VILLAGE_GRID, 1));
    for (int i = 0; i < TIERS.length; i++) {
      Tier tier = TIERS[i];
      double x = 10 + i * (boxW + gap);
      int n = reached.getOrDefault(tier, 0);
      double h = 20 + 120.0 * n / most;
      out.append("<rect class=\"tier\" x=\"").append(TownshipMap.num(x)).append("\" y=\"")
          .append(TownshipMap.num(170 - h)).append("\" width=\"").append(TownshipMap.num(boxW)).append("\" height=\"")
          .append(TownshipMap.num(h)).append("\" fill=\"").append(TownshipMap.colour(i)).append("\" rx=\"4\"/>\n")
          .append("<text x=\"").append(TownshipMap.num(x + boxW / 2)).append("\" y=\"190\" text-anchor=\"middle\">")
          .append(esc(tierName(tier))).append("</text>\n<text x=\"").append(TownshipMap.num(x + boxW / 2))
          .append("\" y=\"").append(TownshipMap.num(165 - h)).append("\" text-anchor=\"middle\" font-weight=\"bold\">")
          .append(n).append(" reached</text>\n");
      Map<RequestState, Integer> ended = endedAt.getOrDefault(tier, Map.of());
      List<String> lines = new ArrayList<>();
      ended.forEach((state, c) -> lines.add(c + " " + state.name().toLowerCase(Locale.ROOT)));
      if (lines.isEmpty()) {
        lines.add("none ended here");
      }
      for (int l = 0; l < lines.size(); l++) {
        out.append("<text x=\"").append(TownshipMap.num(x + boxW / 2)).append("\" y=\"")
            .append(TownshipMap.num(208 + 14 * l)).append("\" text-anchor=\"middle\" fill=\"#444\">")
            .append(esc((l == 0 && !ended.isEmpty() ? "ended: " : "") + lines.get(l))).append("</text>\n");
      }
      if (i + 1 < TIERS.length) {
        int byHand = moves.getOrDefault(i + ">" + (i + 1) + ">ESCALATED", 0);
        int auto = moves.getOrDefault(i + ">" + (i + 1) + ">AUTO_ESCALATED", 0);
        int routed = moves.getOrDefault(i + ">" + (i + 1) + ">ROUTED", 0);
        double ax = x + boxW + 4;
        out.append("<line x1=\"").append(TownshipMap.num(ax)).append("\" y1=\"150\" x2=\"")
            .append(TownshipMap.num(ax + gap - 10)).append("\" y2=\"150\" stroke=\"#333\" stroke-width=\"2\"/>")
            .append("<polygon points=\"").append(TownshipMap.num(ax + gap - 10)).append(",145 ")
            .append(TownshipMap.num(ax + gap - 2)).append(",150 ").append(TownshipMap.num(ax + gap - 10))
            .append(",155\" fill=\"#333\"/>\n<text x=\"").append(TownshipMap.num(ax + gap / 2 - 4))
            .append("\" y=\"128\" text-anchor=\"middle\">")
            .append(esc(routed > 0 ? routed + " routed" : byHand + " up")).append("</text>\n");
        if (routed == 0) {
          out.append("<text x=\"").append(TownshipMap.num(ax + gap / 2 - 4)).append("\" y=\"142\" "
              + "text-anchor=\"middle\" fill=\"#a33\">").append(esc(auto + " lapsed")).append("</text>\n");
        }
      }
    }
    int returned = moves.getOrDefault(Tier.DEPARTMENT.ordinal() + ">" + Tier.COUNTY_OFFICE.ordinal() + ">RETURNED", 0);
    out.append("<text x=\"").append(TownshipMap.num(width - 10)).append("\" y=\"272\" text-anchor=\"end\" "
        + "fill=\"#a33\">").append(esc(returned + " returned by a department to the county office"))
        .append("</text>\n</svg></figure>\n");
    out.append("<div class=\"two\"><div><h3>Outcomes by the tier a request ended at</h3>\n<table><thead><tr>"
        + "<th>tier</th>");
    for (RequestState state : RequestState.values()) {
      out.append("<th>").append(esc(state.name().toLowerCase(Locale.ROOT))).append("</th>");
    }
    out.append("</tr></thead><tbody>\n");
    for (Tier tier : TIERS) {
      out.append("<tr><td>").append(esc(tierName(tier))).append("</td>");
      for (RequestState state : RequestState.values()) {
        out.append("<td class=\"n\">").append(endedAt.getOrDefault(tier, Map.of()).getOrDefault(state, 0))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table>\n<h3>Ratings given</h3>\n<table class=\"bars\"><tbody>\n");
    int rated = ratings.values().stream().mapToInt(Integer::intValue).sum();
    for (Rating rating : Rating.values()) {
      int c = ratings.getOrDefault(rating, 0);
      out.append("<tr><td>").append(esc(rating.name().toLowerCase(Locale.ROOT))).append("</td><td class=\"n\">")
          .append(c).append("</td><td>").append(bar(rated == 0 ? 0 : c / (double) rated)).append("</td></tr>\n");
    }
    out.append("</tbody></table></div>\n<div><h3>Every transition of the year</h3>\n<table><tbody>\n");
    kinds.forEach((kind, c) -> row(kind.name(), c));
    out.append("</tbody></table></div></div>\n");
    close();
  }

  private static java.util.Optional<Rating> ratingOf(HistoryEntry entry) {
    if (entry.form() instanceof org.grid.escalation.model.Form.Feedback feedback && feedback.rating() != null) {
      return java.util.Optional.of(feedback.rating());
    }
    return java.util.Optional.empty();
  }

  private void timeliness() {
    open("timeliness", "Timeliness per tier and department against the time limits");
    out.append("<p class=\"muted\">").append(esc("Working days (on the township's calendar) from a request's arrival "
        + "at an office to its acceptance, and from acceptance to resolution, beside the policy's limits; lapses "
        + "are the engine's own records charged to the office (reminders, automatic escalations, supervision, "
        + "missed on-site limits).")).append("</p>\n");
    Map<String, Stats> stats = new TreeMap<>((a, b) -> {
      int c = Integer.compare(order(a), order(b));
      return c != 0 ? c : a.compareTo(b);
    });
    for (Request request : year.requests()) {
      Office holder = null;
      Instant arrived = null;
      Instant accepted = null;
      for (HistoryEntry entry : request.history()) {
        Office now = entry.holder();
        if (holder == null || !now.equals(holder)) {
          holder = now;
          arrived = entry.at();
          accepted = null;
          stats.computeIfAbsent(key(now), k -> new Stats(now.tier())).reached++;
        }
        Stats s = stats.computeIfAbsent(key(now), k -> new Stats(now.tier()));
        switch (entry.kind()) {
          case ACCEPTED -> {
            accepted = entry.at();
            s.accept.add(year.calendar().workingDaysBetween(arrived, entry.at()));
          }
          case RESOLVED -> {
            if (accepted != null) {
              s.resolve.add(year.calendar().workingDaysBetween(accepted, entry.at()));
            }
          }
          default -> {
          }
        }
        if (LAPSES.contains(entry.kind())) {
          // charged to the office that let the limit pass: named on an escalation, else the one holding it
          Office lapsed = entry.chargedTo() != null ? entry.chargedTo() : entry.holder();
          stats.computeIfAbsent(key(lapsed), k -> new Stats(lapsed.tier())).lapses.merge(entry.kind(), 1,
              Integer::sum);
        }
      }
    }
    out.append("<table><thead><tr><th>office</th><th>reached</th><th>accepted</th><th>accept: median / max "
        + "working days</th><th>limit</th><th>resolved</th><th>resolve: median / max</th><th>limit</th>"
        + "<th>reminded</th><th>lapsed upwards</th><th>supervised</th><th>on-site lapsed</th></tr></thead><tbody>\n");
    Map<Tier, Stats> tiers = new EnumMap<>(Tier.class);
    stats.values().forEach(s -> tiers.computeIfAbsent(s.tier, Stats::new).add(s));
    Tier[] shown = {null};
    stats.forEach((office, s) -> {
      if (shown[0] != s.tier) {
        shown[0] = s.tier;
        timelinessRow("all of tier: " + tierName(s.tier), tiers.get(s.tier), "total");
      }
      timelinessRow(office, s, null);
    });
    out.append("</tbody></table>\n");
    close();
  }

  private void timelinessRow(String office, Stats s, String rowClass) {
    StepLimits limits = year.policy().tierLimits().get(s.tier);
    out.append(rowClass == null ? "<tr>" : "<tr class=\"" + rowClass + "\">").append("<td>").append(esc(office))
        .append("</td><td class=\"n\">").append(s.reached)
        .append("</td><td class=\"n\">").append(s.accept.size()).append("</td><td class=\"n\">")
        .append(esc(medianMax(s.accept))).append("</td><td class=\"n\">").append(limits.acceptDays())
        .append("</td><td class=\"n\">").append(s.resolve.size()).append("</td><td class=\"n\">")
        .append(esc(medianMax(s.resolve))).append("</td><td class=\"n\">")
        .append(s.tier == Tier.COUNTY_OFFICE ? "—" : Integer.toString(limits.resolveDays()))
        .append("</td><td class=\"n\">").append(s.lapses.getOrDefault(TransitionKind.REMINDED, 0))
        .append("</td><td class=\"n\">").append(s.lapses.getOrDefault(TransitionKind.AUTO_ESCALATED, 0))
        .append("</td><td class=\"n\">").append(s.lapses.getOrDefault(TransitionKind.SUPERVISED, 0))
        .append("</td><td class=\"n\">").append(s.lapses.getOrDefault(TransitionKind.ON_SITE_LAPSED, 0))
        .append("</td></tr>\n");
  }

  /** Offices grouped as the report shows them: grids and districts one by one, the others by tier or department. */
  private static String key(Office office) {
    return switch (office.tier()) {
      case VILLAGE_GRID -> "village grid " + office.unit();
      case DISTRICT_GRID -> "district grid " + office.unit();
      case TOWNSHIP_OFFICE -> "township office " + office.unit();
      case COUNTY_OFFICE -> "county office " + office.unit();
      case DEPARTMENT -> "department " + office.unit();
    };
  }

  private static int order(String key) {
    for (int i = TIERS.length - 1; i >= 0; i--) {
      if (key.startsWith(tierName(TIERS[i]))) {
        return i;
      }
    }
    return TIERS.length;
  }

  private static final class Stats {
    final Tier tier;
    int reached;
    final List<Integer> accept = new ArrayList<>();
    final List<Integer> resolve = new ArrayList<>();
    final Map<TransitionKind, Integer> lapses = new EnumMap<>(TransitionKind.class);

    Stats(Tier tier) {
      this.tier = tier;
    }

    void add(Stats other) {
      reached += other.reached;
      accept.addAll(other.accept);
      resolve.addAll(other.resolve);
      other.lapses.forEach((kind, n) -> lapses.merge(kind, n, Integer::sum));
    }
  }

  private static String medianMax(List<Integer> days) {
    if (days.isEmpty()) {
      return "-";
    }
    List<Integer> sorted = new ArrayList<>(days);
    Collections.sort(sorted);
    return sorted.get((sorted.size() - 1) / 2) + " / " + sorted.get(sorted.size() - 1);
  }

  private void scores() {
    open("scores", "Scorecards: the grid scorecards, the two-way assessment and the party members' grades");
    gridScorecards();
    out.append("<div class=\"two\"><div><h3>Handling offices (承办方)</h3>\n");
    scoreTable(year.twoWay().handlers());
    out.append("</div><div><h3>Reporting grids (申报方)</h3>\n");
    scoreTable(year.twoWay().reporters());
    out.append("</div></div>\n<h3>Party members (党员分类积分)</h3>\n");
    Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
    Map<String, Integer> classes = new TreeMap<>();
    for (GradedMember member : year.graded()) {
      grades.merge(member.grade(), 1, Integer::sum);
      classes.merge(member.member().memberClass().name(), 1, Integer::sum);
    }
    out.append("<table class=\"bars\"><thead><tr><th>grade</th><th>members</th><th>share</th></tr></thead><tbody>\n");
    for (Grade grade : Grade.values()) {
      int c = grades.getOrDefault(grade, 0);
      out.append("<tr><td>").append(esc(grade.name())).append("</td><td class=\"n\">").append(c)
          .append("</td><td>").append(bar(year.graded().isEmpty() ? 0 : c / (double) year.graded().size()))
          .append("</td></tr>\n");
    }
    out.append("</tbody></table>\n<p>").append(esc("By class: " + classes + ". Lowest and highest totals:"))
        .append("</p>\n");
    List<GradedMember> sorted = new ArrayList<>(year.graded());
    sorted.sort((a, b) -> {
      int c = a.score().total().compareTo(b.score().total());
      return c != 0 ? c : a.member().id().value().compareTo(b.member().id().value());
    });
    List<GradedMember> shown = new ArrayList<>();
    shown.addAll(sorted.subList(0, Math.min(5, sorted.size())));
    for (int i = Math.max(5, sorted.size() - 5); i < sorted.size(); i++) {
      shown.add(sorted.get(i));
    }
    out.append("<table><thead><tr><th>member</th><th>village</th><th>class</th><th>total</th><th>grade</th>"
        + "<th>line items</th></tr></thead><tbody>\n");
    for (GradedMember member : shown) {
      out.append("<tr><td>").append(esc(member.member().id().value())).append("</td><td>")
          .append(esc(villageName(member))).append("</td><td>").append(esc(member.member().memberClass().name()))
          .append("</td><td class=\"n\">").append(points(member.score().total())).append("</td><td>")
          .append(esc(member.grade().name())).append("</td><td class=\"n\">")
          .append(member.score().lineItems().size()).append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");
    close();
  }

  /** The measures' column heads, in the scorecard's order: English, then the rulebook's term. */
  private static final Map<ScorecardMetric, String> MEASURE_HEADS = measureHeads();

  private static Map<ScorecardMetric, String> measureHeads() {
    Map<ScorecardMetric, String> heads = new EnumMap<>(ScorecardMetric.class);
    heads.put(ScorecardMetric.VISIT_COMPLIANCE, "visits done (走访完成率)");
    heads.put(ScorecardMetric.PAIRING_COVERAGE, "households paired (结对覆盖率)");
    heads.put(ScorecardMetric.MEETING_COMPLIANCE, "meetings held (例会完成率)");
    heads.put(ScorecardMetric.ON_TIME_RESOLUTION, "resolved on time (按时办结率)");
    heads.put(ScorecardMetric.SATISFACTION, "satisfied (满意率)");
    heads.put(ScorecardMetric.RESOLVED_AT_VILLAGE_TIER, "resolved at the village tier (村级办结率)");
    return heads;
  }

  private void gridScorecards() {
    out.append("<h3 id=\"grid-scorecards\">Grid scorecards (网格考核)</h3>\n<p class=\"muted\">")
        .append(esc("Each grid measured from its own records of the year (ScoreGridsFromRecordsUseCase): its duty "
            + "compliance, its pairing coverage and the requests reported from it, each share with what it counts; "
            + "weighted equally into one score out of 100 (ScorecardPolicy.defaults()) and ranked in the township, "
            + "equal scores sharing a rank."))
        .append("</p>\n<table class=\"scorecards\"><thead><tr><th>rank</th><th>grid</th>");
    for (ScorecardMetric metric : ScorecardMetric.values()) {
      out.append("<th>").append(esc(MEASURE_HEADS.get(metric))).append("</th>");
    }
    out.append("<th>score (总分)</th></tr></thead><tbody>\n");
    for (Scorecard card : year.scorecards()) {
      GridMeasures measures = card.measures();
      out.append("<tr class=\"scorecard\"><td class=\"n\">").append(card.rank()).append("</td><td>")
          .append(esc(measures.grid().value())).append("</td>");
      for (ScorecardMetric metric : ScorecardMetric.values()) {
        out.append("<td class=\"n\">").append(percent(measures.values().get(metric).doubleValue()))
            .append("<br><span class=\"muted\">").append(esc(measures.basis().getOrDefault(metric, "")))
            .append("</span></td>");
      }
      out.append("<td class=\"n\"><b>").append(points(card.score().total())).append("</b></td></tr>\n");
    }
    if (year.scorecards().isEmpty()) {
      out.append("<tr><td colspan=\"9\">no grid</td></tr>\n");
    }
    out.append("</tbody></table>\n");
  }

  private String villageName(GradedMember member) {
    return year.township().village(member.member().village()).map(v -> v.name()).orElse(member.member().village()
        .value());
  }

  private void scoreTable(List<Score> scores) {
    out.append("<table class=\"bars\"><thead><tr><th>subject</th><th>total</th><th></th><th>rule set</th></tr>"
        + "</thead><tbody>\n");
    BigDecimal max = BigDecimal.ONE;
    for (Score score : scores) {
      max = max.max(score.total());
    }
    for (Score score : scores) {
      double share = Math.max(0, score.total().doubleValue() / max.doubleValue());
      out.append("<tr><td>").append(esc(score.subject().value())).append("</td><td class=\"n\">")
          .append(points(score.total())).append("</td><td>").append(bar(share)).append("</td><td>")
          .append(esc(score.ruleSet().toString())).append("</td></tr>\n");
    }
    if (scores.isEmpty()) {
      out.append("<tr><td colspan=\"4\">none in this period</td></tr>\n");
    }
    out.append("</tbody></table>\n");
  }

  // ---------------------------------------------------------------------------------------------------------

  private Map<String, Long> outcomes() {
    Map<String, Long> outcomes = new LinkedHashMap<>();
    for (RequestState state : RequestState.values()) {
      long n = year.requests().stream().filter(r -> r.state() == state).count();
      if (n > 0) {
        outcomes.put(state.name(), n);
      }
    }
    return outcomes;
  }

  private Map<UnitId, GridId> gridOfUnit() {
    Map<UnitId, GridId> gridOfUnit = new HashMap<>();
    year.plan().grids().forEach(g -> g.units().forEach(u -> gridOfUnit.put(u, g.id())));
    return gridOfUnit;
  }

  private static String tierName(Tier tier) {
    return switch (tier) {
      case VILLAGE_GRID -> "village grid";
      case DISTRICT_GRID -> "district grid";
      case TOWNSHIP_OFFICE -> "township office";
      case COUNTY_OFFICE -> "county office";
      case DEPARTMENT -> "department";
    };
  }

  private void open(String id, String title) {
    out.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(title)).append("</h2>\n");
  }

  private void close() {
    out.append("</section>\n");
  }

  private void card(String label, long value) {
    out.append("<div class=\"card\"><b>").append(String.format(Locale.ROOT, "%,d", value)).append("</b><span>")
        .append(esc(label)).append("</span></div>\n");
  }

  private void row(Object... cells) {
    out.append("<tr>");
    for (int i = 0; i < cells.length; i++) {
      Object cell = cells[i];
      out.append(i > 0 ? "<td class=\"n\">" : "<td>")
          .append(esc(String.valueOf(cell))).append("</td>");
    }
    out.append("</tr>\n");
  }

  private static String bar(double share) {
    double clamped = Math.max(0, Math.min(1, share));
    return "<span class=\"bar\"><span style=\"width:" + String.format(Locale.ROOT, "%.1f", clamped * 100)
        + "%\"></span></span> " + percent(clamped);
  }

  private static String heat(int count, int max) {
    if (count == 0) {
      return "#ffffff";
    }
    double t = Math.sqrt(count / (double) max);
    int g = (int) Math.round(235 - 150 * t);
    int b = (int) Math.round(220 - 170 * t);
    return String.format(Locale.ROOT, "#%02x%02x%02x", 250, g, b);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  private static String fixed(double value, int places) {
    return String.format(Locale.ROOT, "%." + places + "f", value);
  }

  private static String points(BigDecimal total) {
    return total.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String esc(String text) {
    return Html.escape(text);
  }

  private static final String CSS = """
      body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",sans-serif;margin:0;
        color:#1d1d1f;background:#f4f2ee}
      header{background:#23395d;color:#fff;padding:16px 28px}
      header h1{margin:0 0 6px;font-size:22px}
      header p{margin:0 0 8px;opacity:.85;font-size:13px}
      nav a{color:#cfe0ff;margin-right:12px;font-size:13px}
      main{padding:8px 28px 40px;max-width:1280px}
      section{background:#fff;border-radius:6px;padding:12px 18px 18px;margin:16px 0;box-shadow:0 1px 2px #0002}
      h2{font-size:18px;margin:4px 0 10px;color:#23395d}
      h3{font-size:14px;margin:14px 0 6px}
      table{border-collapse:collapse;font-size:12px;margin:4px 0}
      th,td{border-bottom:1px solid #e4e1da;padding:3px 8px;text-align:left;vertical-align:middle}
      th{background:#f0ede7;font-weight:600}
      td.n{text-align:right;font-variant-numeric:tabular-nums}
      tr.total td{font-weight:600}
      .muted{color:#666;font-size:12px}
      .cards{display:flex;flex-wrap:wrap;gap:8px}
      .card{background:#f0ede7;border-radius:5px;padding:8px 12px;min-width:110px}
      .card b{display:block;font-size:20px}
      .card span{font-size:12px;color:#555}
      .bar{display:inline-block;width:120px;height:10px;background:#e4e1da;border-radius:3px;vertical-align:middle}
      .bar span{display:block;height:10px;background:#4e79a7;border-radius:3px}
      table.heat td{min-width:22px;text-align:center}
      table.scorecards td .muted{font-size:11px}
      table.scorecards td:nth-child(2){white-space:nowrap}
      .two{display:flex;flex-wrap:wrap;gap:28px}
      figure{margin:0;overflow-x:auto}
      svg{max-width:100%;height:auto}
      """;
}
