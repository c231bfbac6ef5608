package org.careroster.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Assignment;
import org.careroster.core.Competence;
import org.careroster.core.ContractType;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.PublicHolidays;
import org.careroster.core.Qualification;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.ShiftCategory;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.careroster.core.Task;
import org.careroster.core.TaskPermission;
import org.careroster.core.TaskSharingPolicy;

/**
 * Generators of wards, engine-neutral: plain functions of a {@link RandomGenerator} and sizes, so
 * that any property-testing library can drive them ({@link Gens} adapts them to QuickTheories).
 * The same generator state and sizes give the same ward; smaller sizes give smaller wards.
 *
 * <pre>{@code
 * Witnessed ward = Wards.feasible(new SplittableRandom(7), 6, 2);
 * RosterValidator.validate(ward.problem(), ward.witness(), RuleSets.kommuneDefault()).isFeasible();  // true
 * }</pre>
 */
public final class Wards {

  /** The Monday the generated horizons start on: the week of Easter 2027 and the spring clock change. */
  public static final LocalDate MONDAY = LocalDate.of(2027, 3, 22);

  /** Day shift 07:30, 7.5 h. */
  public static final ShiftType DAY = shift("D", LocalTime.of(7, 30), 450, ShiftCategory.DAY);

  /** Evening shift 14:30, 7.5 h. */
  public static final ShiftType EVENING = shift("A", LocalTime.of(14, 30), 450, ShiftCategory.EVENING);

  /** Night shift 21:45, 10 h, crossing midnight (and the clock changes). */
  public static final ShiftType NIGHT = shift("N", LocalTime.of(21, 45), 600, ShiftCategory.NIGHT);

  /** Weekend long shift 08:00, 12.5 h. */
  public static final ShiftType LONG_DAY = shift("LD", LocalTime.of(8, 0), 750, ShiftCategory.LONG);

  private static final Role[] ROLES = {Role.NURSE, Role.HEALTH_WORKER, Role.ASSISTANT};

  private Wards() {}

