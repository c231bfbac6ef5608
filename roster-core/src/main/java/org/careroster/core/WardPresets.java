package org.careroster.core;

import static org.careroster.core.Checks.checkNotBlank;
import static org.careroster.core.Checks.exactDecimal;
import static org.careroster.core.Checks.require;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;

/**
 * Conveniences for the shift types and staff that most Norwegian care wards plan with (RULES.md
 * §5.1): the day, evening and night shifts and the weekend long shift, the usual full-time weekly
 * hours, and an employee built from role, position percent and the unit's full-time hours.
 *
 * <pre>{@code
 * Problem problem = Problem.builder()
 *     .horizon(PlanningHorizon.cyclic(LocalDate.of(2027, 1, 4), 6))
 *     .addAllRoles(Role.STANDARD)
 *     .addAllShiftTypes(WardPresets.THREE_SHIFTS)
 *     .addShiftType(WardPresets.WEEKEND_LONG_DAY)
 *     .addEmployee(WardPresets.employee("E1", "Kari Nordmann", Role.NURSE, 62.91,
 *         WardPresets.ROTA_WEEKLY_HOURS, ContractType.PERMANENT).weekendFrequency(3).build())
 *     ...
 * }</pre>
 *
 * <p>These are conveniences, not defaults: nothing in careroster uses them unless you do, and
 * nothing is filled in that you did not pass. A ward whose shifts start at other times builds its
 * own with {@link ShiftType#builder()}; the employee method asks for the unit's full-time hours and
 * the contract type rather than assuming 35.5 h and a permanent position, and it checks its
 * arguments at once, throwing an {@link InvalidModelException} that names the field and the value.
 */
public final class WardPresets {

  /** Day shift (dagvakt) {@code D}, 07:30–15:00. */
  public static final ShiftType DAY =
      shift("D", LocalTime.of(7, 30), Duration.ofMinutes(450), ShiftCategory.DAY);

  /** Evening shift (aftenvakt) {@code A}, 14:30–22:00. */
  public static final ShiftType EVENING =
      shift("A", LocalTime.of(14, 30), Duration.ofMinutes(450), ShiftCategory.EVENING);

  /**
   * Night shift (nattevakt) {@code N}, 21:45–07:45 the next morning: 10 hours, so it needs an
   * averaging agreement or a 4-week average within the night-work limit (RULES.md §1.8).
   */
  public static final ShiftType NIGHT =
      shift("N", LocalTime.of(21, 45), Duration.ofHours(10), ShiftCategory.NIGHT);

  /**
   * Weekend long shift (langvakt) {@code LD}, 08:00–20:30: 12.5 hours, which needs an aml § 10-5 (2)
   * agreement and each person's consent ({@link Employee#acceptsLongShifts()}).
   */
  public static final ShiftType WEEKEND_LONG_DAY =
      shift("LD", LocalTime.of(8, 0), Duration.ofMinutes(750), ShiftCategory.LONG);

  /** {@link #DAY}, {@link #EVENING} and {@link #NIGHT}, in that order. */
  public static final ImmutableList<ShiftType> THREE_SHIFTS = ImmutableList.of(DAY, EVENING, NIGHT);

  /** Full-time weekly hours in day work: 37.5. */
  public static final double DAY_WORK_WEEKLY_HOURS = 37.5;

  /** Full-time weekly hours in rota work (turnus) under the tariff: 35.5. */
  public static final double ROTA_WEEKLY_HOURS = 35.5;

  /** Full-time weekly hours in fully continuous or comparable rota work: 33.6. */
  public static final double CONTINUOUS_ROTA_WEEKLY_HOURS = 33.6;

  private WardPresets() {}

  /**
   * A builder for an employee with the given id, name, role, position size, full-time weekly hours
   * of the person's unit and contract type, all set; add competences, units, weekend frequency and
   * the rest before {@code build()}. The arguments are checked now, as {@link Employee} would check
   * them, so a mistake fails here and not at a later {@code build()}.
   *
   * @param id stable id, unique within the problem, e.g. {@code "E7"}
   * @param name display name
   * @param role the role the person is employed in, e.g. {@link Role#NURSE}
   * @param positionPercent position size in percent of full time, from 0 to 100, kept exactly as
   *     written (62.91 stays 62.91)
   * @param fullTimeWeeklyHours weekly hours of a 100 % position in the unit, e.g. {@link
   *     #ROTA_WEEKLY_HOURS}; more than 0 and at most 40
   * @param contractType how the person is employed
   * @return a builder with these six attributes set (each may be set only once)
   * @throws InvalidModelException naming the field and the value if an argument is missing, blank
   *     or out of range
   */
  public static Employee.Builder employee(
      String id,
      String name,
      Role role,
      double positionPercent,
      double fullTimeWeeklyHours,
      ContractType contractType) {
    require(id != null, "Employee", "id", null, "must be given");
    checkNotBlank(id, "Employee", "id");
    String subject = "Employee " + id;
    require(name != null, subject, "name", null, "must be given");
    checkNotBlank(name, subject, "name");
    require(role != null, subject, "role", null, "must be given");
    require(contractType != null, subject, "contractType", null, "must be given");
    BigDecimal percent = exactDecimal(positionPercent, subject, "positionPercent");
    Employee.checkPositionPercent(percent, subject);
    BigDecimal hours = exactDecimal(fullTimeWeeklyHours, subject, "fullTimeWeeklyHours");
    Employee.checkFullTimeWeeklyHours(hours, subject);
    return Employee.builder()
        .id(id)
        .name(name)
        .role(role)
        .positionPercent(percent)
        .fullTimeWeeklyHours(hours)
        .contractType(contractType);
  }

  private static ShiftType shift(String code, LocalTime start, Duration duration, ShiftCategory category) {
    return ShiftType.builder().code(code).start(start).duration(duration).category(category).build();
  }
}
