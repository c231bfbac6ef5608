package org.careroster.constraints.rules;

import java.util.ArrayList;
import java.util.List;
import org.careroster.core.StaffingRequirement;

/** Who a staffing-plan row counts, in words, for the cover rules' messages. */
final class CoverText {
  private CoverText() {}

  /** {@code " (nurse, with formal health education, with medication-delegation)"}, or empty. */
  static String who(StaffingRequirement row) {
    return who(row, "with formal health education", "with ");
  }

  /** The same in nynorsk. */
  static String whoNn(StaffingRequirement row) {
    return who(row, "med formell helsefagleg utdanning", "med ");
  }

  private static String who(StaffingRequirement row, String education, String with) {
    if (row.countsEveryone()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (!row.roles().isEmpty()) {
      parts.add(String.join("/", row.roles()));
    }
    if (row.formalHealthEducation()) {
      parts.add(education);
    }
    if (!row.competences().isEmpty()) {
      parts.add(with + String.join(", ", row.competences()));
    }
    return " (" + String.join(", ", parts) + ")";
  }
}
