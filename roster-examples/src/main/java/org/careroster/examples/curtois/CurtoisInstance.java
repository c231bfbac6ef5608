package org.careroster.examples.curtois;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroster.constraints.Rule;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.Severity;
import org.careroster.constraints.rules.Availability;
import org.careroster.constraints.rules.ConsecutiveDaysOff;
import org.careroster.constraints.rules.ConsecutiveWorkingDays;
import org.careroster.constraints.rules.ForbiddenSuccessions;
import org.careroster.constraints.rules.MaximumCover;
import org.careroster.constraints.rules.PreferredCover;
import org.careroster.constraints.rules.Requests;
import org.careroster.constraints.rules.ShiftCounts;
import org.careroster.constraints.rules.Succession;
import org.careroster.constraints.rules.WorkedTime;
import org.careroster.constraints.rules.WorkingWeekends;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.ContractType;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Request;
import org.careroster.core.RequestKind;
import org.careroster.core.Role;
import org.careroster.core.ShiftCategory;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;

/**
 * One instance of the Curtois & Qu nurse rostering benchmark (Instances 1–24, text format), read
 * strictly and mapped onto careroster's own model and rule catalogue.
 *
 * <p>The mapping: day 0 is {@link #START} (a Monday), so day {@code d} is {@code START + d}; each
 * shift type starts at 08:00 and lasts its length (so it never crosses midnight or a
 * daylight-saving change); everyone has one role and a 100 % position. The hard constraints become
 * {@code forbidden-successions}, {@code shift-counts}, {@code worked-time}, {@code
 * consecutive-working-days} (maximum and minimum), {@code consecutive-days-off}, {@code
 * working-weekends} and {@code availability} (the days off are absences), all with individual
 * limits per employee. The objective becomes {@code requests} (weight 1 × the request's weight),
 * {@code preferred-cover} (weight = WeightUnder per person short) and {@code maximum-cover}
 * (weight = WeightOver per person too many), so the validator's soft penalty is the benchmark's
 * objective. The edge rules of the format (days outside the horizon are off for the maximum
 * rules; runs touching an edge are exempt from the minimum rules) are those of the catalogue rules
 * on a calendar plan.
 */
public final class CurtoisInstance {

  /** Day 0 of every instance: Monday 1 January 2024. */
  public static final LocalDate START = LocalDate.of(2024, 1, 1);

  /** When every shift type starts. */
  public static final LocalTime SHIFT_START = LocalTime.of(8, 0);

  /** The role everyone has. */
  public static final String ROLE = Role.NURSE.id();

  private final String name;
  private final int days;
  private final ImmutableList<ShiftRow> shifts;
  private final ImmutableList<StaffRow> staff;
  private final ImmutableMap<String, ImmutableSet<Integer>> daysOff;
  private final ImmutableList<RequestRow> onRequests;
  private final ImmutableList<RequestRow> offRequests;
  private final ImmutableList<CoverRow> cover;

  /** A shift type line: id, length in minutes and the shifts that may not follow it. */
  record ShiftRow(String id, int minutes, ImmutableList<String> forbiddenNext) {}

  /** A staff line. */
  record StaffRow(
      String id,
      ImmutableMap<String, Integer> maxShifts,
      int maxTotalMinutes,
      int minTotalMinutes,
      int maxConsecutiveShifts,
      int minConsecutiveShifts,
      int minConsecutiveDaysOff,
      int maxWeekends) {}

  /** A shift-on or shift-off request line. */
  record RequestRow(String employee, int day, String shift, int weight) {}

  /** A cover line. */
  record CoverRow(int day, String shift, int requirement, int weightUnder, int weightOver) {}

  private CurtoisInstance(
      String name,
      int days,
      ImmutableList<ShiftRow> shifts,
      ImmutableList<StaffRow> staff,
      ImmutableMap<String, ImmutableSet<Integer>> daysOff,
      ImmutableList<RequestRow> onRequests,
      ImmutableList<RequestRow> offRequests,
      ImmutableList<CoverRow> cover) {
    this.name = name;
    this.days = days;
    this.shifts = shifts;
    this.staff = staff;
    this.daysOff = daysOff;
    this.onRequests = onRequests;
    this.offRequests = offRequests;
    this.cover = cover;
  }

