package org.careroster.constraints.vacation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.careroster.constraints.Measure;
import org.careroster.constraints.Severity;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.Violation;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Problem;
import org.careroster.core.VacationEntitlement;
import org.careroster.core.VacationYear;

/**
 * The Holidays Act's rules for a planned year, checked on the vacations a plan gives (the
 * problem's absences of kind {@code VACATION} in the holiday year) against the {@link
 * VacationYear}:
 *
 * <ul>
 *   <li>{@value #ENTITLEMENT_ID}: every employee gets the working days they are entitled to (§ 5);
 *   <li>{@value #MAIN_HOLIDAY_ID}: who demands it gets 18 working days in one piece inside the main
 *       holiday period (§ 7 (1));
 *   <li>{@value #NOTICE_ID}: with a decision date, no vacation starts less than two months after it
 *       (§ 6).
 * </ul>
 *
 * <pre>{@code
 * ValidationReport report = VacationCheck.check(plan, summer);
 * report.violations().forEach(v -> System.out.println(v.message()));
 * // H2 gets 12 working days of vacation in 2027; the entitlement is 30 (Ferieloven § 5).
 * }</pre>
 */
public final class VacationCheck {

  /** Rule id: the entitlement is granted. */
  public static final String ENTITLEMENT_ID = "vacation-entitlement";

  /** Rule id: the main holiday in one piece in the main period when demanded. */
  public static final String MAIN_HOLIDAY_ID = "main-holiday";

  /** Rule id: two months' notice before a vacation starts. */
  public static final String NOTICE_ID = "vacation-notice";

  /** Months of notice before a vacation starts (Ferieloven § 6). */
  public static final int NOTICE_MONTHS = 2;

  private VacationCheck() {}

