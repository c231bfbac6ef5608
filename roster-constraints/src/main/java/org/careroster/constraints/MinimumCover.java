package org.careroster.constraints;

import com.google.common.collect.ImmutableList;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.CoverRequirement;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.variables.BoolVar;

/**
 * Minimum cover from the staffing plan (bemanningsplan): each shift has at least as many people as
 * its {@link CoverRequirement} asks for.
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
    for (CoverRequirement cover : problem.coverRequirements()) {
      int staffed = roster.count(cover.date(), cover.shift());
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
                        "%s on %s has %d %s; the staffing plan needs at least %d.",
                        cover.shift(),
                        cover.date(),
                        staffed,
                        staffed == 1 ? "person" : "people",
                        cover.minimum()))
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
      BoolVar[] working = new BoolVar[employees];
      for (int e = 0; e < employees; e++) {
        working[e] = model.works(e, day, type);
      }
      Constraint constraint = model.chocoModel().sum(working, ">=", cover.minimum());
      constraint.setName(model.name(ID, cover.shift() + "@" + cover.date()));
      constraint.post();
    }
  }

  @Override
  public String toString() {
    return ID;
  }
}