  /**
   * Reads an instance file; its name without {@code .txt} names the instance.
   *
   * @throws CurtoisFormatException naming the line when the file does not follow the format
   * @throws IOException when the file cannot be read
   */
  public static CurtoisInstance read(Path file) throws IOException {
    String fileName = file.getFileName().toString();
    String name = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
    return parse(name, fileName, Files.readString(file, StandardCharsets.US_ASCII));
  }

  /**
   * Parses the text of an instance (CRLF or LF line ends).
   *
   * @param name the instance's name, e.g. {@code Instance1}
   * @param fileName the file name used in error messages
   * @throws CurtoisFormatException naming the line when the text does not follow the format
   */
  public static CurtoisInstance parse(String name, String fileName, String text) {
    return new Parser(fileName, text).parse(name);
  }

  /** The instance's name, e.g. {@code Instance1}. */
  public String name() {
    return name;
  }

  /** The number of days, a multiple of 7. */
  public int days() {
    return days;
  }

  /** The shift type ids in file order. */
  public ImmutableList<String> shiftIds() {
    return shifts.stream().map(ShiftRow::id).collect(ImmutableList.toImmutableList());
  }

  /** The employee ids in file order. */
  public ImmutableList<String> employeeIds() {
    return staff.stream().map(StaffRow::id).collect(ImmutableList.toImmutableList());
  }

  /** The date of day index {@code day}. */
  public static LocalDate date(int day) {
    return START.plusDays(day);
  }

  /**
   * The careroster problem: a calendar plan of {@link #days()} days from {@link #START}, one shift
   * type per instance shift (08:00, its length), one 100 % nurse per staff line, the days off as
   * absences, the requests, and a staffing plan with one dated row per cover line (minimum 0,
   * preferred and maximum the requirement).
   */
  public Problem problem() {
    Problem.Builder problem =
        Problem.builder().horizon(PlanningHorizon.ofDays(START, days)).addAllRoles(Role.STANDARD);
    for (ShiftRow shift : shifts) {
      problem.addShiftType(
          ShiftType.builder()
              .code(shift.id())
              .start(SHIFT_START)
              .duration(Duration.ofMinutes(shift.minutes()))
              .category(ShiftCategory.DAY)
              .build());
    }
    for (StaffRow row : staff) {
      problem.addEmployees(
          Employee.builder()
              .id(row.id())
              .name(row.id())
              .role(ROLE)
              .positionPercent(BigDecimal.valueOf(100))
              .fullTimeWeeklyHours(BigDecimal.valueOf(35.5))
              .contractType(ContractType.PERMANENT)
              .build());
    }
    daysOff.forEach(
        (employee, offDays) -> {
          for (int day : offDays) {
            problem.addAbsence(
                Absence.builder().employee(employee).kind(AbsenceKind.LEAVE).from(date(day)).to(date(day)).build());
          }
        });
    for (RequestRow on : onRequests) {
      problem.addRequest(request(on, RequestKind.WORK));
    }
    for (RequestRow off : offRequests) {
      problem.addRequest(request(off, RequestKind.OFF));
    }
    StaffingPlan.Builder plan = StaffingPlan.builder();
    for (CoverRow row : cover) {
      plan.addRequirement(
          StaffingRequirement.builder()
              .shift(row.shift())
              .days(DayKind.DATE)
              .date(date(row.day()))
              .minimum(0)
              .preferred(row.requirement())
              .maximum(row.requirement())
              .build());
    }
    return problem.staffingPlan(plan.build()).build();
  }

  private static Request request(RequestRow row, RequestKind kind) {
    return Request.builder()
        .employee(row.employee())
        .date(date(row.day()))
        .kind(kind)
        .shift(row.shift())
        .weight(row.weight())
        .build();
  }

