package org.careroster.metrics;

import static org.careroster.metrics.MetricChecks.require;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.careroster.core.Role;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingRequirement;
import org.careroster.core.json.RosterInputException;
import org.careroster.core.json.RosterJson;
import org.immutables.value.Value;

/**
 * The KPI records document ({@code RECORDS.json}, docs/FORMAT.md): one unit's roles, shift types and
 * periods, each period with staff, work records, absences and optionally the staffing plan and base
 * rotation. {@link Scorecard#of(UnitRecords)} turns it into the scorecard.
 *
 * <pre>{@code
 * UnitRecords records = UnitRecords.read(Path.of("examples/kpi/home-care-west.json"));
 * System.out.print(Scorecard.of(records).render(ScorecardFormat.TEXT));
 * }</pre>
 *
 * <p>Every reference must resolve: an employee's role, a staffing row's shift and roles, a rotation
 * assignment's shift. Periods come in time order (by {@code from}) with unique labels.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnitRecords.class)
@JsonDeserialize(as = ImmutableUnitRecords.class)
public abstract class UnitRecords {

  UnitRecords() {}

  /** Id of the unit, e.g. {@code "home-care-west"}. */
  public abstract String unit();

  /** Display name, e.g. {@code "Heimetenesta vest"}. */
  public abstract Optional<String> name();

  /** The roles employees refer to; ids unique. */
  public abstract ImmutableList<Role> roles();

  /** The shift types staffing plans and rotations refer to; codes unique. */
  public abstract ImmutableList<ShiftType> shiftTypes();

  /** The periods, in time order; at least one. */
  public abstract ImmutableList<RecordPeriod> periods();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a KPI records document with {@link RosterJson#strict()}.
   *
   * @throws RosterInputException if the document is malformed or describes invalid records, with
   *     the JSON path of the mistake
   */
  public static UnitRecords read(String json) {
    return RosterJson.strict().read(json, UnitRecords.class);
  }

  /**
   * Reads a KPI records document from a UTF-8 file.
   *
   * @throws IOException if the file cannot be read
   * @throws RosterInputException as {@link #read(String)}
   */
  public static UnitRecords read(Path file) throws IOException {
    return read(RosterJson.readUtf8(file));
  }

  /** The roles by id. */
  @Value.Lazy
  public ImmutableMap<String, Role> rolesById() {
    return Maps.uniqueIndex(roles(), Role::id);
  }

  /** The shift types by code, in the order given. */
  @Value.Lazy
  public ImmutableMap<String, ShiftType> shiftTypesByCode() {
    return Maps.uniqueIndex(shiftTypes(), ShiftType::code);
  }

  @Value.Check
  void check() {
    String subject = "UnitRecords " + unit();
    require(!unit().isBlank(), "UnitRecords", "unit", unit(), "must not be blank");
    require(!periods().isEmpty(), subject, "periods", null, "must hold at least one period");
    Set<String> roleIds = new LinkedHashSet<>();
    for (int i = 0; i < roles().size(); i++) {
      require(roleIds.add(roles().get(i).id()), subject, "roles[" + i + "].id", roles().get(i).id(), "is a duplicate");
    }
    Set<String> codes = new LinkedHashSet<>();
    for (int i = 0; i < shiftTypes().size(); i++) {
      String code = shiftTypes().get(i).code();
      require(codes.add(code), subject, "shiftTypes[" + i + "].code", code, "is a duplicate");
    }
    Set<String> labels = new LinkedHashSet<>();
    for (int p = 0; p < periods().size(); p++) {
      RecordPeriod period = periods().get(p);
      String at = "periods[" + p + "]";
      require(labels.add(period.label()), subject, at + ".label", period.label(), "is a duplicate");
      if (p > 0) {
        RecordPeriod before = periods().get(p - 1);
        require(
            period.from().isAfter(before.from()),
            subject,
            at + ".from",
            period.from(),
            "must be after the previous period's from (" + before.from() + "); periods come in time order");
      }
      for (int e = 0; e < period.employees().size(); e++) {
        String role = period.employees().get(e).role();
        require(
            roleIds.contains(role),
            subject,
            at + ".employees[" + e + "].role",
            role,
            "is not a role of the records; known: " + roleIds + ". Maybe add it to roles");
      }
      if (period.staffingPlan().isPresent()) {
        ImmutableList<StaffingRequirement> rows = period.staffingPlan().get().requirements();
        for (int r = 0; r < rows.size(); r++) {
          String row = at + ".staffingPlan.requirements[" + r + "]";
          require(codes.contains(rows.get(r).shift()), subject, row + ".shift", rows.get(r).shift(), "is not a shift type of the records; known: " + codes);
          for (String role : rows.get(r).roles()) {
            require(roleIds.contains(role), subject, row + ".roles", role, "is not a role of the records; known: " + roleIds);
          }
        }
      }
      if (period.rotation().isPresent()) {
        var assignments = period.rotation().get().assignments();
        for (int a = 0; a < assignments.size(); a++) {
          String shift = assignments.get(a).shift();
          require(
              codes.contains(shift),
              subject,
              at + ".rotation.assignments[" + a + "].shift",
              shift,
              "is not a shift type of the records; known: " + codes);
        }
      }
    }
  }

  /** Builds {@link UnitRecords}; the unit and at least one period are required. */
  public static final class Builder extends ImmutableUnitRecords.Builder {
    Builder() {}
  }
}
