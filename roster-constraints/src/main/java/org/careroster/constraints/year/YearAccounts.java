package org.careroster.constraints.year;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.rules.ContractHours;
import org.careroster.core.Absence;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.RosterTime;
import org.careroster.core.ShiftCategory;
import org.immutables.value.Value;

/**
 * The year accounts of a plan: for each employee, in staff order, worked time against contract
 * time (the annual balance or timebank), weekends, nights, long shifts and public holidays worked,
 * with the unit's totals. Works for any horizon: a calendar plan of up to 53 weeks, or a cyclic
 * base rotation (one turn of the rotation, which has no public holidays).
 *
 * <p>Assumptions, where RULES.md does not settle the arithmetic:
 *
 * <ul>
 *   <li>Contract time is {@link ContractHours#contractMinutes}: days of full absence are not owed,
 *       so paid absence is credited at the contract's daily average ({@link
 *       EmployeeAccount#absenceCreditMinutes()}); graded absence does not reduce the contract.
 *   <li>A public holiday on a weekday does not reduce the contract: a reduction for weekday
 *       holidays (KS "helgedagsfri") is not confirmed in RULES.md and is not made.
 *   <li>Worked time is the real elapsed time of each shift, paid breaks included, as the validator
 *       measures it: the night into the spring-forward Sunday is an hour shorter, the night into
 *       the autumn one an hour longer.
 *   <li>A weekend is worked when any shift touches Saturday 00:00 to Monday 00:00 in Europe/Oslo
 *       (the window of {@link org.careroster.constraints.rules.Fairness}), also when the horizon holds
 *       only part of that weekend.
 *   <li>Holiday work is the whole of each shift that starts on a public holiday. The unit's holiday
 *       minutes of each holiday are shared out by position % among the staff employed on it and
 *       not fully absent (by position % of the whole staff if nobody is; equally if all positions
 *       are 0 %); summed over the holidays, each share is rounded to whole minutes by largest
 *       remainder, so the shares add up to the holiday minutes worked.
 * </ul>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableYearAccounts.class)
@JsonDeserialize(as = ImmutableYearAccounts.class)
public abstract class YearAccounts {

  private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
  private static final int SHARE_SCALE = 20;

  YearAccounts() {}

  /** The plan the accounts cover. */
  public abstract PlanningHorizon horizon();

  /** One account per employee of the problem, in staff order. */
  public abstract ImmutableList<EmployeeAccount> accounts();

  /** The unit's totals: the sums of {@link #accounts()}. */
  @Value.Default
  public Totals totals() {
    return Totals.of(accounts());
  }

  /** The account of the employee with id {@code employeeId}, if they are in the plan. */
  public final Optional<EmployeeAccount> account(String employeeId) {
    requireNonNull(employeeId, "employeeId");
    return accounts().stream().filter(a -> a.employee().equals(employeeId)).findFirst();
  }

  /**
   * The accounts of {@code roster} over the horizon of {@code problem}.
   *
   * <pre>{@code
   * YearAccounts accounts = YearAccounts.of(problem, roster);
   * long timebank = accounts.account("E7").orElseThrow().balanceMinutes(); // + is plus hours
   * System.out.print(accounts.table());
   * }</pre>
   *
   * @throws org.careroster.core.InvalidModelException if the roster names an employee or shift
   *     type the problem does not have, or a date outside its horizon
   */
  public static YearAccounts of(Problem problem, Roster roster) {
    requireNonNull(problem, "problem");
    requireNonNull(roster, "roster");
    RosterView view = RosterView.of(problem, roster);
    ImmutableList<Employee> staff = problem.employees();
    long[] shares = holidayShares(problem, view);
    ImmutableList.Builder<EmployeeAccount> accounts = ImmutableList.builder();
    for (int e = 0; e < staff.size(); e++) {
      accounts.add(account(problem, view, staff.get(e), shares[e]));
    }
    return ImmutableYearAccounts.builder()
        .horizon(problem.horizon())
        .addAllAccounts(accounts.build())
        .build();
  }

  private static EmployeeAccount account(Problem problem, RosterView view, Employee employee, long share) {
    long contract = ContractHours.contractMinutes(employee, problem);
    long worked = 0;
    int nights = 0;
    int longShifts = 0;
    int holidayShifts = 0;
    long holidayMinutes = 0;
    ImmutableList<WorkedShift> shifts = view.shiftsOf(employee);
    for (WorkedShift shift : shifts) {
      worked += shift.minutes();
      if (shift.type().category() == ShiftCategory.NIGHT) {
        nights++;
      }
      if (shift.type().isLong()) {
        longShifts++;
      }
      if (problem.isPublicHoliday(shift.date())) {
        holidayShifts++;
        holidayMinutes += shift.minutes();
      }
    }
    return EmployeeAccount.builder()
        .employee(employee.id())
        .contractMinutes(contract)
        .absenceCreditMinutes(ContractHours.contractMinutesIgnoringAbsence(employee, problem) - contract)
        .workedMinutes(worked)
        .shifts(shifts.size())
        .weekendsWorked(weekendsWorked(shifts))
        .nights(nights)
        .longShifts(longShifts)
        .holidayShifts(holidayShifts)
        .holidayMinutes(holidayMinutes)
        .holidayShareMinutes(share)
        .build();
  }

  /** Weekends, by their Saturday, whose Saturday 00:00 – Monday 00:00 the shifts touch. */
  private static int weekendsWorked(List<WorkedShift> shifts) {
    Set<LocalDate> saturdays = new HashSet<>();
    for (WorkedShift shift : shifts) {
      // A shift lasts at most 24 h of wall clock: it can touch only the weekend of its start day
      // or of the next day.
      for (int plus = 0; plus <= 1; plus++) {
        LocalDate saturday =
            shift.date().plusDays(plus).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        long opens = RosterTime.at(saturday, LocalTime.MIDNIGHT).toEpochSecond();
        long closes = RosterTime.at(saturday.plusDays(2), LocalTime.MIDNIGHT).toEpochSecond();
        if (opens < shift.endSecond() && closes > shift.startSecond()) {
          saturdays.add(saturday);
        }
      }
    }
    return saturdays.size();
  }

  /**
   * Each employee's share of the holiday minutes worked on the unit, in staff order, rounded by
   * largest remainder so that the shares sum to the total.
   */
  private static long[] holidayShares(Problem problem, RosterView view) {
    ImmutableList<Employee> staff = problem.employees();
    Map<LocalDate, Long> minutesByHoliday = new TreeMap<>();
    for (Employee employee : staff) {
      for (WorkedShift shift : view.shiftsOf(employee)) {
        if (problem.isPublicHoliday(shift.date())) {
          minutesByHoliday.merge(shift.date(), shift.minutes(), Long::sum);
        }
      }
    }
    BigDecimal[] exact = new BigDecimal[staff.size()];
    Arrays.fill(exact, BigDecimal.ZERO);
    long total = 0;
    for (Map.Entry<LocalDate, Long> holiday : minutesByHoliday.entrySet()) {
      total += holiday.getValue();
      BigDecimal[] weights = weights(problem, holiday.getKey());
      BigDecimal sum = BigDecimal.ZERO;
      for (BigDecimal w : weights) {
        sum = sum.add(w);
      }
      BigDecimal minutes = BigDecimal.valueOf(holiday.getValue());
      for (int e = 0; e < staff.size(); e++) {
        if (weights[e].signum() > 0) {
          exact[e] = exact[e].add(minutes.multiply(weights[e]).divide(sum, SHARE_SCALE, RoundingMode.HALF_EVEN));
        }
      }
    }
    return largestRemainder(exact, total);
  }

  /**
   * The weights of the staff in the share of one holiday: position % of those employed and not
   * fully absent on it, else of the whole staff; ones where the positions sum to 0 %.
   */
  private static BigDecimal[] weights(Problem problem, LocalDate holiday) {
    ImmutableList<Employee> staff = problem.employees();
    boolean[] present = new boolean[staff.size()];
    boolean anyone = false;
    for (int e = 0; e < staff.size(); e++) {
      Employee employee = staff.get(e);
      present[e] =
          employee.isEmployedOn(holiday)
              && problem.absencesOn(employee.id(), holiday).stream().noneMatch(Absence::isFull);
      anyone |= present[e];
    }
    BigDecimal[] weights = new BigDecimal[staff.size()];
    boolean positive = false;
    for (int e = 0; e < staff.size(); e++) {
      boolean counts = present[e] || !anyone;
      weights[e] = counts ? staff.get(e).positionPercent() : BigDecimal.ZERO;
      positive |= weights[e].signum() > 0;
    }
    if (!positive) {
      for (int e = 0; e < staff.size(); e++) {
        weights[e] = present[e] || !anyone ? BigDecimal.ONE : BigDecimal.ZERO;
      }
    }
    return weights;
  }

  /** Whole numbers summing to {@code total}: each floor, plus one for the largest fractions. */
  private static long[] largestRemainder(BigDecimal[] exact, long total) {
    long[] rounded = new long[exact.length];
    long left = total;
    List<Integer> byFraction = new ArrayList<>();
    for (int e = 0; e < exact.length; e++) {
      rounded[e] = exact[e].setScale(0, RoundingMode.FLOOR).longValueExact();
      left -= rounded[e];
      byFraction.add(e);
    }
    byFraction.sort(
        Comparator.comparing((Integer e) -> exact[e].subtract(BigDecimal.valueOf(rounded[e])))
            .reversed()
            .thenComparing(e -> e));
    for (int k = 0; k < left && k < byFraction.size(); k++) {
      rounded[byFraction.get(k)]++;
    }
    return rounded;
  }

  /**
   * The accounts as a fixed-width text table, ASCII apart from the employee ids: a title line, a
   * header, one row per employee in staff order and a {@code total} row, each line ending in
   * {@code \n}. The columns are the hours {@code contract}, {@code absence} (credit), {@code
   * worked} and {@code balance}; the counts {@code shifts}, {@code weekends}, {@code nights} and
   * {@code long}; and for public holidays {@code hol.shifts} and the hours {@code hol.hours},
   * {@code hol.share} and {@code hol.dev}. Hours are printed with one decimal, a point and no
   * grouping, rounded half up ({@code 1846.0}, {@code 7.5}); the balance and holiday deviation
   * carry a sign ({@code +4.5}, {@code -12.0}, {@code 0.0}). The text is the same under every JVM
   * locale.
   */
  public final String table() {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "employee", "contract", "absence", "worked", "balance", "shifts", "weekends", "nights",
          "long", "hol.shifts", "hol.hours", "hol.share", "hol.dev"
        });
    for (EmployeeAccount a : accounts()) {
      rows.add(
          row(
              a.employee(), a.contractMinutes(), a.absenceCreditMinutes(), a.workedMinutes(),
              a.balanceMinutes(), a.shifts(), a.weekendsWorked(), a.nights(), a.longShifts(),
              a.holidayShifts(), a.holidayMinutes(), a.holidayShareMinutes(),
              a.holidayDeviationMinutes()));
    }
    Totals t = totals();
    String[] total =
        row(
            "total", t.contractMinutes(), t.absenceCreditMinutes(), t.workedMinutes(),
            t.balanceMinutes(), t.shifts(), t.weekendsWorked(), t.nights(), t.longShifts(),
            t.holidayShifts(), t.holidayMinutes(), t.holidayMinutes(), 0);
    int[] widths = new int[total.length];
    for (String[] row : rows) {
      widen(widths, row);
    }
    widen(widths, total);
    StringBuilder out = new StringBuilder();
    out.append("Year accounts ")
        .append(horizon())
        .append(": hours with one decimal; balance = worked - contract; hol. = public holidays\n");
    line(out, widths, rows.get(0));
    rule(out, widths);
    for (String[] row : rows.subList(1, rows.size())) {
      line(out, widths, row);
    }
    rule(out, widths);
    line(out, widths, total);
    return out.toString();
  }

  private static String[] row(
      String id, long contract, long credit, long worked, long balance, long shifts, long weekends,
      long nights, long longShifts, long holidayShifts, long holiday, long share, long deviation) {
    return new String[] {
      id, hours(contract), hours(credit), hours(worked), signedHours(balance),
      Long.toString(shifts), Long.toString(weekends), Long.toString(nights),
      Long.toString(longShifts), Long.toString(holidayShifts), hours(holiday), hours(share),
      signedHours(deviation)
    };
  }

  private static void widen(int[] widths, String[] row) {
    for (int c = 0; c < row.length; c++) {
      widths[c] = Math.max(widths[c], row[c].length());
    }
  }

  /** The first column left-aligned, the numbers right-aligned, two spaces apart. */
  private static void line(StringBuilder out, int[] widths, String[] row) {
    for (int c = 0; c < row.length; c++) {
      if (c > 0) {
        out.append("  ");
      }
      String pad = " ".repeat(widths[c] - row[c].length());
      out.append(c == 0 ? row[c] + pad : pad + row[c]);
    }
    out.append('\n');
  }

  private static void rule(StringBuilder out, int[] widths) {
    int length = 2 * (widths.length - 1);
    for (int w : widths) {
      length += w;
    }
    out.append("-".repeat(length)).append('\n');
  }

  /** Minutes as hours with one decimal, rounded half up, e.g. 2130 → {@code 35.5}. */
  static String hours(long minutes) {
    return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 1, RoundingMode.HALF_UP).toPlainString();
  }

  /** As {@link #hours}, with {@code +} before a positive value. */
  static String signedHours(long minutes) {
    String text = hours(minutes);
    return text.startsWith("-") || text.equals("0.0") ? text : "+" + text;
  }

  @Value.Check
  void check() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < accounts().size(); i++) {
      String id = accounts().get(i).employee();
      checkState(seen.add(id), "YearAccounts: accounts[%s].employee (%s) must be unique", i, id);
    }
    Totals sums = Totals.of(accounts());
    checkState(
        totals().equals(sums),
        "YearAccounts: totals (%s) must be the sums of the accounts (%s)",
        totals(),
        sums);
  }

  /** The unit's totals over a plan: each the sum of that column of the accounts. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableTotals.class)
  @JsonDeserialize(as = ImmutableTotals.class)
  public abstract static class Totals {

    Totals() {}

    /** Contract minutes of the staff. */
    public abstract long contractMinutes();

    /** Minutes credited for full absence. */
    public abstract long absenceCreditMinutes();

    /** Real minutes worked. */
    public abstract long workedMinutes();

    /** Worked less contract minutes. */
    public abstract long balanceMinutes();

    /** Shifts worked. */
    public abstract long shifts();

    /** Employee-weekends worked: each employee's weekends, added up. */
    public abstract long weekendsWorked();

    /** Night shifts. */
    public abstract long nights();

    /** Long shifts. */
    public abstract long longShifts();

    /** Shifts starting on a public holiday. */
    public abstract long holidayShifts();

    /** Minutes of the shifts starting on a public holiday; also the sum of the holiday shares. */
    public abstract long holidayMinutes();

    static Totals of(List<EmployeeAccount> accounts) {
      ImmutableTotals.Builder sum =
          ImmutableTotals.builder()
              .contractMinutes(accounts.stream().mapToLong(EmployeeAccount::contractMinutes).sum())
              .absenceCreditMinutes(accounts.stream().mapToLong(EmployeeAccount::absenceCreditMinutes).sum())
              .workedMinutes(accounts.stream().mapToLong(EmployeeAccount::workedMinutes).sum())
              .balanceMinutes(accounts.stream().mapToLong(EmployeeAccount::balanceMinutes).sum())
              .shifts(accounts.stream().mapToLong(EmployeeAccount::shifts).sum())
              .weekendsWorked(accounts.stream().mapToLong(EmployeeAccount::weekendsWorked).sum())
              .nights(accounts.stream().mapToLong(EmployeeAccount::nights).sum())
              .longShifts(accounts.stream().mapToLong(EmployeeAccount::longShifts).sum())
              .holidayShifts(accounts.stream().mapToLong(EmployeeAccount::holidayShifts).sum())
              .holidayMinutes(accounts.stream().mapToLong(EmployeeAccount::holidayMinutes).sum());
      return sum.build();
    }
  }
}
