package org.careroster.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.Test;

/** Scenarios applied to a small ward with a weekend long shift. */
class ScenarioTest {

  private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

  /** D, A, N and LD; LD needs 2 (1 nurse) at weekends; four staff, two of them consenting to long shifts. */
  static Problem ward() {
    return Problem.builder()
        .horizon(PlanningHorizon.cyclic(MONDAY, 6))
        .addAllRoles(Role.STANDARD)
        .addEmployees(
            WardPresets.employee("S1", "Name S1", Role.NURSE, 100, 35.5, ContractType.PERMANENT).acceptsLongShifts(true).build(),
            WardPresets.employee("S2", "Name S2", Role.NURSE, 50, 35.5, ContractType.PERMANENT).build(),
            WardPresets.employee("H1", "Name H1", Role.HEALTH_WORKER, 40, 35.5, ContractType.PERMANENT).acceptsLongShifts(true).build(),
            WardPresets.employee("H2", "Name H2", Role.HEALTH_WORKER, 30, 35.5, ContractType.PERMANENT).build())
        .addShiftTypes(WardPresets.DAY, WardPresets.EVENING, WardPresets.NIGHT, WardPresets.WEEKEND_LONG_DAY)
        .staffingPlan(StaffingPlan.builder()
            .addRequirement(StaffingRequirement.builder().shift("D").days(DayKind.EVERY_DAY).minimum(1).build())
            .addRequirement(StaffingRequirement.builder().shift("LD").days(DayKind.WEEKEND).minimum(2).build())
            .addRequirement(StaffingRequirement.builder().shift("LD").days(DayKind.WEEKEND).addRoles(Role.NURSE.id()).minimum(1).build())
            .build())
        .build();
  }

  @Test
  void apply_empty_isTheWardAsItIs() {
    assertEquals(ward(), Scenario.builder().name("as is").build().apply(ward()));
  }

  @Test
  void apply_weekendEvery_setsEveryonesFrequency() {
    Problem p = Scenario.builder().name("2nd").weekendEvery(2).build().apply(ward());
    assertTrue(p.employees().stream().allMatch(e -> e.weekendFrequency().equals(java.util.Optional.of(2))));
  }

  @Test
  void apply_noLongShifts_movesTheLongShiftsRowsToTheDayShiftsItOverlaps() {
    Problem p = Scenario.builder().name("no LD").longShifts(false).build().apply(ward());
    assertFalse(p.findShiftType("LD").isPresent());
    Set<String> weekendRows = p.staffingPlan().requirements().stream().filter(r -> r.days() == DayKind.WEEKEND)
        .map(r -> r.shift() + " " + r.minimum() + " " + r.roles()).collect(Collectors.toSet());
    assertEquals(Set.of("D 3 []", "D 1 [nurse]", "A 2 []", "A 1 [nurse]"), weekendRows,
        "LD 08:00-20:30 overlaps D 07:30-15:00 and A 14:30-22:00, not N; D's every-day 1 plus LD's 2 at weekends");
    assertTrue(p.staffingPlan().requirements().stream().anyMatch(r -> r.shift().equals("D") && r.days() == DayKind.EVERY_DAY
        && r.minimum() == 1), "weekdays keep D's 1");
  }

  @Test
  void apply_longShiftsWithoutAny_isRejected() {
    Problem none = Scenario.builder().name("no LD").longShifts(false).build().apply(ward());
    InvalidModelException e = assertThrows(InvalidModelException.class,
        () -> Scenario.builder().name("LD").longShifts(true).build().apply(none));
    assertEquals("longShifts", e.path());
  }

  @Test
  void apply_consentShare_roundsUpAndKeepsThoseWhoConsentFirst() {
    Problem p = Scenario.builder().name("half").longShiftConsentPercent(BigDecimal.valueOf(25)).build().apply(ward());
    assertEquals(List.of("S1"), p.employees().stream().filter(Employee::acceptsLongShifts).map(Employee::id).toList());
    Problem all = Scenario.builder().name("all").longShiftConsentPercent(BigDecimal.valueOf(100)).build().apply(ward());
    assertTrue(all.employees().stream().allMatch(Employee::acceptsLongShifts));
  }

