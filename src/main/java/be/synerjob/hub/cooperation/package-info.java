/**
 * The cooperation itself: the members' representatives and their mandates, board sessions and
 * general assemblies with their agendas, numbered decisions and documents (public or internal), the
 * rolling agenda (a deterministic rotation of presenting members, the theme vote and the themes
 * presented by year, and planning the next board session from both), and the working groups the
 * board mandates, with their experts, status history, reports and links to the parts of the hub
 * they steer; an iCalendar feed of sessions. See {@code docs/cooperation.md}.
 */
package be.synerjob.hub.cooperation;
