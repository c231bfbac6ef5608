package org.careroster.core;

/** Level of an organisational {@link Unit}. */
public enum UnitKind {
  /** A ward or group that has its own roster (avdeling, gruppe). */
  WARD,
  /** A service or institution that holds wards (virksomhet, e.g. a nursing home or home care). */
  SERVICE
}
