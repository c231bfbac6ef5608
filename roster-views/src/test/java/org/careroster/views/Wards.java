package org.careroster.views;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.careroster.core.Assignment;
import org.careroster.core.ContractType;
import org.careroster.core.DayKind;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.ShiftCategory;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.careroster.core.WardPresets;

/** The views' test ward: Easter week 2027 (Maundy Thursday, Good Friday, Easter Sunday with the spring clock change). */
final class Wards {

  static final LocalDate MONDAY = LocalDate.of(2027, 3, 22);
  /** A name long enough, in two-byte letters, for an iCalendar line to fold inside it. */
  static final String NORWEGIAN_NAME = "Åse Ødegård-Kristiansen Sæbø Bjørnstjerne Ærlighet Øvrebø-Åsheim";
  static final ShiftType DAY = ShiftType.builder().code("D").start(LocalTime.of(7, 30)).duration(Duration.ofMinutes(450)).category(ShiftCategory.DAY).build();
  static final ShiftType EVENING = ShiftType.builder().code("A").start(LocalTime.of(14, 30)).duration(Duration.ofMinutes(450)).category(ShiftCategory.EVENING).build();
  static final ShiftType NIGHT = ShiftType.builder().code("N").start(LocalTime.of(21, 45)).duration(Duration.ofHours(10)).category(ShiftCategory.NIGHT).build();

  /** Three staff, one named like a script, D (one needed every day), A and N. */
  static Problem ward() {
    return ward(PlanningHorizon.ofDays(MONDAY, 7));
  }

  /** {@link #ward()} over {@code horizon}. */
  static Problem ward(PlanningHorizon horizon) {
    return Problem.builder()
        .horizon(horizon)
        .addAllRoles(Role.STANDARD)
        .addEmployees(
            WardPresets.employee("E1", NORWEGIAN_NAME, Role.NURSE, 100, 35.5, ContractType.PERMANENT).build(),
            WardPresets.employee("E2", "<script>alert(1)</script>", Role.HEALTH_WORKER, 50, 35.5, ContractType.PERMANENT).build(),
            WardPresets.employee("E3", "Per, Pål & Espen", Role.ASSISTANT, 40, 35.5, ContractType.PERMANENT).build())
        .addShiftTypes(DAY, EVENING, NIGHT)
        .staffingPlan(StaffingPlan.builder()
            .addRequirement(StaffingRequirement.builder().shift("D").days(DayKind.EVERY_DAY).minimum(1).build())
            .build())
        .build();
  }

  /**
   * E1 on D Monday to Wednesday, A on Thursday and D on Friday (9.5 h rest: a daily-rest
   * violation), E2 on N Saturday into the clock change; Saturday's and Sunday's D vacant.
   */
  static Roster roster() {
    return Roster.builder()
        .addAssignments(Assignment.of("E1", MONDAY, "D"), Assignment.of("E1", MONDAY.plusDays(1), "D"),
            Assignment.of("E1", MONDAY.plusDays(2), "D"), Assignment.of("E1", MONDAY.plusDays(3), "A"),
            Assignment.of("E1", MONDAY.plusDays(4), "D"), Assignment.of("E2", MONDAY.plusDays(5), "N"))
        .build();
  }

  /** The test ward as a 1-week cyclic base rotation, for what-if questions. */
  static Problem rotation() {
    return ward(PlanningHorizon.cyclic(MONDAY, 1));
  }

  private Wards() {}
}
