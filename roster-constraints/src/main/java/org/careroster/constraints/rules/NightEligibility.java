package org.careroster.constraints.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.internal.Encodings;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.ShiftCategory;
import org.chocosolver.solver.variables.BoolVar;
import org.immutables.value.Value;

/**
 * Night eligibility: an employee exempt from nights ({@link Employee#worksNights()} false) works no
 * shift of category {@link ShiftCategory#NIGHT}. Only the category counts: an evening shift
 * reaching into the night window is not a night shift here. Hard.
 *
 * <pre>{@code
 * Rule nights = NightEligibility.of();
 * }</pre>
 */
@Value.Immutable(singleton = true, builder = false)
@JsonTypeName(NightEligibility.ID)
@JsonSerialize(as = ImmutableNightEligibility.class)
@JsonDeserialize(as = ImmutableNightEligibility.class)
public abstract class NightEligibility extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "night-eligibility";

  NightEligibility() {}

  /** The rule, hard. */
  public static NightEligibility of() {
    return ImmutableNightEligibility.of();
  }

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another severity. */
  public abstract NightEligibility withSeverity(Severity severity);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /** The employment contract. */
  @JsonIgnore
  @Override
  public final String source() {
    return "employment contract";
  }


  /**
   * For each employee who does not work nights: hard, a named {@code notMember} of the NIGHT
   * values per day; soft, each night shift's {@code works} variable costs 1.
   */
  @Override
  public void post(RosterModel model) {
    Problem problem = model.problem();
    int[] nights = Encodings.types(model, t -> t.category() == ShiftCategory.NIGHT);
    if (nights.length == 0) {
      return;
    }
    int[] values = IntStream.of(nights).map(s -> s + 1).toArray();
    for (int e = 0; e < model.employees(); e++) {
      Employee employee = problem.employees().get(e);
      if (employee.worksNights()) {
        continue;
      }
      List<BoolVar> worked = new ArrayList<>();
      for (int d = 0; d < model.days(); d++) {
        if (severity().isHard()) {
          Encodings.post(
              this,
              model,
              employee.id() + "@" + problem.horizon().dates().get(d),
              model.chocoModel().notMember(model.shift(e, d), values));
        } else {
          for (int s : nights) {
            worked.add(model.works(e, d, s));
          }
        }
      }
      if (!severity().isHard()) {
        Encodings.addPenalty(this, model, employee.id(), worked, null);
      }
    }
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (Employee employee : view.problem().employees()) {
      if (employee.worksNights()) {
        continue;
      }
      for (WorkedShift shift : view.shiftsOf(employee)) {
        if (shift.type().category() != ShiftCategory.NIGHT) {
          continue;
        }
        violations.add(
            violation()
                .employee(employee.id())
                .date(shift.date())
                .shift(shift.type().code())
                .measured(1)
                .limit(0)
                .measure(Measure.COUNT)
                .penalty(1)
                .message(
                    String.format(
                        Locale.ROOT,
                        "%s works night shift %s on %s (starts %s) but is exempt from nights; 0"
                            + " night shifts are allowed (%s).",
                        employee.id(),
                        shift.type().code(),
                        shift.date(),
                        shift.start().toLocalTime(),
                        source()))
                .messageNynorsk(
                    String.format(
                        Locale.ROOT,
                        "%s har nattevakta %s %s (byrjar %s), men er friteken for nattarbeid; 0"
                            + " nattevakter er lov (%s).",
                        employee.id(),
                        shift.type().code(),
                        shift.date(),
                        shift.start().toLocalTime(),
                        source()))
                .build());
      }
    }
    return violations.build();
  }
}
