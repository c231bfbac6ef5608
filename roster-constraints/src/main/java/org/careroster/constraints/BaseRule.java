package org.careroster.constraints;

/** Holds the id and severity every catalogue rule has. */
abstract class BaseRule implements Rule {

  private final String id;
  private final Severity severity;

  BaseRule(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity severity() {
    return severity;
  }
}
