package org.careroster.constraints.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.internal.Encodings;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.CoverRequirement;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.IntVar;
import org.immutables.value.Value;

/**
 * Minimum cover from the staffing plan (bemanningsplan): each shift has at least as many people as
 * each of its {@link CoverRequirement}s asks for, counting only those the requirement counts (the
 * right role, competences valid that day, formal health education if asked).
 */
@Value.Immutable(singleton = true, builder = false)
@JsonTypeName(MinimumCover.ID)
@JsonSerialize(as = ImmutableMinimumCover.class)
@JsonDeserialize(as = ImmutableMinimumCover.class)
public abstract class MinimumCover extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "minimum-cover";

  static final String SOURCE = "staffing plan (bemanningsplan)";

  MinimumCover() {}

  /** The rule, hard. */
  public static MinimumCover of() {
    return ImmutableMinimumCover.of();
  }

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another severity. */
  public abstract MinimumCover withSeverity(Severity severity);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /** The staffing plan (bemanningsplan). */
  @JsonIgnore
  @Override
  public final String source() {
    return SOURCE;
  }


  /** How many of those working {@code cover}'s shift on its date the requirement counts. */
  public static int staffed(RosterView view, CoverRequirement cover) {
    int staffed = 0;
    for (WorkedShift worked : view.on(cover.date(), cover.shift())) {
      if (view.problem().counts(cover.requirement(), worked.employee(), cover.date())) {
        staffed++;
      }
    }
    return staffed;
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (CoverRequirement cover : view.problem().coverRequirements()) {
      int staffed = staffed(view, cover);
      if (staffed < cover.minimum()) {
        violations.add(
            violation()
                .date(cover.date())
                .shift(cover.shift())
                .measured(staffed)
                .limit(cover.minimum())
                .measure(Measure.PEOPLE)
                .penalty(cover.minimum() - staffed)
                .message(
                    String.format(
                        Locale.ROOT,
                        "%s on %s has %d %s; the staffing plan needs %s.",
                        cover.shift(),
                        cover.date(),
                        staffed,
                        staffed == 1 ? "person who counts" : "people who count",
                        cover))
                .messageNynorsk(
                    String.format(
                        Locale.ROOT,
                        "%s %s har %d som tel; bemanningsplanen krev minst %d (%s).",
                        cover.shift(), cover.date(), staffed, cover.minimum(), cover))
                .build());
      }
    }
    return violations.build();
  }

  @Override
  public void post(RosterModel model) {
    Model choco = model.chocoModel();
    for (CoverRequirement cover : model.problem().coverRequirements()) {
      if (cover.minimum() == 0) {
        continue;
      }
      String subject = Encodings.coverSubject(cover);
      IntVar staffed = Encodings.staffed(model, cover);
      if (severity().isHard()) {
        Encodings.post(this, model, subject, choco.arithm(staffed, ">=", cover.minimum()));
      } else {
        // Soft: the penalty is exactly the people missing, max(0, minimum - staffed).
        IntVar missing = choco.intVar(model.name(ID, subject), 0, cover.minimum(), true);
        choco.max(missing, choco.intVar(0), choco.intOffsetView(choco.intMinusView(staffed), cover.minimum())).post();
        model.addPenalty(ID, missing, severity().weight());
      }
    }
  }
}
