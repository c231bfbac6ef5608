package org.careroster.it.host;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolverOptions;
import org.careroster.core.ContractType;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.ShiftCategory;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.careroster.metrics.FullTimeShare;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A host application that plans a small ward with careroster and logs through its own binding. */
public final class HostApplication {

  private static final Logger LOG = LoggerFactory.getLogger(HostApplication.class);

  private HostApplication() {}

  public static void main(String[] args) {
    // stdout, not the logger: these lines must show even when SLF4J falls back to its NOP logger
    System.out.println("host logger factory: " + LoggerFactory.getILoggerFactory().getClass().getName());
    Problem problem =
        Problem.builder()
            .horizon(PlanningHorizon.ofDays(LocalDate.of(2027, 1, 4), 7))
            .addAllRoles(Role.STANDARD)
            .addEmployee(employee("E1", Role.NURSE, 100))
            .addEmployee(employee("E2", Role.HEALTH_WORKER, 100))
            .addShiftType(
                ShiftType.builder()
                    .code("D")
                    .start(LocalTime.of(7, 30))
                    .duration(Duration.ofMinutes(450))
                    .category(ShiftCategory.DAY)
                    .build())
            .staffingPlan(
                StaffingPlan.builder()
                    .addRequirement(
                        StaffingRequirement.builder().shift("D").days(DayKind.EVERY_DAY).minimum(1).build())
                    .build())
            .build();
    RuleSet rules = RuleSets.basic();
    SolveResult result =
        new RosterSolver().solve(problem, rules, SolverOptions.builder().timeLimit(Duration.ofSeconds(10)).build());
    Roster roster = result.roster().orElseThrow(() -> new IllegalStateException("no roster: " + result.status()));
    System.out.println("host validated: " + RosterValidator.validate(problem, roster, rules).summary());
    System.out.println("host full-time share: " + FullTimeShare.of(problem.employees()));
    LOG.info("host planned {} assignments", roster.assignments().size());
  }

  private static Employee employee(String id, Role role, double percent) {
    return Employee.builder()
        .id(id)
        .name("Employee " + id)
        .role(role)
        .positionPercent(percent)
        .fullTimeWeeklyHours(35.5)
        .contractType(ContractType.PERMANENT)
        .build();
  }
}
