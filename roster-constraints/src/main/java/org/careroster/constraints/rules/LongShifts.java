package org.careroster.constraints.rules;

import static org.careroster.constraints.rules.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.internal.Encodings;
import org.careroster.constraints.internal.Sequences;
import org.careroster.constraints.internal.Windows;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.ShiftType;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;
import org.immutables.value.Value;

/**
 * Long shifts (langvakter, RULES.md §2.2): a long shift ({@link
 * org.careroster.core.ShiftType#isLong()}) needs an averaging agreement with the union
 * representatives (aml § 10-5 (2), up to 12.5 hours) and each employee's consent (NSF:
 * voluntary). Four checks, each its own violation:
 *
 * <ul>
 *   <li>the employee has not accepted long shifts ({@link Employee#acceptsLongShifts()});
 *   <li>the long shift starts on a day not in {@link #days()} (nor, if {@link #onHolidays()}, on a
 *       public holiday);
 *   <li>its real duration (daylight saving included) is longer than {@link #maxDuration()};
 *   <li>the employee starts more than {@link #maxCount()} long shifts in a window of {@link
 *       #periodWeeks()} consecutive complete weeks (Monday to Sunday), sliding by one week.
 * </ul>
 *
 * <p>Count windows: in a calendar horizon only windows fully inside count (long shifts on the days
 * of a partial week at either edge are in no window); with fewer complete weeks than {@code
 * periodWeeks}, one window of all complete weeks. In a cyclic horizon there is one window starting
 * at each week, wrapping from the last week to the first (and repeating weeks when the rotation is
 * shorter than the window). A cyclic rotation has no public holidays (Problem#publicHolidays), so
 * there only {@code days} decide. A maximum duration above 12.5 hours
 * needs a union-level agreement under aml § 10-12 (4), which the source then names.
 *
 * <pre>{@code
 * Rule longShifts = LongShifts.builder().maxCount(2).periodWeeks(3).build();
 * }</pre>
 */
