package org.careroster.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.Sets;
import java.util.HashSet;
import java.util.Set;
import org.careroster.constraints.Rules;
import org.careroster.core.Assignment;
import org.careroster.core.Roster;
import org.junit.jupiter.api.Test;

/** Each mutation changes one assignment; dropping a shift never lowers the minimum-cover penalty (metamorphic). */
class MutationsTest {

  @Test
  void mutations_changeAtMostOneAssignment_andDroppingNeverLowersTheCoverPenalty() {
    qt().withExamples(40).forAll(Gens.feasibleWards(6, 2), Gens.randoms()).checkAssert((ward, random) -> {
      Roster witness = ward.witness();
      Set<Assignment> before = new HashSet<>(witness.assignments());
      for (Roster changed : new Roster[] {Mutations.move(random, ward.problem(), witness), Mutations.drop(random, witness),
          Mutations.add(random, ward.problem(), witness)}) {
        Set<Assignment> after = new HashSet<>(changed.assignments());
        assertTrue(Sets.symmetricDifference(before, after).size() <= 2, () -> Sets.symmetricDifference(before, after).toString());
      }
      Roster swapped = Mutations.swap(random, witness);
      assertTrue(Sets.difference(new HashSet<>(swapped.assignments()), before).size() <= 2);
      long coverBefore = Rules.minimumCover().check(ward.problem(), witness).stream().mapToLong(v -> v.penalty()).sum();
      long coverAfter = Rules.minimumCover().check(ward.problem(), Mutations.drop(random, witness)).stream().mapToLong(v -> v.penalty()).sum();
      assertTrue(coverAfter >= coverBefore);
    });
  }
}