  /**
   * The instance's constraints as catalogue rules (see the class comment). Cover weights must be
   * the same on every cover line (they are 100 and 1 in all 24 instances), since a rule has one
   * weight.
   *
   * @throws CurtoisFormatException when cover lines have different weights
   */
  public RuleSet rules() {
    List<Succession> successions = new ArrayList<>();
    for (ShiftRow shift : shifts) {
      for (String next : shift.forbiddenNext()) {
        successions.add(Succession.of(shift.id(), next));
      }
    }
    ShiftCounts.Builder counts = ShiftCounts.builder();
    WorkedTime.Builder time = WorkedTime.builder();
    ConsecutiveWorkingDays.Builder runs = ConsecutiveWorkingDays.builder();
    ConsecutiveDaysOff.Builder rest = ConsecutiveDaysOff.builder().minimum(1);
    WorkingWeekends.Builder weekends = WorkingWeekends.builder();
    for (StaffRow row : staff) {
      counts.putMaximumByEmployee(row.id(), row.maxShifts());
      time.putMinimumByEmployee(row.id(), Duration.ofMinutes(row.minTotalMinutes()));
      time.putMaximumByEmployee(row.id(), Duration.ofMinutes(row.maxTotalMinutes()));
      runs.putMaximumByEmployee(row.id(), row.maxConsecutiveShifts());
      runs.putMinimumByEmployee(row.id(), row.minConsecutiveShifts());
      rest.putMinimumByEmployee(row.id(), row.minConsecutiveDaysOff());
      weekends.putMaximumByEmployee(row.id(), row.maxWeekends());
    }
    int under = cover.isEmpty() ? 100 : cover.get(0).weightUnder();
    int over = cover.isEmpty() ? 1 : cover.get(0).weightOver();
    for (CoverRow row : cover) {
      if (row.weightUnder() != under || row.weightOver() != over) {
        throw new CurtoisFormatException(
            name,
            0,
            "cover weights differ between lines (" + under + "/" + over + " and " + row.weightUnder() + "/"
                + row.weightOver() + " on day " + row.day() + " shift " + row.shift()
                + "); careroster gives each cover rule one weight");
      }
    }
    List<Rule> rules = new ArrayList<>();
    if (!successions.isEmpty()) {
      rules.add(ForbiddenSuccessions.builder().addAllSuccessions(successions).build());
    }
    rules.add(counts.build());
    rules.add(time.build());
    rules.add(runs.build());
    rules.add(rest.build());
    rules.add(weekends.build());
    rules.add(Availability.of());
    rules.add(Requests.of());
    rules.add(PreferredCover.of().withSeverity(Severity.soft(under)));
    rules.add(MaximumCover.of().withSeverity(Severity.soft(over)));
    return RuleSet.of(rules).named("curtois-" + name);
  }

  /** Reads the sections in their fixed order, each up to its first blank line. */
  private static final class Parser {
    private final String file;
    private final String[] lines;
    private int next; // index of the next line to read

    Parser(String file, String text) {
      this.file = file;
      this.lines = text.split("\r?\n", -1);
    }