  /**
   * {@code count} employees {@code E1}…: a random role (nurse, health worker, assistant), position
   * 20–100 % in steps of 5, 35.5 h full-time, and random consent to long shifts and nights.
   *
   * @throws IllegalArgumentException if {@code count} is not from 1 to 200
   */
  public static List<Employee> employees(RandomGenerator random, int count) {
    checkNotNull(random, "random");
    checkArgument(count >= 1 && count <= 200, "count (%s) must be from 1 to 200", count);
    List<Employee> staff = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      staff.add(Employee.builder().id("E" + i).name("Employee " + i).role(ROLES[random.nextInt(ROLES.length)].id())
          .positionPercent(20 + 5 * random.nextInt(17)).fullTimeWeeklyHours(35.5).contractType(ContractType.PERMANENT)
          .acceptsLongShifts(random.nextBoolean()).worksNights(random.nextInt(4) > 0).build());
    }
    return staff;
  }

  /**
   * {@code count} shift types {@code S1}…: a start on the quarter hour and 4 to 12 h, so some cross
   * midnight (and, in the week from {@link #MONDAY}, the spring clock change), of the category
   * their start makes them (night from 20:00, evening from 12:00), long above 9 h by day.
   *
   * @throws IllegalArgumentException if {@code count} is not from 1 to 20
   */
  public static List<ShiftType> shiftTypes(RandomGenerator random, int count) {
    checkArgument(count >= 1 && count <= 20, "count (%s) must be from 1 to 20", count);
    List<ShiftType> types = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      LocalTime start = LocalTime.of(0, 0).plusMinutes(15L * random.nextInt(96));
      int minutes = 240 + 15 * random.nextInt(33);
      ShiftCategory category = start.getHour() >= 20 || start.getHour() < 4 ? ShiftCategory.NIGHT
          : minutes > 540 ? ShiftCategory.LONG : start.getHour() >= 12 ? ShiftCategory.EVENING : ShiftCategory.DAY;
      types.add(shift("S" + i, start, minutes, category));
    }
    return types;
  }

  /**
   * Up to {@code count} absences of the problem's staff inside its horizon: sick leave (some of
   * it graded), vacation, leave or a course, one to five days each, never two of one kind for one
   * employee overlapping.
   */
  public static List<Absence> absences(RandomGenerator random, Problem problem, int count) {
    List<Absence> absences = new ArrayList<>();
    AbsenceKind[] kinds = AbsenceKind.values();
    for (int i = 0; i < count; i++) {
      Employee e = problem.employees().get(random.nextInt(problem.employees().size()));
      LocalDate from = problem.horizon().dates().get(random.nextInt(problem.horizon().days()));
      LocalDate to = from.plusDays(random.nextInt(5));
      if (to.isAfter(problem.horizon().end())) {
        to = problem.horizon().end();
      }
      AbsenceKind kind = kinds[random.nextInt(kinds.length)];
      LocalDate last = to;
      boolean overlaps = absences.stream().anyMatch(a -> a.employee().equals(e.id()) && a.kind() == kind
          && !a.from().isAfter(last) && !from.isAfter(a.to()));
      if (!overlaps) {
        Absence.Builder absence = Absence.builder().employee(e.id()).kind(kind).from(from).to(to);
        if (kind == AbsenceKind.SICK_LEAVE && random.nextBoolean()) {
          absence.degreePercent(50);
        }
        absences.add(absence.build());
      }
    }
    return absences;
  }

  /**
   * {@code problem} with the task {@code medication-round} on its first shift type, which nurses
   * may do and, with one chance in two, health workers too (task-sharing between nurse and health
   * worker); everything else as it was.
   */
  public static Problem withMedicationRound(RandomGenerator random, Problem problem) {
    TaskPermission.Builder permission = TaskPermission.builder()
        .task("medication-round").addRoles(Role.NURSE.id());
    if (random.nextBoolean()) {
      permission.addRoles(Role.HEALTH_WORKER.id());
    }
    Problem.Builder result = Problem.builder()
        .horizon(problem.horizon())
        .addAllUnits(problem.units())
        .addAllRoles(problem.roles())
        .addAllCompetences(problem.competences())
        .addAllEmployees(problem.employees())
        .addAllShiftTypes(problem.shiftTypes())
        .addAllTasks(problem.tasks())
        .addTasks(Task.builder().id("medication-round").name("Medication round")
            .addShifts(problem.shiftTypes().get(0).code()).build())
        .taskSharing(TaskSharingPolicy.builder().addAllPermissions(problem.taskSharing().permissions())
            .addPermissions(permission.build()).build())
        .staffingPlan(problem.staffingPlan())
        .addAllAbsences(problem.absences())
        .addAllRequests(problem.requests())
        .addAllFixedAssignments(problem.fixedAssignments());
    return result.build();
  }

  /**
   * {@code ward} with a staffing plan by competence that its witness still meets: the competence
   * {@code medication-delegation} is given to about half the staff (to one in four of them expiring
   * on a date inside the horizon), and on about one shift in three the plan asks for as many
   * holders, valid that day, as the witness has there. So the witness stays feasible while the
   * plan now counts competences and their expiry.
   */
  public static Witnessed withCompetenceCover(RandomGenerator random, Witnessed ward) {
    checkNotNull(random, "random");
    Problem problem = ward.problem();
    String competence = Competence.MEDICATION_DELEGATION.id();
    List<Employee> staff = new ArrayList<>();
    for (Employee e : problem.employees()) {
      if (random.nextBoolean()) {
        Qualification held = Qualification.of(competence);
        if (random.nextInt(4) == 0) {
          held = held.withExpires(problem.horizon().dates().get(random.nextInt(problem.horizon().days())));
        }
        staff.add(e.withCompetences(ImmutableList.<Qualification>builder()
            .addAll(e.competences()).add(held).build()));
      } else {
        staff.add(e);
      }
    }
    Map<String, Employee> byId = new TreeMap<>();
    staff.forEach(e -> byId.put(e.id(), e));
    Map<String, Integer> holders = new TreeMap<>();
    for (Assignment a : ward.witness().assignments()) {
      boolean valid = byId.get(a.employee()).competences().stream().anyMatch(q -> q.competence().equals(competence)
          && q.expires().map(last -> !a.date().isAfter(last)).orElse(true));
      holders.merge(a.date() + " " + a.shift(), valid ? 1 : 0, Integer::sum);
    }
    StaffingPlan.Builder plan = StaffingPlan.builder().addAllRequirements(problem.staffingPlan().requirements());
    holders.forEach((slot, count) -> {
      if (count > 0 && random.nextInt(3) == 0) {
        String[] parts = slot.split(" ");
        plan.addRequirement(StaffingRequirement.builder().shift(parts[1]).days(DayKind.DATE)
            .date(LocalDate.parse(parts[0])).addCompetences(competence).minimum(count).build());
      }
    });
    Problem result = Problem.builder()
        .horizon(problem.horizon())
        .addAllUnits(problem.units())
        .addAllRoles(problem.roles())
        .addAllCompetences(problem.competences())
        .addCompetences(Competence.MEDICATION_DELEGATION)
        .addAllEmployees(staff)
        .addAllShiftTypes(problem.shiftTypes())
        .addAllTasks(problem.tasks())
        .taskSharing(problem.taskSharing())
        .staffingPlan(plan.build())
        .addAllAbsences(problem.absences())
        .addAllRequests(problem.requests())
        .addAllFixedAssignments(problem.fixedAssignments())
        .build();
    return new Witnessed(result, ward.witness());
  }

  /**
   * A ward of {@code staff} employees over {@code weeks} calendar weeks from {@link #MONDAY} that
   * is feasible by construction. Each employee keeps one kind of shift (D, A, or N for those who
   * work nights) on one to four weekdays a week (nights at most three in a row); the staffing plan
   * asks, date by date, for exactly the people the witness puts on each shift, and now and then for
   * exactly its people of one role there. So the witness meets
   * every minimum, and it breaks no hard rule of kommune-default: rests of at least 11 h, no
   * weekend or public-holiday work, at most 40 h a week.
   *
   * @throws IllegalArgumentException if {@code staff} is not from 1 to 200 or {@code weeks} not from 1 to 12
   */
  public static Witnessed feasible(RandomGenerator random, int staff, int weeks) {
    checkArgument(weeks >= 1 && weeks <= 12, "weeks (%s) must be from 1 to 12", weeks);
    List<Employee> people = employees(random, staff);
    List<Assignment> shifts = new ArrayList<>();
    Map<LocalDate, Map<String, Integer>> onShift = new TreeMap<>();
    Map<String, Map<String, Integer>> byRole = new TreeMap<>();
    for (Employee e : people) {
      ShiftType type = e.worksNights() && random.nextInt(3) == 0 ? NIGHT : random.nextBoolean() ? DAY : EVENING;
      int days = 1 + random.nextInt(type == NIGHT ? 3 : 4);
      // A night from Friday ends on Saturday morning, which is weekend work: nights Monday to Thursday.
      int first = random.nextInt((type == NIGHT ? 4 : 5) - days + 1);
      for (int week = 0; week < weeks; week++) {
        for (int d = first; d < first + days; d++) {
          LocalDate date = MONDAY.plusWeeks(week).plusDays(d);
          if (PublicHolidays.norway().isHoliday(date)) {
            continue;
          }
          shifts.add(Assignment.of(e.id(), date, type.code()));
          onShift.computeIfAbsent(date, k -> new TreeMap<>()).merge(type.code(), 1, Integer::sum);
          byRole.computeIfAbsent(date + " " + type.code(), k -> new TreeMap<>()).merge(e.role(), 1, Integer::sum);
        }
      }
    }
    StaffingPlan.Builder plan = StaffingPlan.builder();
    onShift.forEach((date, byShift) -> byShift.forEach((code, n) -> {
      plan.addRequirement(StaffingRequirement.onDate(date, code, n));
      // And, now and then, the people of one role the witness has there: a plan by role as well.
      Map<String, Integer> roles = byRole.get(date + " " + code);
      String role = roles.keySet().iterator().next();
      if (random.nextInt(3) == 0) {
        plan.addRequirement(StaffingRequirement.builder().shift(code).days(DayKind.DATE).date(date)
            .addRoles(role).minimum(roles.get(role)).build());
      }
    }));
    Problem problem = Problem.builder()
        .horizon(PlanningHorizon.ofDays(MONDAY, 7 * weeks))
        .addAllRoles(Role.STANDARD)
        .addAllEmployees(people)
        .addShiftTypes(DAY, EVENING, NIGHT, LONG_DAY)
        .staffingPlan(plan.build())
        .build();
    return new Witnessed(problem, Roster.of(shifts));
  }

  /** A shift type of the given code, start, minutes and category. */
  static ShiftType shift(String code, LocalTime start, int minutes, ShiftCategory category) {
    return ShiftType.builder().code(code).start(start).duration(Duration.ofMinutes(minutes)).category(category).build();
  }

  /** Whether {@code date} is a Saturday or Sunday. */
  static boolean weekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
