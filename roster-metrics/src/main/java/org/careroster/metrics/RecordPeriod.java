package org.careroster.metrics;

import static org.careroster.metrics.MetricChecks.require;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.careroster.core.Absence;
import org.careroster.core.Assignment;
import org.careroster.core.Employee;
import org.careroster.core.StaffingPlan;
import org.careroster.core.WorkRecord;
import org.immutables.value.Value;

/**
 * One column of the scorecard: a unit's staff, work records and absences for one period, and
 * optionally the staffing plan and base rotation it was planned with.
 *
 * <pre>{@code
 * RecordPeriod.builder().label("Nov 2024")
 *     .from(LocalDate.of(2024, 11, 1)).to(LocalDate.of(2024, 11, 30))
 *     .referenceDate(LocalDate.of(2024, 11, 30))
 *     .addEmployee(kari).addWorkRecord(record).addAbsence(sick)
 *     .build();
 * }</pre>
 *
 * <p>Hours (work records, sick leave) are summed from {@link #from()} to {@link #to()}; head counts
 * and positions are taken on {@link #referenceDate()}. An employee id may appear more than once:
 * each entry is one position of the same person (the positions are summed). Former employees stay
 * in the list with their {@code employmentEnd}: the population leaves them out, and the new-hire
 * KPI needs them.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordPeriod.class)
@JsonDeserialize(as = ImmutableRecordPeriod.class)
public abstract class RecordPeriod {

  RecordPeriod() {}

  /** Column heading, e.g. {@code "Nov 2024"}; unique within the records. */
  public abstract String label();

  /** First day of the period. */
  public abstract LocalDate from();

  /** Last day of the period, included. */
  public abstract LocalDate to();

  /** The date the population is taken on (KS uses 1 December), e.g. the period's last day. */
  public abstract LocalDate referenceDate();

  /** The positions of the unit's staff; an id repeats for a person with several positions. */
  public abstract ImmutableList<Employee> employees();

  /** Hours worked or missed per employee and day, and agency hours, dated in the period. */
  public abstract ImmutableList<WorkRecord> workRecords();

  /** Absences of the staff (sick leave counts for the sick-leave KPI); they may reach beyond the period. */
  public abstract ImmutableList<Absence> absences();

  /** The staffing plan in force; required with a {@link #rotation()}. */
  public abstract Optional<StaffingPlan> staffingPlan();

  /** The base rotation (grunnturnus) in force, if known. */
  public abstract Optional<BaseRotation> rotation();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The distinct employee ids (persons), in order of first appearance. */
  @Value.Lazy
  public ImmutableSet<String> persons() {
    return employees().stream().map(Employee::id).collect(ImmutableSet.toImmutableSet());
  }

  @Value.Check
  void check() {
    String subject = "RecordPeriod " + label();
    require(!label().isBlank(), "RecordPeriod", "label", label(), "must not be blank");
    require(!to().isBefore(from()), subject, "to", to(), "must not be before from (" + from() + ")");
    for (int i = 0; i < workRecords().size(); i++) {
      WorkRecord record = workRecords().get(i);
      String at = "workRecords[" + i + "]";
      require(
          !record.date().isBefore(from()) && !record.date().isAfter(to()),
          subject,
          at + ".date",
          record.date(),
          "must lie in the period " + from() + " – " + to());
      record
          .employee()
          .ifPresent(id -> require(persons().contains(id), subject, at + ".employee", id, knownEmployee()));
    }
    for (int i = 0; i < absences().size(); i++) {
      String id = absences().get(i).employee();
      require(persons().contains(id), subject, "absences[" + i + "].employee", id, knownEmployee());
    }
    if (rotation().isPresent()) {
      require(
          staffingPlan().isPresent(),
          subject,
          "staffingPlan",
          null,
          "must be given with a rotation: weekend coverage and vacant hours measure the rotation against it");
      ImmutableList<Assignment> assignments = rotation().get().assignments();
      for (int i = 0; i < assignments.size(); i++) {
        String id = assignments.get(i).employee();
        require(
            persons().contains(id), subject, "rotation.assignments[" + i + "].employee", id, knownEmployee());
      }
    }
  }

  private String knownEmployee() {
    return "is not an employee of the period. Maybe the person is missing from employees";
  }

  /** Builds a {@link RecordPeriod}; label, from, to and referenceDate are required. */
  public static final class Builder extends ImmutableRecordPeriod.Builder {
    Builder() {}
  }
}