    CurtoisInstance parse(String name) {
      List<String[]> horizon = section("SECTION_HORIZON");
      if (horizon.size() != 1) {
        throw fail(0, "SECTION_HORIZON must have exactly one line, found " + horizon.size());
      }
      int days = number(horizon.get(0), 0, "the number of days");
      if (days <= 0 || days % 7 != 0) {
        throw fail(lineOf(horizon.get(0)), "the number of days (" + days + ") must be a positive multiple of 7");
      }
      Map<String, ShiftRow> shifts = new LinkedHashMap<>();
      List<String[]> shiftLines = section("SECTION_SHIFTS");
      for (String[] fields : shiftLines) {
        fields(fields, 2, 3, "ShiftID,LengthMins,CannotFollow");
        String id = id(fields, 0, "shift id");
        int minutes = number(fields, 1, "the length in minutes");
        if (minutes <= 0 || minutes > 24 * 60) {
          throw fail(lineOf(fields), "shift " + id + ": length (" + minutes + ") must be 1 to 1440 minutes");
        }
        ImmutableList<String> forbidden =
            fields.length < 3 || fields[2].isBlank() ? ImmutableList.of() : ImmutableList.copyOf(fields[2].split("\\|"));
        if (shifts.put(id, new ShiftRow(id, minutes, forbidden)) != null) {
          throw fail(lineOf(fields), "shift " + id + " is defined twice");
        }
      }
      for (String[] fields : shiftLines) {
        for (String nextShift : shifts.get(fields[0].trim()).forbiddenNext()) {
          if (!shifts.containsKey(nextShift)) {
            throw fail(lineOf(fields), "shift " + fields[0].trim() + ": unknown shift \"" + nextShift + "\" in its forbidden list; known: " + shifts.keySet());
          }
        }
      }
      Map<String, StaffRow> staff = new LinkedHashMap<>();
      for (String[] fields : section("SECTION_STAFF")) {
        fields(fields, 8, 8, "EmpID,MaxShifts,MaxTotalMinutes,MinTotalMinutes,MaxConsecutiveShifts,MinConsecutiveShifts,MinConsecutiveDaysOff,MaxWeekends");
        String id = id(fields, 0, "employee id");
        ImmutableMap.Builder<String, Integer> maxShifts = ImmutableMap.builder();
        Set<String> seen = new HashSet<>();
        for (String entry : fields[1].split("\\|")) {
          String[] pair = entry.split("=", -1);
          if (pair.length != 2 || !shifts.containsKey(pair[0].trim())) {
            throw fail(lineOf(fields), "employee " + id + ": MaxShifts entry \"" + entry + "\" must be SHIFT=N with a known shift " + shifts.keySet());
          }
          if (!seen.add(pair[0].trim())) {
            throw fail(lineOf(fields), "employee " + id + ": MaxShifts names " + pair[0].trim() + " twice");
          }
          maxShifts.put(pair[0].trim(), nonNegative(fields, pair[1], "MaxShifts of " + pair[0].trim()));
        }
        StaffRow row =
            new StaffRow(
                id,
                maxShifts.build(),
                nonNegative(fields, fields[2], "MaxTotalMinutes"),
                nonNegative(fields, fields[3], "MinTotalMinutes"),
                positive(fields, fields[4], "MaxConsecutiveShifts"),
                positive(fields, fields[5], "MinConsecutiveShifts"),
                positive(fields, fields[6], "MinConsecutiveDaysOff"),
                nonNegative(fields, fields[7], "MaxWeekends"));
        if (row.minTotalMinutes() > row.maxTotalMinutes()) {
          throw fail(lineOf(fields), "employee " + id + ": MinTotalMinutes (" + row.minTotalMinutes() + ") exceeds MaxTotalMinutes (" + row.maxTotalMinutes() + ")");
        }
        if (staff.put(id, row) != null) {
          throw fail(lineOf(fields), "employee " + id + " is defined twice");
        }
      }
      Map<String, ImmutableSet<Integer>> daysOff = new LinkedHashMap<>();
      for (String[] fields : section("SECTION_DAYS_OFF")) {
        fields(fields, 1, Integer.MAX_VALUE, "EmpID,Day,...");
        String employee = employee(fields, staff);
        ImmutableSet.Builder<Integer> off = ImmutableSet.builder();
        for (int i = 1; i < fields.length; i++) {
          off.add(day(fields, i, days));
        }
        if (daysOff.put(employee, off.build()) != null) {
          throw fail(lineOf(fields), "employee " + employee + " has two days-off lines");
        }
      }
      ImmutableList<RequestRow> on = requests(section("SECTION_SHIFT_ON_REQUESTS"), staff, shifts, days);
      ImmutableList<RequestRow> off = requests(section("SECTION_SHIFT_OFF_REQUESTS"), staff, shifts, days);
      List<CoverRow> cover = new ArrayList<>();
      Set<String> covered = new HashSet<>();
      for (String[] fields : section("SECTION_COVER")) {
        fields(fields, 5, 5, "Day,ShiftID,Requirement,WeightUnder,WeightOver");
        int day = day(fields, 0, days);
        String shift = fields[1].trim();
        if (!shifts.containsKey(shift)) {
          throw fail(lineOf(fields), "unknown shift \"" + shift + "\"; known: " + shifts.keySet());
        }
        if (!covered.add(day + "/" + shift)) {
          throw fail(lineOf(fields), "a second cover line for day " + day + " shift " + shift);
        }
        cover.add(
            new CoverRow(
                day,
                shift,
                nonNegative(fields, fields[2], "Requirement"),
                nonNegative(fields, fields[3], "WeightUnder"),
                nonNegative(fields, fields[4], "WeightOver")));
      }
      for (int i = next; i < lines.length; i++) {
        String line = lines[i].trim();
        if (!line.isEmpty() && !line.startsWith("#")) {
          throw fail(i + 1, "unexpected text after SECTION_COVER: \"" + line + "\"");
        }
      }
      return new CurtoisInstance(
          name,
          days,
          ImmutableList.copyOf(shifts.values()),
          ImmutableList.copyOf(staff.values()),
          ImmutableMap.copyOf(daysOff),
          on,
          off,
          ImmutableList.copyOf(cover));
    }

