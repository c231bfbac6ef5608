package org.careroster.constraints.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
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
 * Maximum cover from the staffing plan (bemanningsplan): a shift whose {@link CoverRequirement}
 * caps the number of people ({@link CoverRequirement#maximum()}) has no more of those the
 * requirement counts than the cap, counted as {@link MinimumCover} does. Soft: each person above
 * the cap costs the weight (10 by default, so overstaffing weighs more than a missed preference).
 *
 * <pre>{@code
 * Rule maximum = MaximumCover.of().withSeverity(Severity.HARD);
 * }</pre>
 */
@Value.Immutable(singleton = true, builder = false)
@JsonTypeName(MaximumCover.ID)
@JsonSerialize(as = ImmutableMaximumCover.class)
@JsonDeserialize(as = ImmutableMaximumCover.class)
public abstract class MaximumCover extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "maximum-cover";

  MaximumCover() {}

  /** The rule, soft with weight 10 per person too many. */
  public static MaximumCover of() {
    return ImmutableMaximumCover.of();
  }

  /** Soft with weight 10 per person too many unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.soft(10);
  }

  /** A copy with another severity. */
  public abstract MaximumCover withSeverity(Severity severity);

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
   * For each cover requirement with a maximum: soft, a penalty {@code max(0, staffed − maximum)}
   * over the sum of the counted people's {@code works} variables; hard, {@code staffed ≤ maximum}.
   */
  @Override
  public void post(RosterModel model) {
    Model choco = model.chocoModel();
    for (CoverRequirement cover : model.problem().coverRequirements()) {
      if (cover.maximum().isEmpty()) {
        continue;
      }
      int maximum = cover.maximum().get();
      IntVar staffed = Encodings.staffed(model, cover);
      if (staffed.getUB() <= maximum) {
        continue; // too few people count to go above it
      }
      String subject = Encodings.coverSubject(cover);
      if (severity().isHard()) {
        Encodings.post(this, model, subject, choco.arithm(staffed, "<=", maximum));
      } else {
        IntVar excess = choco.intVar(model.name(ID, subject), 0, staffed.getUB() - maximum, true);
        choco.max(excess, choco.intVar(0), choco.intOffsetView(staffed, -maximum)).post();
        model.addPenalty(ID, excess, severity().weight());
      }
    }
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (CoverRequirement cover : view.problem().coverRequirements()) {
      Optional<Integer> cap = cover.maximum();
      if (cap.isEmpty()) {
        continue;
      }
      int maximum = cap.get();
      int staffed = MinimumCover.staffed(view, cover);
      if (staffed > maximum) {
        violations.add(
            violation()
                .date(cover.date())
                .shift(cover.shift())
                .measured(staffed)
                .limit(maximum)
                .measure(Measure.PEOPLE)
                .penalty(staffed - maximum)
                .message(
                    String.format(
                        Locale.ROOT,
                        "%s on %s has %d people who count%s; the staffing plan allows at most %d"
                            + " (%s).",
                        cover.shift(),
                        cover.date(),
                        staffed,
                        CoverText.who(cover.requirement()),
                        maximum,
                        source()))
                .messageNynorsk(
                    String.format(
                        Locale.ROOT,
                        "%s %s har %d som tel%s; bemanningsplanen tillèt høgst %d (%s).",
                        cover.shift(),
                        cover.date(),
                        staffed,
                        CoverText.whoNn(cover.requirement()),
                        maximum,
                        source()))
                .build());
      }
    }
    return violations.build();
  }
}
