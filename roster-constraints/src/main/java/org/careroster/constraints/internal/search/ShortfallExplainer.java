package org.careroster.constraints.internal.search;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careroster.constraints.Infeasibility;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.Severity;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.Violation;
import org.careroster.constraints.internal.ChocoRosterModel;
import org.careroster.constraints.internal.search.SearchPhases.Attempt;
import org.careroster.constraints.rules.MinimumCover;
import org.careroster.core.Assignment;
import org.careroster.core.CoverRequirement;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.constraints.Constraint;

/**
 * Why a solve found no lawful roster: the cover shortfalls of a search with cover relaxed, what
 * keeps each person who counts from filling them, and on small models a minimal conflicting set
 * of named constraints.
 */
final class ShortfallExplainer {

  /** Weight of a missing person when cover may fall short to explain infeasibility. */
  private static final int RELAXED_COVER_WEIGHT = 1000;

  /** Shortfalls described in words; the rest are only counted. */
  private static final int MAX_REASONS = 10;

  /** Largest model (employees × days) on which the minimal conflicting set is searched for. */
  private static final int CONFLICT_SET_CELLS = 400;

  private ShortfallExplainer() {}

  /**
   * Why no roster keeps the hard rules: solve again with cover allowed to fall short at a high
   * cost, and for each shortfall say what keeps each person who counts from filling it; on small
   * models also ask Choco for a minimal conflicting set of named constraints.
   */
  static Infeasibility explain(SolveSetup setup, Deadline deadline, boolean proven) {
    Infeasibility.Builder explanation = Infeasibility.builder().proven(proven);
    deadline.limit().ifPresent(explanation::limit);
    Optional<Rule> cover = setup.rules.rule(MinimumCover.ID);
    boolean explained = false;
    if (cover.isPresent() && cover.get().severity().isHard() && cover.get() instanceof MinimumCover) {
      RuleSet relaxed =
          setup.rules.with(((MinimumCover) cover.get()).withSeverity(Severity.soft(RELAXED_COVER_WEIGHT)));
      // The relaxed search shares the caller's time limit: what is left of it, but at least a tenth.
      Attempt attempt = SearchPhases.attempt(
          setup, relaxed, setup.options.seed(), new BestTracker(Optional.empty()), deadline.leftOrTenth());
      if (attempt.found) {
        explained = describeShortfalls(setup, relaxed, attempt.roster, explanation);
      }
    }
    if (!explained) {
      explanation.addReasons(
          proven
              ? "No roster keeps the hard rules even when cover may fall short: the conflict is between"
                  + " other rules (pinned or fixed assignments, availability, sequences)."
              : "No lawful roster was found even when cover may fall short, and the search was not"
                  + " finished: the conflict may be between other rules (pinned or fixed assignments,"
                  + " availability, sequences), or the search needs more time.");
    }
    int cells = setup.problem.employees().size() * setup.problem.horizon().days();
    if (!explained && cells <= CONFLICT_SET_CELLS) {
      explanation.addAllConflictingConstraints(conflictSet(setup, deadline));
    }
    return explanation.build();
  }

  /** Adds one reason per cover shortfall of {@code roster}; false if it has none. */
  private static boolean describeShortfalls(
      SolveSetup setup, RuleSet relaxed, Roster roster, Infeasibility.Builder explanation) {
    Problem problem = setup.problem;
    RosterView view = RosterView.of(problem, roster);
    RuleSet hard = setup.rules.hardOnly();
    Set<String> before = keys(RosterValidator.validate(problem, roster, hard));
    boolean any = false;
    int shortfalls = 0;
    List<String> certain = new ArrayList<>();
    List<String> searched = new ArrayList<>();
    for (Violation v : RosterValidator.validate(problem, roster, relaxed).violations()) {
      if (v.ruleId().equals(MinimumCover.ID)) {
        explanation.addUnmetDemands(v);
      }
    }
    for (CoverRequirement requirement : problem.coverRequirements()) {
      int staffed = MinimumCover.staffed(view, requirement);
      if (staffed >= requirement.minimum()) {
        continue;
      }
      any = true;
      long counted =
          problem.employees().stream()
              .filter(e -> problem.counts(requirement.requirement(), e, requirement.date()))
              .count();
      if (counted < requirement.minimum()) {
        certain.add(
            String.format(
                Locale.ROOT,
                "%s on %s needs %s but only %d %s for it at all (role, competence,"
                    + " education).",
                requirement.shift(), requirement.date(), needs(requirement), counted,
                counted == 1 ? "employee counts" : "employees count"));
        continue;
      }
      if (++shortfalls > MAX_REASONS) {
        continue;
      }
      // Per person who counts: the hard rules moving them onto the shift would newly break.
      Map<String, List<String>> detail = new LinkedHashMap<>();
      for (Employee candidate : problem.employees()) {
        if (!problem.counts(requirement.requirement(), candidate, requirement.date())
            || view.on(requirement.date(), requirement.shift()).stream()
                .anyMatch(w -> w.employee().id().equals(candidate.id()))) {
          continue;
        }
        Roster moved = move(roster, candidate.id(), requirement.date(), requirement.shift());
        List<Violation> reasons = new ArrayList<>();
        for (Violation v : RosterValidator.validate(problem, moved, hard).violations()) {
          if (!before.contains(key(v)) && !(v.ruleId().equals(MinimumCover.ID)
              && v.date().equals(requirement.date()) && v.shift().orElse("").equals(requirement.shift()))) {
            reasons.add(v);
          }
        }
        detail.put(candidate.id(), reasons.stream().map(v -> v.ruleId() + " (" + v.message() + ")").toList());
      }
      searched.add(
          String.format(
              Locale.ROOT,
              "%s on %s needs %s but the best roster found staffs %d%s",
              requirement.shift(),
              requirement.date(),
              needs(requirement),
              staffed,
              detail.isEmpty()
                  ? "; nobody else counts for it (role, competence or education)."
                  : ": " + blockers(detail) + "."));
    }
    // Demand above the people who count is certain; the rest depends on how far the search got.
    explanation.addAllReasons(certain).addAllReasons(searched);
    if (shortfalls > MAX_REASONS) {
      explanation.addReasons(
          (shortfalls - MAX_REASONS) + " more shortfalls are left out; unmetDemands() lists them all.");
    }
    return any;
  }

