package org.careroster.views;

import org.careroster.core.ShiftType;

/** Words the views share, in English or nynorsk. */
final class Labels {

  private Labels() {}

  /** {@code Day shift} / {@code Dagvakt} and so on, by the shift's category. */
  static String shiftName(ShiftType type, boolean nynorsk) {
    switch (type.category()) {
      case DAY:
        return nynorsk ? "Dagvakt" : "Day shift";
      case EVENING:
        return nynorsk ? "Kveldsvakt" : "Evening shift";
      case NIGHT:
        return nynorsk ? "Nattevakt" : "Night shift";
      default:
        return nynorsk ? "Langvakt" : "Long shift";
    }
  }
}
