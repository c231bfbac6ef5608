package org.careroster.constraints.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.internal.Encodings;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.chocosolver.solver.variables.BoolVar;
import org.immutables.value.Value;

/**
 * Availability: nobody works a shift starting on a date they are not employed ({@link
 * Employee#isEmployedOn}) or are fully absent ({@link Absence#isFull()}: sick leave, vacation,
 * leave or a course at 100 %). A partial absence, such as 50 % graded sick leave, leaves the person
 * available. Only the date the shift starts on is judged. Hard; one violation per assignment,
 * giving the reason (employment first, then the absence and its kind).
 *
 * <pre>{@code
 * Rule available = Availability.of();
 * }</pre>
 */
@Value.Immutable(singleton = true, builder = false)
@JsonTypeName(Availability.ID)
@JsonSerialize(as = ImmutableAvailability.class)
@JsonDeserialize(as = ImmutableAvailability.class)
public abstract class Availability extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "availability";

  Availability() {}

  /** The rule, hard. */
  public static Availability of() {
    return ImmutableAvailability.of();
  }

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another severity. */
  public abstract Availability withSeverity(Severity severity);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /** The employment contract and the registered absences. */
  @JsonIgnore
  @Override
  public final String source() {
    return "employment contract / registered absence";
  }


  /**
   * For each employee and day outside their employment or inside a full absence: hard, a named
   * {@code shift = OFF}; soft, the {@code working} variable costs 1, one per shift like the
   * validator's violations.
   */
  @Override
  public void post(RosterModel model) {
    Problem problem = model.problem();
    ImmutableList<LocalDate> dates = problem.horizon().dates();
    for (int e = 0; e < model.employees(); e++) {
      Employee employee = problem.employees().get(e);
      List<BoolVar> unavailable = new ArrayList<>();
      for (int d = 0; d < dates.size(); d++) {
        LocalDate date = dates.get(d);
        boolean available =
            employee.isEmployedOn(date)
                && problem.absencesOn(employee.id(), date).stream().noneMatch(Absence::isFull);
        if (available) {
          continue;
        }
        if (severity().isHard()) {
          Encodings.post(
              this, model, employee.id() + "@" + date, model.chocoModel().arithm(model.shift(e, d), "=", RosterModel.OFF));
        } else {
          unavailable.add(model.working(e, d));
        }
      }
      if (!severity().isHard()) {
        Encodings.addPenalty(this, model, employee.id(), unavailable, null);
      }
    }
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (Employee employee : view.problem().employees()) {
      if (employee.employmentStart().isEmpty()
          && employee.employmentEnd().isEmpty()
          && view.problem().absencesByEmployee().get(employee.id()).isEmpty()) {
        continue; // nothing can make this employee unavailable
      }
      for (WorkedShift shift : view.shiftsOf(employee)) {
        LocalDate date = shift.date();
        if (!employee.isEmployedOn(date)) {
          violations.add(
              violation(
                  employee,
                  shift,
                  notEmployed(employee, date, false),
                  notEmployed(employee, date, true)));
          continue;
        }
        Optional<Absence> absence =
            view.problem().absencesOn(employee.id(), date).stream()
                .filter(Absence::isFull)
                .findFirst();
        if (absence.isPresent()) {
          Absence a = absence.get();
          violations.add(
              violation(
                  employee,
                  shift,
                  String.format(Locale.ROOT, "is on %s from %s to %s", kind(a.kind()), a.from(), a.to()),
                  String.format(Locale.ROOT, "har %s frå %s til %s", kindNn(a.kind()), a.from(), a.to())));
        }
      }
    }
    return violations.build();
  }

  private static String notEmployed(Employee employee, LocalDate date, boolean nynorsk) {
    boolean before = employee.employmentStart().map(date::isBefore).orElse(false);
    if (before) {
      LocalDate start = employee.employmentStart().get();
      return nynorsk ? "er ikkje tilsett før " + start : "is not employed until " + start;
    }
    LocalDate end = employee.employmentEnd().orElseThrow();
    return nynorsk ? "er ikkje tilsett etter " + end : "is not employed after " + end;
  }

  private Violation violation(Employee employee, WorkedShift shift, String why, String whyNn) {
    return violation()
        .employee(employee.id())
        .date(shift.date())
        .shift(shift.type().code())
        .measured(1)
        .limit(0)
        .measure(Measure.COUNT)
        .penalty(1)
        .message(
            String.format(
                Locale.ROOT,
                "%s works %s on %s but %s; no shift is allowed that day (%s).",
                employee.id(), shift.type().code(), shift.date(), why, source()))
        .messageNynorsk(
            String.format(
                Locale.ROOT,
                "%s har %s %s, men %s; ingen vakt er lov den dagen (%s).",
                employee.id(), shift.type().code(), shift.date(), whyNn, source()))
        .build();
  }

  private static String kind(AbsenceKind kind) {
    switch (kind) {
      case SICK_LEAVE:
        return "full sick leave";
      case VACATION:
        return "vacation";
      case LEAVE:
        return "leave";
      case COURSE:
        return "a course";
      default:
        return kind.name();
    }
  }

  private static String kindNn(AbsenceKind kind) {
    switch (kind) {
      case SICK_LEAVE:
        return "full sjukmelding";
      case VACATION:
        return "ferie";
      case LEAVE:
        return "permisjon";
      case COURSE:
        return "kurs";
      default:
        return kind.name();
    }
  }
}