  /**
   * What keeps each candidate off the shift: for up to three candidates the rules they would
   * break in full ("E1 would break daily-rest (E1 rests ...)"), for more the candidates grouped by
   * rule ("weekend-frequency: S2, S3, H1; daily-rest: S1").
   */
  private static String blockers(Map<String, List<String>> detail) {
    List<String> free = new ArrayList<>();
    if (detail.size() <= 3) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, List<String>> candidate : detail.entrySet()) {
        List<String> reasons = candidate.getValue();
        parts.add(
            candidate.getKey()
                + (reasons.isEmpty()
                    ? " could (the search stopped before finding that roster)"
                    : " would break " + String.join("; and ", reasons.subList(0, Math.min(2, reasons.size())))));
      }
      return String.join(". ", parts);
    }
    Map<String, List<String>> byRule = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> candidate : detail.entrySet()) {
      if (candidate.getValue().isEmpty()) {
        free.add(candidate.getKey());
      }
      Set<String> rules = new LinkedHashSet<>();
      for (String reason : candidate.getValue()) {
        rules.add(reason.substring(0, reason.indexOf(' ')));
      }
      for (String rule : rules) {
        byRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(candidate.getKey());
      }
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<String>> rule : byRule.entrySet()) {
      parts.add(rule.getKey() + ": " + String.join(", ", rule.getValue()));
    }
    String grouped = "each person who counts would break " + String.join("; ", parts);
    return free.isEmpty()
        ? grouped
        : grouped + "; " + String.join(", ", free) + " could (the search stopped before finding that roster)";
  }

  /** "2 nurses", "1 person with medication-delegation", "3 people with formal health education". */
  private static String needs(CoverRequirement cover) {
    int n = cover.minimum();
    StringBuilder who = new StringBuilder().append(n).append(' ');
    if (cover.roles().isEmpty()) {
      who.append(n == 1 ? "person" : "people");
    } else {
      who.append(String.join(" or ", cover.roles().stream().map(r -> n == 1 ? r : r + "s").toList()));
    }
    if (!cover.requirement().competences().isEmpty()) {
      who.append(" with ").append(String.join(" and ", cover.requirement().competences()));
    }
    if (cover.requirement().formalHealthEducation()) {
      who.append(" with formal health education");
    }
    return who.toString();
  }

  private static Set<String> keys(ValidationReport report) {
    Set<String> keys = new HashSet<>();
    for (Violation v : report.violations()) {
      keys.add(key(v));
    }
    return keys;
  }

  private static String key(Violation v) {
    return v.ruleId() + "|" + v.employee().orElse("") + "|" + v.date() + "|" + v.shift().orElse("") + "|" + v.measured();
  }

  /** {@code roster} with the employee working {@code shift} on {@code date} instead of their day's shifts. */
  private static Roster move(Roster roster, String employee, LocalDate date, String shift) {
    ImmutableList.Builder<Assignment> assignments = ImmutableList.builder();
    for (Assignment a : roster.assignments()) {
      if (!(a.employee().equals(employee) && a.date().equals(date))) {
        assignments.add(a);
      }
    }
    assignments.add(Assignment.of(employee, date, shift));
    return Roster.of(assignments.build());
  }

  /** Names of a minimal set of named constraints that cannot hold together, or empty. */
  private static List<String> conflictSet(SolveSetup setup, Deadline solve) {
    ChocoRosterModel rosterModel = setup.build(setup.rules);
    Model model = rosterModel.chocoModel();
    List<Constraint> named = new ArrayList<>();
    for (Constraint c : model.getCstrs()) {
      if (c.getName() != null && c.getName().contains("[")) {
        named.add(c);
      }
    }
    // QuickXPlain solves many times over: one deadline for all of them, a tenth of the caller's
    // limit (at least a second); a search cut short proves nothing, so then no set is named.
    Deadline deadline = solve.tenthFromNow(Duration.ofSeconds(1));
    model.getSolver().addStopCriterion(deadline::passed);
    setup.options.maxNodes().ifPresent(model.getSolver()::limitNode);
    List<String> names = new ArrayList<>();
    for (Constraint c : model.getSolver().findMinimumConflictingSet(named)) {
      names.add(c.getName());
    }
    if (deadline.passed() || model.getSolver().isStopCriterionMet()) {
      return List.of();
    }
    return names;
  }
}