  /**
   * The violations of the three rules, all hard, by rule and then employee.
   *
   * @throws org.careroster.core.InvalidModelException if {@code year} names an employee that
   *     {@code problem} does not have
   */
  public static ValidationReport check(Problem problem, VacationYear year) {
    checkNotNull(problem, "problem");
    year.checkAgainst(problem);
    List<Violation> violations = new ArrayList<>();
    for (VacationEntitlement entitlement : year.entitlements()) {
      List<LocalDate[]> pieces = pieces(problem, year, entitlement.employee());
      int granted = 0;
      for (LocalDate[] piece : pieces) {
        granted += VacationYear.workingDays(piece[0], piece[1]);
      }
      if (granted < entitlement.days()) {
        violations.add(Violation.builder()
            .ruleId(ENTITLEMENT_ID).severity(Severity.HARD).employee(entitlement.employee())
            .date(LocalDate.of(year.year(), 1, 1)).endDate(LocalDate.of(year.year(), 12, 31))
            .measured(granted).limit(entitlement.days()).measure(Measure.COUNT).penalty(entitlement.days() - granted)
            .source("Ferieloven § 5")
            .message(String.format(Locale.ROOT, "%s gets %d working days of vacation in %d; the entitlement is %d (Ferieloven § 5).",
                entitlement.employee(), granted, year.year(), entitlement.days()))
            .messageNynorsk(String.format(Locale.ROOT, "%s får %d virkedagar ferie i %d; retten er %d (ferielova § 5).",
                entitlement.employee(), granted, year.year(), entitlement.days()))
            .build());
      }
    }
    for (VacationEntitlement entitlement : year.entitlements()) {
      if (!entitlement.demandsMainHoliday()) {
        continue;
      }
      int longest = 0;
      LocalDate[] best = null;
      for (LocalDate[] piece : pieces(problem, year, entitlement.employee())) {
        LocalDate from = piece[0].isBefore(year.mainFrom()) ? year.mainFrom() : piece[0];
        LocalDate to = piece[1].isAfter(year.mainTo()) ? year.mainTo() : piece[1];
        int days = from.isAfter(to) ? 0 : VacationYear.workingDays(from, to);
        if (days > longest) {
          longest = days;
          best = new LocalDate[] {from, to};
        }
      }
      if (longest < VacationEntitlement.MAIN_HOLIDAY_DAYS) {
        String piece = best == null ? "none" : best[0] + ".." + best[1];
        violations.add(Violation.builder()
            .ruleId(MAIN_HOLIDAY_ID).severity(Severity.HARD).employee(entitlement.employee())
            .date(year.mainFrom()).endDate(year.mainTo())
            .measured(longest).limit(VacationEntitlement.MAIN_HOLIDAY_DAYS).measure(Measure.COUNT)
            .penalty(VacationEntitlement.MAIN_HOLIDAY_DAYS - longest)
            .source("Ferieloven § 7 (1)")
            .message(String.format(Locale.ROOT,
                "%s's longest vacation between %s and %s is %d working days (%s); who demands it gets %d in one piece"
                    + " (Ferieloven § 7 (1)).",
                entitlement.employee(), year.mainFrom(), year.mainTo(), longest, piece, VacationEntitlement.MAIN_HOLIDAY_DAYS))
            .messageNynorsk(String.format(Locale.ROOT,
                "Den lengste ferien til %s mellom %s og %s er %d virkedagar (%s); den som krev det, får %d samanhengande"
                    + " (ferielova § 7 (1)).",
                entitlement.employee(), year.mainFrom(), year.mainTo(), longest, piece, VacationEntitlement.MAIN_HOLIDAY_DAYS))
            .build());
      }
    }
    if (year.decisionDate().isPresent()) {
      LocalDate told = year.decisionDate().get();
      LocalDate earliest = told.plusMonths(NOTICE_MONTHS);
      for (VacationEntitlement entitlement : year.entitlements()) {
        for (LocalDate[] piece : pieces(problem, year, entitlement.employee())) {
          if (piece[0].isBefore(earliest)) {
            violations.add(Violation.builder()
                .ruleId(NOTICE_ID).severity(Severity.HARD).employee(entitlement.employee())
                .date(piece[0]).endDate(piece[1])
                .measured(java.time.temporal.ChronoUnit.DAYS.between(told, piece[0]))
                .limit(java.time.temporal.ChronoUnit.DAYS.between(told, earliest)).measure(Measure.COUNT)
                .penalty(java.time.temporal.ChronoUnit.DAYS.between(piece[0], earliest))
                .source("Ferieloven § 6")
                .message(String.format(Locale.ROOT,
                    "%s's vacation from %s is decided on %s, less than %d months before it starts (Ferieloven § 6).",
                    entitlement.employee(), piece[0], told, NOTICE_MONTHS))
                .messageNynorsk(String.format(Locale.ROOT,
                    "Ferien til %s frå %s vert fastsett %s, mindre enn %d månader før han tek til (ferielova § 6).",
                    entitlement.employee(), piece[0], told, NOTICE_MONTHS))
                .build());
          }
        }
      }
    }
    return ValidationReport.of(violations);
  }

  /**
   * The employee's vacation in the holiday year as pieces of consecutive days (adjacent or
   * overlapping absences of kind {@code VACATION} joined; a Sunday or public holiday between two
   * of them does not break a piece), in date order.
   */
  static ImmutableList<LocalDate[]> pieces(Problem problem, VacationYear year, String employee) {
    LocalDate first = LocalDate.of(year.year(), 1, 1);
    LocalDate last = LocalDate.of(year.year(), 12, 31);
    List<LocalDate[]> spans = new ArrayList<>();
    for (Absence a : problem.absences()) {
      if (a.employee().equals(employee) && a.kind() == AbsenceKind.VACATION
          && !a.to().isBefore(first) && !a.from().isAfter(last)) {
        spans.add(new LocalDate[] {a.from().isBefore(first) ? first : a.from(), a.to().isAfter(last) ? last : a.to()});
      }
    }
    spans.sort(Comparator.comparing(s -> s[0]));
    List<LocalDate[]> pieces = new ArrayList<>();
    for (LocalDate[] span : spans) {
      LocalDate[] previous = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
      if (previous != null && VacationYear.workingDays(previous[1].plusDays(1), span[0].minusDays(1)) == 0) {
        if (span[1].isAfter(previous[1])) {
          previous[1] = span[1];
        }
      } else {
        pieces.add(new LocalDate[] {span[0], span[1]});
      }
    }
    return ImmutableList.copyOf(pieces);
  }
}