@Value.Immutable
@JsonTypeName(LongShifts.ID)
@JsonSerialize(as = ImmutableLongShifts.class)
@JsonDeserialize(as = ImmutableLongShifts.class)
public abstract class LongShifts extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "long-shifts";

  private static final Duration AGREEMENT_LIMIT = Duration.ofMinutes(12 * 60 + 30);
  private static final int MAX_WEEKS = 52;
  private static final ImmutableList<String> NYNORSK_DAYS =
      ImmutableList.of("måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag");

  LongShifts() {}

  /** A new builder; every parameter has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The longest real duration of a long shift, more than 0 and at most 24 hours; 12 h 30 min (aml
   * § 10-5 (2)) unless set otherwise.
   */
  @Value.Default
  public Duration maxDuration() {
    return AGREEMENT_LIMIT;
  }

  /** The days of the week a long shift may start on; Saturday and Sunday unless set otherwise. */
  @Value.Default
  public ImmutableSet<DayOfWeek> days() {
    return ImmutableSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  }

  /** Whether a long shift may also start on a public holiday; {@code true} unless set otherwise. */
  @Value.Default
  public boolean onHolidays() {
    return true;
  }

  /** The most long shifts per employee in a window of {@link #periodWeeks()}; 2 unless set otherwise. */
  @Value.Default
  public int maxCount() {
    return 2;
  }

  /** The length of the counting window in complete weeks, 1 to 52; 1 unless set otherwise. */
  @Value.Default
  public int periodWeeks() {
    return 1;
  }

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another maximum duration. */
  public abstract LongShifts withMaxDuration(Duration maxDuration);

  /** A copy with other allowed days. */
  public abstract LongShifts withDays(ImmutableSet<DayOfWeek> days);

  /** A copy that does or does not allow long shifts on public holidays. */
  public abstract LongShifts withOnHolidays(boolean onHolidays);

  /** A copy with another maximum count per window. */
  public abstract LongShifts withMaxCount(int maxCount);

  /** A copy with another window length in weeks. */
  public abstract LongShifts withPeriodWeeks(int periodWeeks);

  /** A copy with another severity. */
  public abstract LongShifts withSeverity(Severity severity);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /**
   * {@code aml § 10-5 (2); voluntary (NSF)}, or {@code aml § 10-12 (4); voluntary (NSF)} when the
   * maximum duration is above 12.5 hours.
   */
  @JsonIgnore
  @Override
  public final String source() {
    return maxDuration().compareTo(AGREEMENT_LIMIT) > 0
        ? "aml § 10-12 (4); voluntary (NSF)"
        : "aml § 10-5 (2); voluntary (NSF)";
  }

  @Value.Check
  void check() {
    require(
        maxDuration().compareTo(Duration.ZERO) > 0 && maxDuration().compareTo(Duration.ofHours(24)) <= 0,
        ID, "maxDuration", maxDuration(), "must be more than 0 and at most 24 hours");
    require(maxCount() >= 1, ID, "maxCount", maxCount(), "must be 1 or more");
    require(
        periodWeeks() >= 1 && periodWeeks() <= MAX_WEEKS,
        ID, "periodWeeks", periodWeeks(), "must be between 1 and " + MAX_WEEKS);
  }


  /**
   * Hard: the long-shift values an employee may not take on a day (not accepted, wrong day, too
   * long in real time that day) are excluded with one named {@code notMember} per employee and
   * day, and each window of {@link #periodWeeks()} complete weeks (wrapping in a rotation, a week
   * repeated inside the window counting twice) holds at most {@link #maxCount()} long shifts.
   * Soft: each forbidden long shift costs 1 per reason plus its minutes above the maximum, and
   * each window costs its long shifts above the maximum, as the validator counts.
   */
  @Override
  public void post(RosterModel model) {
    Problem problem = model.problem();
    int[] longTypes = Encodings.types(model, ShiftType::isLong);
    if (longTypes.length == 0) {
      return;
    }
    Model choco = model.chocoModel();
    ImmutableList<LocalDate> dates = problem.horizon().dates();
    List<LocalDate> mondays = new ArrayList<>();
    for (LocalDate date : dates) {
      if (date.getDayOfWeek() == DayOfWeek.MONDAY && problem.horizon().contains(date.plusDays(6))) {
        mondays.add(date);
      }
    }
    ImmutableList<int[]> windows = Sequences.weekWindows(mondays.size(), periodWeeks(), model.isCyclic());
    long maxMinutes = maxDuration().toMinutes();
    for (int e = 0; e < model.employees(); e++) {
      Employee employee = problem.employees().get(e);
      List<IntVar> terms = new ArrayList<>();
      List<Integer> costs = new ArrayList<>();
      for (int d = 0; d < dates.size(); d++) {
        LocalDate date = dates.get(d);
        boolean holiday = onHolidays() && problem.isPublicHoliday(date);
        boolean dayAllowed = days().contains(date.getDayOfWeek()) || holiday;
        List<Integer> forbidden = new ArrayList<>();
        for (int s : longTypes) {
          long over = model.minutesByValue(d)[s + 1] - maxMinutes;
          int cost = (employee.acceptsLongShifts() ? 0 : 1) + (dayAllowed ? 0 : 1) + (int) Math.max(0, over);
          if (cost > 0) {
            forbidden.add(s + 1);
            terms.add(model.works(e, d, s));
            costs.add(cost);
          }
        }
        if (severity().isHard() && !forbidden.isEmpty()) {
          Encodings.post(
              this,
              model,
              employee.id() + "@" + date,
              choco.notMember(model.shift(e, d), forbidden.stream().mapToInt(Integer::intValue).toArray()));
        }
      }
      // Windows of several weeks sum weekly counts, keeping the model linear in the horizon.
      IntVar[] weekly = new IntVar[mondays.size()];
      for (int[] window : windows) {
        Map<Integer, Integer> times = new LinkedHashMap<>();
        for (int week : window) {
          times.merge(week, 1, Integer::sum);
        }
        List<IntVar> longShifts = new ArrayList<>();
        List<Integer> coeffs = new ArrayList<>();
        for (Map.Entry<Integer, Integer> week : times.entrySet()) {
          List<BoolVar> ofWeek = new ArrayList<>();
          int first = problem.horizon().indexOf(mondays.get(week.getKey()));
          for (int d = first; d < first + 7; d++) {
            for (int s : longTypes) {
              ofWeek.add(model.works(e, d, s));
            }
          }
          if (window.length == 1) {
            longShifts.addAll(ofWeek);
            ofWeek.forEach(b -> coeffs.add(week.getValue()));
            continue;
          }
          if (weekly[week.getKey()] == null) {
            weekly[week.getKey()] =
                choco.intVar("longShifts[" + employee.id() + "@" + mondays.get(week.getKey()) + "]", 0, ofWeek.size(), true);
            choco.sum(ofWeek.toArray(new BoolVar[0]), "=", weekly[week.getKey()]).post();
          }
          longShifts.add(weekly[week.getKey()]);
          coeffs.add(week.getValue());
        }
        int most = 0;
        for (int i = 0; i < coeffs.size(); i++) {
          most += coeffs.get(i) * longShifts.get(i).getUB();
        }
        if (most <= maxCount()) {
          continue;
        }
        IntVar[] vars = longShifts.toArray(new IntVar[0]);
        int[] c = coeffs.stream().mapToInt(Integer::intValue).toArray();
        String subject = employee.id() + "@" + mondays.get(window[0]) + "+" + window.length + "w";
        if (severity().isHard()) {
          Encodings.post(this, model, subject, choco.scalar(vars, c, "<=", maxCount()));
        } else {
          IntVar count = choco.intVar("longShifts[" + subject + "]", 0, most, true);
          choco.scalar(vars, c, "=", count).post();
          IntVar excess = choco.intVar("excess[" + subject + "]", 0, most - maxCount(), true);
          choco.max(excess, choco.intVar(0), choco.intOffsetView(count, -maxCount())).post();
          terms.add(excess);
          costs.add(1);
        }
      }
      if (!severity().isHard()) {
        Encodings.addPenalty(this, model, employee.id(), terms, costs);
      }
    }
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    ImmutableList<LocalDate> mondays = view.weekStarts();
    ImmutableList<int[]> windows = Sequences.weekWindows(mondays.size(), periodWeeks(), view.isCyclic());
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (Employee employee : view.problem().employees()) {
      int[] perWeek = new int[mondays.size()];
      for (WorkedShift shift : view.shiftsOf(employee)) {
        if (!shift.type().isLong()) {
          continue;
        }
        if (!employee.acceptsLongShifts()) {
          violations.add(notAccepted(shift));
        }
        boolean holiday = onHolidays() && view.problem().isPublicHoliday(shift.date());
        if (!days().contains(shift.date().getDayOfWeek()) && !holiday) {
          violations.add(wrongDay(shift, view.problem().isPublicHoliday(shift.date())));
        }
        if (shift.minutes() > maxDuration().toMinutes()) {
          violations.add(tooLong(shift));
        }
        int week = Sequences.weekOf(shift.date(), mondays);
        if (week >= 0) {
          perWeek[week]++;
        }
      }
      for (int[] window : windows) {
        int count = 0;
        for (int week : window) {
          count += perWeek[week];
        }
        if (count > maxCount()) {
          violations.add(tooMany(employee, mondays, window, count));
        }
      }
    }
    return violations.build();
  }

  private Violation.Builder about(WorkedShift shift) {
    return violation()
        .employee(shift.employee().id())
        .date(shift.date())
        .shift(shift.type().code());
  }

  private Violation notAccepted(WorkedShift shift) {
    String who = shift.employee().id();
    return about(shift)
        .measured(1)
        .limit(0)
        .measure(Measure.COUNT)
        .penalty(1)
        .message(
            String.format(
                Locale.ROOT,
                "%s works long shift %s on %s but has not agreed to work long shifts; long shifts are"
                    + " voluntary (%s).",
                who, shift.type().code(), shift.date(), source()))
        .messageNynorsk(
            String.format(
                Locale.ROOT,
                "%s har langvakt %s %s utan å ha sagt ja til langvakter; langvakter er frivillige (%s).",
                who, shift.type().code(), shift.date(), source()))
        .build();
  }

  private Violation wrongDay(WorkedShift shift, boolean holiday) {
    String who = shift.employee().id();
    DayOfWeek day = shift.date().getDayOfWeek();
    return about(shift)
        .measured(1)
        .limit(0)
        .measure(Measure.COUNT)
        .penalty(1)
        .message(
            String.format(
                Locale.ROOT,
                "%s works long shift %s on %s, a %s%s; long shifts are allowed only on %s (%s).",
                who,
                shift.type().code(),
                shift.date(),
                day.getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                holiday ? " and public holiday" : "",
                allowedDays(Locale.ENGLISH, "public holidays", " and "),
                source()))
        .messageNynorsk(
            String.format(
                Locale.ROOT,
                "%s har langvakt %s %s, ein %s%s; langvakter er berre tillatne på %s (%s).",
                who,
                shift.type().code(),
                shift.date(),
                NYNORSK_DAYS.get(day.getValue() - 1),
                holiday ? " og helgedag" : "",
                allowedDays(null, "helgedagar", " og "),
                source()))
        .build();
  }

  /** The allowed days as text: English if {@code locale} is given, else nynorsk. */
  private String allowedDays(Locale locale, String holidays, String and) {
    List<String> names =
        days().stream()
            .sorted()
            .map(
                d ->
                    locale == null
                        ? NYNORSK_DAYS.get(d.getValue() - 1)
                        : d.getDisplayName(TextStyle.FULL, locale))
            .collect(Collectors.toCollection(ArrayList::new));
    if (onHolidays()) {
      names.add(holidays);
    }
    if (names.isEmpty()) {
      return locale == null ? "ingen dagar" : "no day";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
  }

  private Violation tooLong(WorkedShift shift) {
    String who = shift.employee().id();
    long max = maxDuration().toMinutes();
    return about(shift)
        .measured(shift.minutes())
        .limit(max)
        .measure(Measure.MINUTES)
        .penalty(shift.minutes() - max)
        .message(
            String.format(
                Locale.ROOT,
                "%s works long shift %s on %s for %s (%s to %s); maximum is %s (%s).",
                who,
                shift.type().code(),
                shift.date(),
                Durations.format(shift.minutes()),
                shift.start().toLocalTime(),
                shift.end().toLocalTime(),
                Durations.format(max),
                source()))
        .messageNynorsk(
            String.format(
                Locale.ROOT,
                "%s har langvakt %s %s i %s (%s til %s); høgst %s er tillate (%s).",
                who,
                shift.type().code(),
                shift.date(),
                Durations.formatNn(shift.minutes()),
                shift.start().toLocalTime(),
                shift.end().toLocalTime(),
                Durations.formatNn(max),
                source()))
        .build();
  }

  private Violation tooMany(Employee employee, ImmutableList<LocalDate> mondays, int[] window, int count) {
    LocalDate first = mondays.get(window[0]);
    LocalDate last = mondays.get(window[window.length - 1]).plusDays(6);
    boolean wraps = false;
    for (int k = 1; k < window.length; k++) {
      wraps |= window[k] <= window[k - 1];
    }
    return violation()
        .employee(employee.id())
        .date(first)
        .endDate(last)
        .measured(count)
        .limit(maxCount())
        .measure(Measure.COUNT)
        .penalty(count - maxCount())
        .message(
            String.format(
                Locale.ROOT,
                "%s works %d long shifts %s (%d %s); maximum is %d (%s).",
                employee.id(),
                count,
                Sequences.period(first, last, wraps),
                window.length,
                window.length == 1 ? "week" : "weeks",
                maxCount(),
                source()))
        .messageNynorsk(
            String.format(
                Locale.ROOT,
                "%s har %d langvakter %s (%d %s); høgst %d er tillate (%s).",
                employee.id(),
                count,
                Sequences.periodNn(first, last, wraps),
                window.length,
                window.length == 1 ? "veke" : "veker",
                maxCount(),
                source()))
        .build();
  }

  /** Builds a {@link LongShifts}. */
  public static final class Builder extends ImmutableLongShifts.Builder {
    Builder() {}
  }
}
