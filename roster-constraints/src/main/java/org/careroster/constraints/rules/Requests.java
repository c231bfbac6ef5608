package org.careroster.constraints.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.internal.Encodings;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Request;
import org.careroster.core.RequestKind;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;
import org.immutables.value.Value;

/**
 * Requests (ønsketurnus): each {@link Request} of the problem is met, or costs its own {@link
 * Request#weight()} (the violation's penalty) times the rule's weight. A work request with a shift
 * is met when the employee works that shift starting that day; without a shift, when they work any
 * shift starting that day. An off request with a shift is met when they do not work that shift that
 * day; without a shift, when no shift of theirs starts that day (a night shift from the day before
 * that ends that morning does not break it). Soft.
 *
 * <pre>{@code
 * Rule wishes = Requests.of().withSeverity(Severity.soft(3));
 * }</pre>
 */
@Value.Immutable(singleton = true, builder = false)
@JsonTypeName(Requests.ID)
@JsonSerialize(as = ImmutableRequests.class)
@JsonDeserialize(as = ImmutableRequests.class)
public abstract class Requests extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "requests";

  Requests() {}

  /** The rule, soft with weight 1 per unit of request weight. */
  public static Requests of() {
    return ImmutableRequests.of();
  }

  /** Soft with weight 1 unless set otherwise; a broken request costs this weight × its own. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.soft(1);
  }

  /** A copy with another severity. */
  public abstract Requests withSeverity(Severity severity);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /** The employee's wish (ønsketurnus). */
  @JsonIgnore
  @Override
  public final String source() {
    return "wish (ønsketurnus)";
  }


  /**
   * One boolean per request for "the wish is met" (the {@code works} or {@code working} variable,
   * or its negation for a wish to be off): hard, a named constraint that it holds; soft, a penalty
   * per employee of Σ weight × broken, which is the validator's penalty.
   */
  @Override
  public void post(RosterModel model) {
    Problem problem = model.problem();
    Model choco = model.chocoModel();
    Map<String, List<IntVar>> broken = new LinkedHashMap<>();
    Map<String, List<Integer>> weights = new LinkedHashMap<>();
    for (Request request : problem.requests()) {
      int e = problem.employees().indexOf(problem.findEmployee(request.employee()).orElseThrow());
      int d = problem.horizon().indexOf(request.date());
      BoolVar worked =
          request.shift().isPresent()
              ? model.works(e, d, model.shiftTypeIndex(request.shift().get()))
              : model.working(e, d);
      BoolVar met = request.kind() == RequestKind.WORK ? worked : worked.not();
      if (severity().isHard()) {
        String subject =
            request.employee() + "@" + request.date() + ":" + request.kind() + request.shift().map(s -> " " + s).orElse("");
        Encodings.post(this, model, subject, choco.arithm(met, "=", 1));
      } else {
        broken.computeIfAbsent(request.employee(), k -> new ArrayList<>()).add(met.not());
        weights.computeIfAbsent(request.employee(), k -> new ArrayList<>()).add(request.weight());
      }
    }
    for (Map.Entry<String, List<IntVar>> employee : broken.entrySet()) {
      Encodings.addPenalty(this, model, employee.getKey(), employee.getValue(), weights.get(employee.getKey()));
    }
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    Problem problem = view.problem();
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (Request request : problem.requests()) {
      Employee employee = problem.findEmployee(request.employee()).orElseThrow();
      List<String> worked = new ArrayList<>();
      for (WorkedShift shift : view.shiftsOf(employee)) {
        if (shift.date().equals(request.date())) {
          worked.add(shift.type().code());
        }
      }
      String asked = request.shift().orElse(null);
      boolean work = request.kind() == RequestKind.WORK;
      long matching = asked == null ? worked.size() : worked.stream().filter(asked::equals).count();
      boolean met = work ? matching > 0 : matching == 0;
      if (!met) {
        violations.add(violation(request, worked, matching, work));
      }
    }
    return violations.build();
  }

  private Violation violation(Request request, List<String> worked, long matching, boolean work) {
    String asked = request.shift().orElse(null);
    String wishEn;
    String wishNn;
    if (work) {
      wishEn = asked == null ? "to work a shift" : "to work " + asked;
      wishNn = asked == null ? "å arbeide ei vakt" : "å arbeide " + asked;
    } else {
      wishEn = asked == null ? "to be off" : "to be off " + asked;
      wishNn = asked == null ? "å ha fri" : "å sleppe " + asked;
    }
    String gotEn = worked.isEmpty() ? "has no shift" : "works " + String.join(", ", worked);
    String gotNn = worked.isEmpty() ? "har inga vakt" : "har " + String.join(", ", worked);
    Violation.Builder builder = violation();
    request.shift().ifPresent(builder::shift);
    return builder
        .employee(request.employee())
        .date(request.date())
        .measured(matching)
        .limit(work ? 1 : 0)
        .measure(Measure.COUNT)
        .penalty(request.weight())
        .message(
            String.format(
                Locale.ROOT,
                "%s asked %s on %s (weight %d) but %s that day; the wish costs %d (%s).",
                request.employee(),
                wishEn,
                request.date(),
                request.weight(),
                gotEn,
                request.weight(),
                source()))
        .messageNynorsk(
            String.format(
                Locale.ROOT,
                "%s ønskte %s %s (vekt %d), men %s den dagen; ønsket kostar %d (%s).",
                request.employee(),
                wishNn,
                request.date(),
                request.weight(),
                gotNn,
                request.weight(),
                source()))
        .build();
  }
}
