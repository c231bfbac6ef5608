package org.careroster.core;

import static org.careroster.core.Checks.require;
import static org.careroster.core.Checks.checkNotBlank;
import static org.careroster.core.Checks.exactDecimal;
import static org.careroster.core.Checks.checkUnique;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person on the staff: role, competences, position size and the terms a roster must respect.
 *
 * <pre>{@code
 * Employee kari = Employee.builder()
 *     .id("E1").name("Kari Nordmann").role(Role.NURSE)
 *     .positionPercent(62.91).fullTimeWeeklyHours(35.5)
 *     .contractType(ContractType.PERMANENT)
 *     .addCompetence(Qualification.of("medication-delegation"))
 *     .homeUnit("ward-2").addOtherUnit("ward-3")
 *     .weekendFrequency(3).acceptsLongShifts(true)
 *     .build();
 * }</pre>
 *
 * <p>Required: id, name, role, position percent, full-time weekly hours and contract type. Two
 * attributes have defaults written into the format documentation: {@link #acceptsLongShifts()}
 * is {@code false} (long shifts need each person's consent) and {@link #worksNights()} is {@code
 * true} (an exemption from nights must be stated).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEmployee.class)
@JsonDeserialize(as = ImmutableEmployee.class)
public abstract class Employee {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal MAX_WEEKLY_HOURS = BigDecimal.valueOf(40);

  Employee() {}

  /** Stable id, unique within a problem, e.g. {@code "E7"}. */
  public abstract String id();

  /** Display name. */
  public abstract String name();

  /** Id of the {@link Role} the person is employed in, e.g. {@code "nurse"}. */
  public abstract String role();

  /** Competences held, each at most once, with optional expiry dates. */
  public abstract ImmutableList<Qualification> competences();

  /**
   * Position size in percent of a full-time position, from 0 (hourly substitute) to 100; exact
   * decimals such as 62.91 are kept as they are.
   */
  public abstract BigDecimal positionPercent();

  /** How the person is employed. */
  public abstract ContractType contractType();

  /**
   * Weekly hours of a 100 % position in the person's working-time arrangement: 37.5 (day work),
   * 35.5 (rota) or down to 33.6 (three-way or continuous rota); more than 0 and at most 40.
   */
  public abstract BigDecimal fullTimeWeeklyHours();

  /** Id of the person's home {@link Unit}, if units are used. */
  public abstract Optional<String> homeUnit();

  /** Other units the person may work in (across groups and units); never the home unit. */
  public abstract ImmutableSet<String> otherUnits();

  /** Works every n-th weekend (2, 3 or 4 are usual), if agreed for this person; from 1 to 8. */
  public abstract Optional<Integer> weekendFrequency();

  /** Whether the person has consented to long shifts (langvakter); {@code false} unless stated. */
  @Value.Default
  public boolean acceptsLongShifts() {
    return false;
  }

  /** Whether the person may work nights; {@code true} unless an exemption is stated. */
  @Value.Default
  public boolean worksNights() {
    return true;
  }

  /** First day of employment, if known. */
  public abstract Optional<LocalDate> employmentStart();

  /** Last day of employment, if it ends. */
  public abstract Optional<LocalDate> employmentEnd();

  /** Id of the employee who mentors this person during training (opplæring), if any. */
  public abstract Optional<String> mentor();

  /** A copy with {@code competences} instead of the ones held, e.g. with a course passed or a delegation expired. */
  public abstract Employee withCompetences(Iterable<? extends Qualification> competences);

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the person is employed on {@code date}. */
  public final boolean isEmployedOn(LocalDate date) {
    return employmentStart().map(first -> !date.isBefore(first)).orElse(true)
        && employmentEnd().map(last -> !date.isAfter(last)).orElse(true);
  }

  /** Whether the person holds competence {@code competence} valid on {@code date}. */
  public final boolean hasCompetence(String competence, LocalDate date) {
    for (Qualification q : competences()) {
      if (q.competence().equals(competence) && q.isValidOn(date)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the person may work in unit {@code unit}: the home unit or one of the others. */
  public final boolean mayWorkIn(String unit) {
    return homeUnit().map(unit::equals).orElse(false) || otherUnits().contains(unit);
  }

  /** Whether the position is 100 %. */
  public final boolean isFullTime() {
    return positionPercent().compareTo(HUNDRED) >= 0;
  }

  @Value.Check
  void check() {
    checkNotBlank(id(), "Employee", "id");
    String subject = "Employee " + id();
    checkNotBlank(name(), subject, "name");
    checkNotBlank(role(), subject, "role");
    checkPositionPercent(positionPercent(), subject);
    checkFullTimeWeeklyHours(fullTimeWeeklyHours(), subject);
    weekendFrequency()
        .ifPresent(
            n -> require(n >= 1 && n <= 8, subject, "weekendFrequency", n, "must be between 1 and 8"));
    if (employmentStart().isPresent() && employmentEnd().isPresent()) {
      require(
          !employmentEnd().get().isBefore(employmentStart().get()),
          subject,
          "employmentEnd",
          employmentEnd().get(),
          "must not be before employmentStart (" + employmentStart().get() + ")");
    }
    mentor().ifPresent(m -> require(!m.equals(id()), subject, "mentor", m, "must not be the employee"));
    homeUnit()
        .ifPresent(
            home ->
                require(
                    !otherUnits().contains(home),
                    subject,
                    "otherUnits",
                    home,
                    "must not repeat the home unit"));
    checkUnique(competences(), Qualification::competence, subject, "competences", "competence");
  }

  /** Fails unless {@code percent} is from 0 to 100 (also checked by {@link WardPresets}). */
  static void checkPositionPercent(BigDecimal percent, String subject) {
    require(
        percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0,
        subject,
        "positionPercent",
        percent,
        "must be between 0 and 100");
  }

  /** Fails unless {@code hours} is more than 0 and at most 40 (also checked by {@link WardPresets}). */
  static void checkFullTimeWeeklyHours(BigDecimal hours, String subject) {
    require(
        hours.signum() > 0 && hours.compareTo(MAX_WEEKLY_HOURS) <= 0,
        subject,
        "fullTimeWeeklyHours",
        hours,
        "must be more than 0 and at most 40 (usual values: 37.5, 35.5, 33.6)");
  }

  /** Builds an {@link Employee}. */
  public static final class Builder extends ImmutableEmployee.Builder {
    Builder() {}

    /** Sets the role from a {@link Role} value; the employee keeps its id. */
    public Builder role(Role role) {
      return role(role.id());
    }

    /**
     * Sets the position size from a decimal literal such as {@code 62.91}, kept exactly as written
     * (via {@link BigDecimal#valueOf(double)}).
     */
    public Builder positionPercent(double percent) {
      return positionPercent(exactDecimal(percent, "Employee", "positionPercent"));
    }

    /** Sets the full-time weekly hours from a decimal literal such as {@code 35.5}. */
    public Builder fullTimeWeeklyHours(double hours) {
      return fullTimeWeeklyHours(exactDecimal(hours, "Employee", "fullTimeWeeklyHours"));
    }
  }
}
