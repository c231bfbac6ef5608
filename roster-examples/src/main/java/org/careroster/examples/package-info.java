/**
 * Runnable scenarios and the {@code ./roster} command line: the demo ward ({@link
 * org.careroster.examples.DemoWard}), the roster grid printer ({@link
 * org.careroster.examples.RosterGrid}) and the entry point ({@link
 * org.careroster.examples.RosterCli}).
 */
package org.careroster.examples;
