package org.careroster.constraints.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.internal.Encodings;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.CoverRequirement;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.IntVar;
import org.immutables.value.Value;

/**
 * Preferred cover from the staffing plan (bemanningsplan): each shift has as many people as each of
 * its {@link CoverRequirement}s prefers ({@link CoverRequirement#preferred()}), counting only those
 * the requirement counts, as {@link MinimumCover} does. Soft: each person missing below the
 * preferred number costs the weight. A requirement without a preferred number prefers its minimum,
 * so it adds nothing to {@link MinimumCover}.
 *
 * <pre>{@code
 * Rule preferred = PreferredCover.of().withSeverity(Severity.soft(5));
 * }</pre>
 */
@Value.Immutable(singleton = true, builder = false)
@JsonTypeName(PreferredCover.ID)
@JsonSerialize(as = ImmutablePreferredCover.class)
@JsonDeserialize(as = ImmutablePreferredCover.class)
public abstract class PreferredCover extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "preferred-cover";

  PreferredCover() {}

  /** The rule, soft with weight 1 per missing person. */
  public static PreferredCover of() {
    return ImmutablePreferredCover.of();
  }

  /** Soft with weight 1 per missing person unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.soft(1);
  }

  /** A copy with another severity. */
  public abstract PreferredCover withSeverity(Severity severity);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /** The staffing plan (bemanningsplan). */
  @JsonIgnore
  @Override
  public final String source() {
    return MinimumCover.SOURCE;
  }


  /**
   * For each cover requirement with a preferred number: soft, a penalty {@code max(0, preferred −
   * staffed)} over the sum of the counted people's {@code works} variables; hard, {@code staffed ≥
   * preferred}.
   */
  @Override
  public void post(RosterModel model) {
    Model choco = model.chocoModel();
    for (CoverRequirement cover : model.problem().coverRequirements()) {
      int preferred = cover.preferred();
      if (preferred <= 0) {
        continue;
      }
      IntVar staffed = Encodings.staffed(model, cover);
      String subject = Encodings.coverSubject(cover);
      if (severity().isHard()) {
        Encodings.post(this, model, subject, choco.arithm(staffed, ">=", preferred));
      } else {
        IntVar shortfall = choco.intVar(model.name(ID, subject), 0, preferred, true);
        choco.max(shortfall, choco.intVar(0), choco.intMinusView(choco.intOffsetView(staffed, -preferred))).post();
        model.addPenalty(ID, shortfall, severity().weight());
      }
    }
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (CoverRequirement cover : view.problem().coverRequirements()) {
      int staffed = MinimumCover.staffed(view, cover);
      int preferred = cover.preferred();
      if (staffed < preferred) {
        violations.add(
            violation()
                .date(cover.date())
                .shift(cover.shift())
                .measured(staffed)
                .limit(preferred)
                .measure(Measure.PEOPLE)
                .penalty(preferred - staffed)
                .message(
                    String.format(
                        Locale.ROOT,
                        "%s on %s has %d %s%s; the staffing plan prefers %d (%s).",
                        cover.shift(),
                        cover.date(),
                        staffed,
                        staffed == 1 ? "person who counts" : "people who count",
                        CoverText.who(cover.requirement()),
                        preferred,
                        source()))
                .messageNynorsk(
                    String.format(
                        Locale.ROOT,
                        "%s %s har %d som tel%s; bemanningsplanen ønskjer %d (%s).",
                        cover.shift(),
                        cover.date(),
                        staffed,
                        CoverText.whoNn(cover.requirement()),
                        preferred,
                        source()))
                .build());
      }
    }
    return violations.build();
  }
}
