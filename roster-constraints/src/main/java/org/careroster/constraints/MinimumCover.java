package org.careroster.constraints;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.util.ArrayList;
import java.util.List;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Assignment;
import org.careroster.core.CoverRequirement;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.variables.BoolVar;

/**
 * Minimum cover from the staffing plan (bemanningsplan): each shift has at least as many people as
 * each of its {@link CoverRequirement}s asks for, counting only those the requirement counts (the
 * right role, competences valid that day, formal health education if asked).
 */
final class MinimumCover extends BaseRule {

  static final String ID = "minimum-cover";
  static final String SOURCE = "staffing plan (bemanningsplan)";

  MinimumCover() {
    super(ID, Severity.HARD);
  }

  @Override
  public ImmutableList<Violation> check(Problem problem, Roster roster) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    ImmutableListMultimap<String, Assignment> bySlot =
        Multimaps.index(roster.assignments(), a -> a.shift() + "@" + a.date());
    for (CoverRequirement cover : problem.coverRequirements()) {
      int staffed = 0;
      for (Assignment a : bySlot.get(cover.shift() + "@" + cover.date())) {
        if (problem.findEmployee(a.employee())
                .map(e -> problem.counts(cover.requirement(), e, cover.date()))
                .orElse(false)) {
          staffed++;
        }
      }
      if (staffed < cover.minimum()) {
        violations.add(
            Violation.builder()
                .ruleId(ID)
                .severity(severity())
                .date(cover.date())
                .shift(cover.shift())
                .measured(staffed)
                .limit(cover.minimum())
                .measure(Measure.PEOPLE)
                .penalty(cover.minimum() - staffed)
                .source(SOURCE)
                .message(
                    String.format(
                        "%s on %s has %d %s; the staffing plan needs %s.",
                        cover.shift(),
                        cover.date(),
                        staffed,
                        staffed == 1 ? "person who counts" : "people who count",
                        cover))
                .build());
      }
    }
    return violations.build();
  }

  @Override
  public void post(RosterModel model) {
    Problem problem = model.problem();
    int employees = problem.employees().size();
    for (CoverRequirement cover : problem.coverRequirements()) {
      if (cover.minimum() == 0) {
        continue;
      }
      int day = problem.horizon().indexOf(cover.date());
      int type = model.shiftTypeIndex(cover.shift());
      List<BoolVar> working = new ArrayList<>();
      for (int e = 0; e < employees; e++) {
        if (problem.counts(cover.requirement(), problem.employees().get(e), cover.date())) {
          working.add(model.works(e, day, type));
        }
      }
      String subject = cover.shift() + "@" + cover.date() + who(cover);
      Constraint constraint =
          model.chocoModel().sum(working.toArray(new BoolVar[0]), ">=", cover.minimum());
      constraint.setName(model.name(ID, subject));
      constraint.post();
    }
  }

  private static String who(CoverRequirement cover) {
    if (cover.requirement().countsEveryone()) {
      return "";
    }
    List<String> parts = new ArrayList<>(cover.roles());
    if (cover.requirement().formalHealthEducation()) {
      parts.add("formal-education");
    }
    parts.addAll(cover.requirement().competences());
    return ":" + String.join("+", parts);
  }

  @Override
  public String toString() {
    return ID;
  }
}
