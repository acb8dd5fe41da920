package be.synerjob.hub.cooperation;

import be.synerjob.hub.core.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions as an iCalendar feed (RFC 5545): one VEVENT per session the reader may see, UID
 * stable per session ({@code <uid>@hub.synerjob.be}), SEQUENCE = the session's revision, DTSTAMP =
 * its last change, times in Europe/Brussels with its VTIMEZONE, SUMMARY and the agenda
 * (DESCRIPTION) in the requested language; cancelled sessions stay with STATUS:CANCELLED so
 * calendars remove them.
 */
@Service
public class SessionCalendar {

  public static final String UID_DOMAIN = "hub.synerjob.be";

  private final Sessions sessions;
  private final RollingAgenda agenda;

  SessionCalendar(Sessions sessions, RollingAgenda agenda) {
    this.sessions = sessions;
    this.agenda = agenda;
  }

  @Transactional(readOnly = true)
  public String ics(Viewer viewer, Language language) {
    ICalendarWriter w = new ICalendarWriter();
    w.begin("VCALENDAR");
    w.raw("VERSION", "2.0");
    w.raw("PRODID", "-//Synerjob//Synerjob Hub cooperation//" + language.code().toUpperCase());
    w.raw("CALSCALE", "GREGORIAN");
    w.text("X-WR-CALNAME", Labels.text("coop.calendar.name", language));
    w.raw("X-WR-TIMEZONE", ICalendarWriter.TZID);
    w.brusselsTimeZone();
    for (Session s : sessions.list(viewer, null, null)) {
      List<Sessions.AgendaItem> items = sessions.agenda(s.id());
      Map<Long, Theme> themes =
          agenda.themes(items.stream().map(Sessions.AgendaItem::themeId).toList());
      String summary =
          Labels.format("coop.calendar.summary", language, Labels.of(s.kind(), language));
      if (s.status() == SessionStatus.CANCELLED) {
        summary = Labels.format("coop.calendar.cancelled", language, summary);
      }
      List<String> lines = new ArrayList<>();
      for (Sessions.AgendaItem item : items) {
        lines.add(item.position() + ". " + sessions.title(item, language, themes));
      }
      w.begin("VEVENT");
      w.raw("UID", s.uid() + "@" + UID_DOMAIN);
      w.utc("DTSTAMP", s.updatedAt());
      w.local("DTSTART", s.startsAt());
      w.local("DTEND", s.endsAt());
      w.raw("SEQUENCE", Integer.toString(s.revision()));
      w.text("SUMMARY", summary);
      w.text("LOCATION", s.place());
      if (!lines.isEmpty()) {
        w.text("DESCRIPTION", String.join("\n", lines));
      }
      w.raw("STATUS", s.status() == SessionStatus.CANCELLED ? "CANCELLED" : "CONFIRMED");
      w.raw("CLASS", s.visibility() == Visibility.PUBLIC ? "PUBLIC" : "CONFIDENTIAL");
      w.end("VEVENT");
    }
    w.end("VCALENDAR");
    return w.toString();
  }
}
