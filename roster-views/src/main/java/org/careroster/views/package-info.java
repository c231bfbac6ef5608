/**
 * Views and exports of rosters for people and their calendars: {@link
 * org.careroster.views.RosterPage} (one self-contained HTML page: the grid, the violations on their
 * cells, the cover rows and per-employee totals), {@link org.careroster.views.ICalendarExport}
 * (RFC 5545 with ical4j, Europe/Oslo with its clock changes, stable UIDs) and {@link
 * org.careroster.views.RosterCsv} (one row per shift, or the grid). The core modules stay free of
 * these libraries.
 */
package org.careroster.views;
