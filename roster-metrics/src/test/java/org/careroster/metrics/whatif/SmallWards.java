package org.careroster.metrics.whatif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careroster.core.ContractType;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.careroster.core.WardPresets;

/** The small ward the what-if tests work out by hand. */
final class SmallWards {

  private SmallWards() {}

  /**
   * A 6-week rotation from Monday 4 January 2027 with D and A of 7.5 h, one person each every day,
   * and a nurse on the weekend D (105 h a week, 2.96 full-time positions); nurses S1 and S2 and
   * health workers H1–H6 at the positions given.
   */
  static Problem ward(double s1, double s2, double healthWorkers) {
    List<Employee> staff = new ArrayList<>();
    staff.add(WardPresets.employee("S1", "Name S1", Role.NURSE, s1, 35.5, ContractType.PERMANENT).build());
    staff.add(WardPresets.employee("S2", "Name S2", Role.NURSE, s2, 35.5, ContractType.PERMANENT).build());
    for (int i = 1; i <= 6; i++) {
      staff.add(WardPresets.employee("H" + i, "Name H" + i, Role.HEALTH_WORKER, healthWorkers, 35.5, ContractType.PERMANENT).build());
    }
    return Problem.builder()
        .horizon(PlanningHorizon.cyclic(LocalDate.of(2027, 1, 4), 6))
        .addAllRoles(Role.STANDARD)
        .addAllEmployees(staff)
        .addShiftTypes(WardPresets.DAY, WardPresets.EVENING)
        .staffingPlan(StaffingPlan.builder()
            .addRequirement(StaffingRequirement.builder().shift("D").days(DayKind.EVERY_DAY).minimum(1).build())
            .addRequirement(StaffingRequirement.builder().shift("A").days(DayKind.EVERY_DAY).minimum(1).build())
            .addRequirement(StaffingRequirement.builder().shift("D").days(DayKind.WEEKEND).addRoles(Role.NURSE.id()).minimum(1).build())
            .build())
        .build();
  }
}
