package org.careroster.core;

import static org.careroster.core.Checks.checkKnown;
import static org.careroster.core.Checks.checkUnique;
import static org.careroster.core.Checks.require;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What a ward plans its holiday year's vacation (ferieavvikling) from: each employee's
 * entitlement, their ranked wishes, the main holiday period (1 June to 30 September, Ferieloven §
 * 7 (1)) and the ward's grid of summer periods, last year's peak weeks for fairness, and the day
 * the plan is decided (staff must know at least two months before their vacation starts, § 6).
 * The vacation document of {@code docs/FORMAT.md}.
 *
 * <pre>{@code
 * VacationYear summer = VacationYear.builder().year(2027)
 *     .addEntitlements(VacationEntitlement.builder().employee("E7").days(30).build())
 *     .addWishes(VacationWish.builder().employee("E7").rank(1).from(LocalDate.of(2027, 7, 5)).weeks(3).build())
 *     .build();
 * int days = VacationYear.workingDays(LocalDate.of(2027, 7, 5), LocalDate.of(2027, 7, 25));   // 18
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVacationYear.class)
@JsonDeserialize(as = ImmutableVacationYear.class)
public abstract class VacationYear {

  private static final String SUBJECT = "VacationYear";

  VacationYear() {}

  /** The holiday year (ferieåret), a calendar year (Ferieloven § 4), 2000 to 2100. */
  public abstract int year();

  /** First day of the main holiday period; 1 June of the year unless set. */
  @Value.Default
  public LocalDate mainFrom() {
    return LocalDate.of(year(), Month.JUNE, 1);
  }

  /** Last day of the main holiday period; 30 September of the year unless set. */
  @Value.Default
  public LocalDate mainTo() {
    return LocalDate.of(year(), Month.SEPTEMBER, 30);
  }

  /** First day of the peak weeks that staff take turns with; 1 July unless set. */
  @Value.Default
  public LocalDate peakFrom() {
    return LocalDate.of(year(), Month.JULY, 1);
  }

  /** Last day of the peak weeks; 31 July unless set. */
  @Value.Default
  public LocalDate peakTo() {
    return LocalDate.of(year(), Month.JULY, 31);
  }

  /** The ward's summer periods, e.g. three of three weeks; may be empty (any whole weeks). */
  public abstract ImmutableList<VacationPeriod> periods();

  /** Each employee's entitlement; one each. */
  public abstract ImmutableList<VacationEntitlement> entitlements();

  /** The employees' ranked wishes. */
  public abstract ImmutableList<VacationWish> wishes();

  /** Last year's peak weeks per employee; one each at most. */
  public abstract ImmutableList<VacationHistory> history();

  /** The day the plan is decided and told to staff, if known (Ferieloven § 6). */
  public abstract Optional<LocalDate> decisionDate();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The whole weeks that hold the main holiday period: a calendar horizon from the Monday on or
   * before {@link #mainFrom()} to the Sunday on or after {@link #mainTo()}, the summer to plan.
   */
  public final PlanningHorizon mainWeeks() {
    return PlanningHorizon.of(mainFrom().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
        mainTo().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
  }

  /** The entitlement of {@code employee}, if given. */
  public final Optional<VacationEntitlement> entitlement(String employee) {
    return entitlements().stream().filter(e -> e.employee().equals(employee)).findFirst();
  }

  /**
   * Working days (virkedagar) from {@code from} to {@code to}, both included: every day but
   * Sundays and Norwegian public holidays (Ferieloven § 5 (1)), so a whole week is 6 and the week
   * of Ascension Day 5.
   */
  public static int workingDays(LocalDate from, LocalDate to) {
    PublicHolidays holidays = PublicHolidays.norway();
    int days = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.isHoliday(d)) {
        days++;
      }
    }
    return days;
  }

  /**
   * Checks that every employee named here is one of {@code problem}'s.
   *
   * @throws InvalidModelException naming the first unknown employee, e.g. {@code wishes[3].employee}
   */
  public final void checkAgainst(Problem problem) {
    Set<String> known = problem.employees().stream().map(Employee::id).collect(Collectors.toSet());
    for (int i = 0; i < entitlements().size(); i++) {
      checkKnown(entitlements().get(i).employee(), known, SUBJECT, "entitlements[" + i + "].employee", "an employee of the problem");
    }
    for (int i = 0; i < wishes().size(); i++) {
      checkKnown(wishes().get(i).employee(), known, SUBJECT, "wishes[" + i + "].employee", "an employee of the problem");
    }
    for (int i = 0; i < history().size(); i++) {
      checkKnown(history().get(i).employee(), known, SUBJECT, "history[" + i + "].employee", "an employee of the problem");
    }
  }

