package org.careroster.constraints;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.careroster.core.Assignment;
import org.careroster.core.ContractType;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.ShiftCategory;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;

/**
 * Small problems and rosters for rule, validator and solver tests; public for the tests of the
 * subpackages.
 */
public final class Fixtures {
  private Fixtures() {}

  public static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
  public static final ShiftType DAY = shift("D", 7, 30, 450);
  public static final ShiftType EVENING = shift("A", 14, 30, 450);
  public static final ShiftType NIGHT = shift("N", 21, 45, 600);

  public static ShiftType shift(String code, int hour, int minute, int minutes) {
    return ShiftType.builder()
        .code(code)
        .start(LocalTime.of(hour, minute))
        .duration(Duration.ofMinutes(minutes))
        .category(hour >= 20 ? ShiftCategory.NIGHT : hour >= 12 ? ShiftCategory.EVENING : ShiftCategory.DAY)
        .build();
  }

  public static Employee employee(String id, double percent) {
    return Employee.builder()
        .id(id)
        .name("Name " + id)
        .role(Role.HEALTH_WORKER)
        .positionPercent(percent)
        .fullTimeWeeklyHours(35.5)
        .contractType(ContractType.PERMANENT)
        .build();
  }

  /** A problem over {@code days} from {@link #MONDAY} with D, A, N, the given staff, no cover. */
  public static Problem.Builder ward(int days, Employee... staff) {
    return ward(MONDAY, days, staff);
  }

  /** A problem over {@code days} from {@code start} with D, A, N, the given staff, no cover. */
  public static Problem.Builder ward(LocalDate start, int days, Employee... staff) {
    return Problem.builder()
        .horizon(PlanningHorizon.ofDays(start, days))
        .addAllRoles(Role.STANDARD)
        .addAllEmployees(ImmutableList.copyOf(staff))
        .addShiftType(DAY)
        .addShiftType(EVENING)
        .addShiftType(NIGHT);
  }

  /** A staffing plan of dated rows: at least {@code minimum} of anyone on the shift that day. */
  public static StaffingPlan plan(StaffingRequirement... rows) {
    return StaffingPlan.builder().addRequirements(rows).build();
  }

  /** At least {@code minimum} people of any role on {@code shift} on {@code date}. */
  public static StaffingRequirement cover(LocalDate date, String shift, int minimum) {
    return StaffingRequirement.onDate(date, shift, minimum);
  }

  public static Roster roster(Assignment... assignments) {
    return Roster.of(ImmutableList.copyOf(assignments));
  }

  public static Assignment on(String employee, LocalDate date, String shift) {
    return Assignment.of(employee, date, shift);
  }
}