    private ImmutableList<RequestRow> requests(
        List<String[]> section, Map<String, StaffRow> staff, Map<String, ShiftRow> shifts, int days) {
      ImmutableList.Builder<RequestRow> requests = ImmutableList.builder();
      for (String[] fields : section) {
        fields(fields, 4, 4, "EmpID,Day,ShiftID,Weight");
        String employee = employee(fields, staff);
        int day = day(fields, 1, days);
        String shift = fields[2].trim();
        if (!shifts.containsKey(shift)) {
          throw fail(lineOf(fields), "unknown shift \"" + shift + "\"; known: " + shifts.keySet());
        }
        requests.add(new RequestRow(employee, day, shift, positive(fields, fields[3], "Weight")));
      }
      return requests.build();
    }

    /**
     * The lines of the section headed {@code keyword}, which must come next (after comments and
     * blank lines), up to its first blank line; each line split at commas, with its line number
     * remembered.
     */
    private List<String[]> section(String keyword) {
      while (next < lines.length && (lines[next].isBlank() || lines[next].startsWith("#"))) {
        next++;
      }
      if (next >= lines.length || !lines[next].trim().equals(keyword)) {
        throw fail(
            next < lines.length ? next + 1 : lines.length,
            "expected " + keyword + ", found " + (next < lines.length ? "\"" + lines[next].trim() + "\"" : "the end of the file"));
      }
      next++;
      List<String[]> rows = new ArrayList<>();
      while (next < lines.length && !lines[next].isBlank()) {
        if (!lines[next].startsWith("#")) {
          String[] fields = lines[next].split(",", -1);
          lineNumbers.put(fields, next + 1);
          rows.add(fields);
        }
        next++;
      }
      return rows;
    }

    private final Map<String[], Integer> lineNumbers = new java.util.IdentityHashMap<>();

    private int lineOf(String[] fields) {
      return lineNumbers.getOrDefault(fields, 0);
    }

    private void fields(String[] fields, int min, int max, String layout) {
      if (fields.length < min || fields.length > max) {
        throw fail(lineOf(fields), "\"" + String.join(",", fields) + "\" has " + fields.length + " fields; expected " + layout);
      }
    }

    private String id(String[] fields, int index, String what) {
      String id = fields[index].trim();
      if (id.isEmpty()) {
        throw fail(lineOf(fields), what + " must not be empty");
      }
      return id;
    }

    private String employee(String[] fields, Map<String, StaffRow> staff) {
      String id = fields[0].trim();
      if (!staff.containsKey(id)) {
        throw fail(lineOf(fields), "unknown employee \"" + id + "\"");
      }
      return id;
    }

    private int day(String[] fields, int index, int days) {
      int day = number(fields, index, "a day index");
      if (day < 0 || day >= days) {
        throw fail(lineOf(fields), "day " + day + " is outside the horizon 0.." + (days - 1));
      }
      return day;
    }

    private int number(String[] fields, int index, String what) {
      try {
        return Integer.parseInt(fields[index].trim());
      } catch (NumberFormatException e) {
        throw fail(lineOf(fields), what + " (\"" + fields[index].trim() + "\") must be a whole number");
      }
    }

    private int nonNegative(String[] fields, String value, String what) {
      int n;
      try {
        n = Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        throw fail(lineOf(fields), what + " (\"" + value.trim() + "\") must be a whole number");
      }
      if (n < 0) {
        throw fail(lineOf(fields), what + " (" + n + ") must not be negative");
      }
      return n;
    }

    private int positive(String[] fields, String value, String what) {
      int n = nonNegative(fields, value, what);
      if (n == 0) {
        throw fail(lineOf(fields), what + " (0) must be positive");
      }
      return n;
    }

    private CurtoisFormatException fail(int line, String problem) {
      return new CurtoisFormatException(file, line, problem);
    }
  }
}
