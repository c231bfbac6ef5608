package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.cover;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.plan;
import static org.careroster.constraints.Fixtures.roster;
import static org.careroster.constraints.Fixtures.ward;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import org.careroster.constraints.Measure;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Violation;
import org.careroster.core.Problem;
import org.junit.jupiter.api.Test;

class MinimumCoverTest {

  private static final Problem PROBLEM =
      ward(2, employee("E1", 100), employee("E2", 100))
          .staffingPlan(plan(cover(MONDAY, "D", 2)))
          .build();

  @Test
  void check_onePersonShort_reportsShiftDateAndCounts() {
    ImmutableList<Violation> violations =
        Rules.minimumCover().check(PROBLEM, roster(on("E1", MONDAY, "D"), on("E2", MONDAY, "A")));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals("minimum-cover", v.ruleId());
    assertEquals("D", v.shift().orElseThrow());
    assertEquals(MONDAY, v.date());
    assertEquals(1, v.measured());
    assertEquals(2, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(Measure.PEOPLE, v.measure());
    assertEquals("D on 2027-01-04 has 1 person who counts; the staffing plan needs at least 2 on D on 2027-01-04.", v.message());
  }

  @Test
  void check_exactlyCovered_isLawful() {
    assertEquals(
        ImmutableList.of(),
        Rules.minimumCover().check(PROBLEM, roster(on("E1", MONDAY, "D"), on("E2", MONDAY, "D"))));
  }
}
