package org.careroster.constraints;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.ward;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careroster.core.DayKind;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.junit.jupiter.api.Test;

/** Violation messages read the same under every default locale: digits stay ASCII. */
class MessageLocaleTest {

  /** Under-cover, short rest, too many days in a row, hours off contract: numbers in many messages. */
  private static List<String> messages() {
    StaffingPlan plan = StaffingPlan.builder()
        .addRequirement(StaffingRequirement.builder().shift("D").days(DayKind.EVERY_DAY).minimum(12).build())
        .build();
    Problem problem = ward(14, employee("E1", 100), employee("E2", 50)).staffingPlan(plan).build();
    List<org.careroster.core.Assignment> work = new ArrayList<>();
    for (int d = 0; d < 13; d++) {
      work.add(on("E1", MONDAY.plusDays(d), d % 2 == 0 ? "A" : "D"));
    }
    List<String> messages = new ArrayList<>();
    for (Violation v : RosterValidator.validate(problem, Roster.of(work), RuleSets.kommuneDefault()).violations()) {
      messages.add(v.message());
      messages.add(v.messageNynorsk());
    }
    return messages;
  }

  @Test
  void messages_thaiArabicAndHindiDefaultLocales_areTheRootLocalesMessages() {
    Locale before = Locale.getDefault();
    Locale beforeFormat = Locale.getDefault(Locale.Category.FORMAT);
    try {
      Locale.setDefault(Locale.ROOT);
      List<String> root = messages();
      assertTrue(root.size() > 10, () -> "too few violations to compare: " + root);
      for (String tag : new String[] {"th-TH-u-nu-thai", "ar-SA-u-nu-arab", "hi-IN-u-nu-deva", "nb-NO"}) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertEquals(root, messages(), tag);
      }
    } finally {
      Locale.setDefault(before);
      Locale.setDefault(Locale.Category.FORMAT, beforeFormat);
    }
  }
}
