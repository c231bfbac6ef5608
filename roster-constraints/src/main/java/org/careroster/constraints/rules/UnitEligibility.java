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
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Employee;
import org.immutables.value.Value;

/**
 * Unit eligibility: an assignment that names a unit ({@link org.careroster.core.Assignment#unit()})
 * names one the employee may work in: their home unit or one of their other units ({@link
 * Employee#mayWorkIn}). An assignment without a unit is worked in the home unit and always keeps
 * the rule. Hard.
 *
 * <pre>{@code
 * Rule units = UnitEligibility.of();
 * }</pre>
 */
@Value.Immutable(singleton = true, builder = false)
@JsonTypeName(UnitEligibility.ID)
@JsonSerialize(as = ImmutableUnitEligibility.class)
@JsonDeserialize(as = ImmutableUnitEligibility.class)
public abstract class UnitEligibility extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "unit-eligibility";

  UnitEligibility() {}

  /** The rule, hard. */
  public static UnitEligibility of() {
    return ImmutableUnitEligibility.of();
  }

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another severity. */
  public abstract UnitEligibility withSeverity(Severity severity);

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
   * Encoded in either severity by posting nothing: the solver assigns shifts, not units, so every
   * roster it returns has assignments without a unit, which this rule accepts.
   */

  /** Posts nothing: the solver's assignments name no unit (see the package-private {@code encoded()}). */
  @Override
  public void post(RosterModel model) {}

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (Employee employee : view.problem().employees()) {
      for (WorkedShift shift : view.shiftsOf(employee)) {
        String unit = shift.assignment().unit().orElse(null);
        if (unit == null || employee.mayWorkIn(unit)) {
          continue;
        }
        String allowed = allowedUnits(employee);
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
                        "%s works %s on %s in unit %s, which is not one of their units (%s) (%s).",
                        employee.id(),
                        shift.type().code(),
                        shift.date(),
                        unit,
                        allowed.isEmpty() ? "none" : allowed,
                        source()))
                .messageNynorsk(
                    String.format(
                        Locale.ROOT,
                        "%s har %s %s i eininga %s, som ikkje er ei av einingane til %s (%s) (%s).",
                        employee.id(),
                        shift.type().code(),
                        shift.date(),
                        unit,
                        employee.id(),
                        allowed.isEmpty() ? "ingen" : allowed,
                        source()))
                .build());
      }
    }
    return violations.build();
  }

  /** The home unit first, then the others, comma-separated. */
  private static String allowedUnits(Employee employee) {
    ImmutableList.Builder<String> units = ImmutableList.builder();
    employee.homeUnit().ifPresent(units::add);
    units.addAll(employee.otherUnits());
    return String.join(", ", units.build());
  }
}
