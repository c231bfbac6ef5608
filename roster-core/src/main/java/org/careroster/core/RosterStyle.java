package org.careroster.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The one Immutables style for every careroster value type: the hand-written abstract type is the
 * public name, the generated {@code ImmutableX} stays package-private, and builders are strict
 * (an attribute may be set once).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    depluralize = true,
    depluralizeDictionary = {"shiftType:shiftTypes"})
public @interface RosterStyle {}
