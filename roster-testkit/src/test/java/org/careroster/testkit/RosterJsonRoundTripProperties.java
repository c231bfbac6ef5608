package org.careroster.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.careroster.core.Employee;
import org.careroster.core.Roster;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.Test;

/** Generated rosters and employees survive a JSON round trip (moved here from roster-core with their generators). */
class RosterJsonRoundTripProperties {

  private static final RosterJson JSON = RosterJson.strict();

  @Test
  void rosterSurvivesJsonRoundTrip() {
    qt().withExamples(200).withShrinkCycles(25).forAll(Gens.rosters(30))
        .checkAssert(roster -> assertEquals(roster, JSON.read(JSON.write(roster), Roster.class)));
  }

  @Test
  void employeeSurvivesJsonRoundTrip() {
    qt().withExamples(200).withShrinkCycles(25).forAll(Gens.employees()).checkAssert(employee -> {
      Employee back = JSON.read(JSON.write(employee), Employee.class);
      assertEquals(employee, back);
      assertEquals(employee.positionPercent().scale(), back.positionPercent().scale());
    });
  }
}