  @Test
  void apply_staffChanges_removeMergeRaiseAndAdd() {
    Problem p = Scenario.builder().name("staff")
        .addRemove("H2")
        .addMerge(Scenario.Merge.of("S2", "H1"))
        .addPositions(Scenario.Position.of("S1", 80))
        .addAdd(Scenario.Heads.of(Role.HEALTH_WORKER.id(), 75, 2))
        .addShiftLengths(Scenario.ShiftLength.of("D", Duration.ofHours(8)))
        .build().apply(ward());
    assertEquals(List.of("S1", "S2", "new-health-worker-1-1", "new-health-worker-1-2"),
        p.employees().stream().map(Employee::id).toList());
    assertEquals(0, new BigDecimal("90").compareTo(p.findEmployee("S2").orElseThrow().positionPercent()));
    assertEquals(0, new BigDecimal("80").compareTo(p.findEmployee("S1").orElseThrow().positionPercent()));
    assertEquals(Duration.ofHours(8), p.findShiftType("D").orElseThrow().duration());
  }

  @Test
  void apply_taskSharing_replacesThePolicy() {
    TaskSharingPolicy policy = TaskSharingPolicy.builder().build();
    Problem p = Scenario.builder().name("policy").taskSharing(policy).build().apply(ward());
    assertEquals(policy, p.taskSharing());
  }

  @Test
  void apply_badNames_sayWhereAndWhat() {
    InvalidModelException unknown = assertThrows(InvalidModelException.class,
        () -> Scenario.builder().name("x").addRemove("Z9").build().apply(ward()));
    assertEquals("Scenario x: remove[0] (\"Z9\") is not an employee of the problem", unknown.getMessage());
    InvalidModelException tooBig = assertThrows(InvalidModelException.class,
        () -> Scenario.builder().name("x").addMerge(Scenario.Merge.of("S1", "S2")).build().apply(ward()));
    assertEquals("merge[0]", tooBig.path());
    assertThrows(InvalidModelException.class,
        () -> Scenario.builder().name("x").addAdd(Scenario.Heads.of("surgeon", 50, 1)).build().apply(ward()));
    assertThrows(InvalidModelException.class,
        () -> Scenario.builder().name("x").addShiftLengths(Scenario.ShiftLength.of("Q", Duration.ofHours(8))).build().apply(ward()));
    assertEquals("weekendEvery",
        assertThrows(InvalidModelException.class, () -> Scenario.builder().name("x").weekendEvery(0).build()).path());
    assertEquals("longShiftConsentPercent", assertThrows(InvalidModelException.class,
        () -> Scenario.builder().name("x").longShiftConsentPercent(BigDecimal.valueOf(101)).build()).path());
  }

  @Test
  void weekendEvery_aFrequencyTheRotationHoldsUnevenly_runsOverTheCommonMultiple() {
    assertEquals("every 3rd weekend", Scenario.weekendEvery(3, 6).name());
    assertEquals(java.util.Optional.empty(), Scenario.weekendEvery(3, 6).rotationWeeks());
    Scenario fourth = Scenario.weekendEvery(4, 6);
    assertEquals("every 4th weekend (12 weeks)", fourth.name());
    assertEquals(java.util.Optional.of(12), fourth.rotationWeeks());
    assertEquals(java.util.Optional.of(4), fourth.weekendEvery());
    assertEquals("weekendEvery", assertThrows(InvalidModelException.class, () -> Scenario.weekendEvery(0, 6)).path());
  }

  @Test
  void grid_combinesEveryValueOfEachDimension() {
    List<Scenario> weekends = List.of(Scenario.builder().name("2nd").weekendEvery(2).build(),
        Scenario.builder().name("3rd").weekendEvery(3).build());
    List<Scenario> longShifts = List.of(Scenario.builder().name("LD").longShifts(true).build(),
        Scenario.builder().name("no LD").longShifts(false).build());
    ImmutableList<Scenario> grid = Scenario.grid(List.of(weekends, List.of(), longShifts));
    assertEquals(List.of("2nd · LD", "2nd · no LD", "3rd · LD", "3rd · no LD"), grid.stream().map(Scenario::name).toList());
    assertEquals(java.util.Optional.of(3), grid.get(3).weekendEvery());
    assertEquals(java.util.Optional.of(false), grid.get(3).longShifts());
  }

  @Test
  void json_roundTrips() {
    Scenario s = Scenario.builder().name("TØRN").weekendEvery(2).longShifts(true).longShiftConsentPercent(BigDecimal.valueOf(60))
        .rotationWeeks(12).addPositions(Scenario.Position.of("S2", 75)).build();
    RosterJson json = RosterJson.strict();
    assertEquals(List.of(s), json.readList(json.write(List.of(s)), Scenario.class));
  }
}