  @Value.Check
  void check() {
    require(year() >= 2000 && year() <= 2100, SUBJECT, "year", year(), "must be from 2000 to 2100");
    requireInYear("mainFrom", mainFrom());
    requireInYear("mainTo", mainTo());
    require(!mainTo().isBefore(mainFrom()), SUBJECT, "mainTo", mainTo(), "must not be before mainFrom (" + mainFrom() + ")");
    require(workingDays(mainFrom(), mainTo()) >= VacationEntitlement.MAIN_HOLIDAY_DAYS, SUBJECT, "mainTo", mainTo(),
        "must leave at least " + VacationEntitlement.MAIN_HOLIDAY_DAYS + " working days after mainFrom (" + mainFrom()
            + ") for a main holiday (Ferieloven § 7 (1))");
    requireInYear("peakFrom", peakFrom());
    requireInYear("peakTo", peakTo());
    require(!peakTo().isBefore(peakFrom()), SUBJECT, "peakTo", peakTo(), "must not be before peakFrom (" + peakFrom() + ")");
    checkUnique(periods(), VacationPeriod::name, SUBJECT, "periods", "name");
    for (int i = 0; i < periods().size(); i++) {
      VacationPeriod p = periods().get(i);
      requireInYear("periods[" + i + "].from", p.from());
      requireInYear("periods[" + i + "].to", p.to());
      for (int j = 0; j < i; j++) {
        VacationPeriod q = periods().get(j);
        require(p.to().isBefore(q.from()) || q.to().isBefore(p.from()), SUBJECT, "periods[" + i + "].from", p.from(),
            "overlaps periods[" + j + "] (" + q.name() + ", " + q.from() + ".." + q.to() + ")");
      }
    }
    checkUnique(entitlements(), VacationEntitlement::employee, SUBJECT, "entitlements", "employee");
    checkUnique(history(), VacationHistory::employee, SUBJECT, "history", "employee");
    checkUnique(wishes(), w -> w.employee() + " rank " + w.rank(), SUBJECT, "wishes", "rank");
    Map<String, Integer> mustDays = new HashMap<>();
    for (int i = 0; i < wishes().size(); i++) {
      VacationWish w = wishes().get(i);
      String at = "wishes[" + i + "]";
      requireInYear(at + ".from", w.from());
      require(w.to().getYear() == year(), SUBJECT, at + ".weeks", w.weeks(),
          "must end in the holiday year " + year() + "; the wish from " + w.from() + " ends " + w.to());
      Optional<VacationEntitlement> entitlement = entitlement(w.employee());
      require(entitlement.isPresent(), SUBJECT, at + ".employee", w.employee(),
          "has no entitlement; add {\"employee\": \"" + w.employee() + "\", \"days\": 30} to entitlements");
      int days = workingDays(w.from(), w.to());
      int allowed = entitlement.get().days();
      require(days <= allowed, SUBJECT, at + ".weeks", w.weeks(),
          "asks for " + days + " working days; " + w.employee() + " is entitled to " + allowed);
      if (w.must()) {
        for (int j = 0; j < i; j++) {
          VacationWish other = wishes().get(j);
          require(!other.must() || !other.employee().equals(w.employee()) || !other.overlaps(w), SUBJECT, at + ".from", w.from(),
              "overlaps wishes[" + j + "] (" + other.from() + ".." + other.to() + "): both must be granted");
        }
        int total = mustDays.merge(w.employee(), days, Integer::sum);
        require(total <= allowed, SUBJECT, at + ".weeks", w.weeks(),
            "brings the working days " + w.employee() + " must be granted to " + total + ", more than the " + allowed
                + " they are entitled to");
      }
    }
  }

  private void requireInYear(String field, LocalDate date) {
    require(date.getYear() == year(), SUBJECT, field, date, "must lie in the holiday year " + year());
  }

  /** The wishes of {@code employee}, best rank first. */
  public final List<VacationWish> wishesOf(String employee) {
    return wishes().stream().filter(w -> w.employee().equals(employee))
        .sorted(java.util.Comparator.comparingInt(VacationWish::rank)).toList();
  }

  /** Builds a {@link VacationYear}; the year is required. */
  public static final class Builder extends ImmutableVacationYear.Builder {
    Builder() {}
  }
}
