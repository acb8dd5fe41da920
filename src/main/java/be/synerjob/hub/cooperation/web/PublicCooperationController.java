package be.synerjob.hub.cooperation.web;

import static be.synerjob.hub.cooperation.web.Views.language;
import static be.synerjob.hub.cooperation.web.Views.viewer;

import be.synerjob.hub.cooperation.Documents;
import be.synerjob.hub.cooperation.RollingAgenda;
import be.synerjob.hub.cooperation.SessionCalendar;
import be.synerjob.hub.cooperation.SessionKind;
import be.synerjob.hub.cooperation.Sessions;
import be.synerjob.hub.cooperation.Viewer;
import be.synerjob.hub.cooperation.WorkingGroups;
import be.synerjob.hub.core.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the cooperation publishes without a key: the iCalendar feed (public sessions; all sessions
 * when a member's or the secretariat's key is sent) and public sessions with their public
 * documents.
 */
@RestController
@RequestMapping("/api/v1/cooperation")
@Tag(
    name = "Cooperation (public)",
    description = "Calendar feed and public sessions, no key needed")
class PublicCooperationController {

  static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

  private final SessionCalendar calendar;
  private final Sessions sessions;
  private final Documents documents;
  private final RollingAgenda agenda;
  private final WorkingGroups groups;

  PublicCooperationController(
      SessionCalendar calendar,
      Sessions sessions,
      Documents documents,
      RollingAgenda agenda,
      WorkingGroups groups) {
    this.calendar = calendar;
    this.sessions = sessions;
    this.documents = documents;
    this.agenda = agenda;
    this.groups = groups;
  }

  @GetMapping("/calendar.ics")
  @Operation(summary = "iCalendar feed of sessions (RFC 5545), SUMMARY in lang (nl, fr, de, en)")
  ResponseEntity<String> ics(
      @RequestParam(required = false) String lang,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String al) {
    Language l = language(lang, al);
    return ResponseEntity.ok()
        .contentType(CALENDAR)
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"synerjob-" + l.code() + ".ics\"")
        .body(calendar.ics(viewer(), l));
  }

  @GetMapping("/public/sessions")
  @Operation(summary = "Public sessions, oldest first")
  List<Views.SessionSummary> sessions(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) SessionKind kind,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String al) {
    Language l = language(lang, al);
    return sessions.list(Viewer.ANONYMOUS, year, kind).stream()
        .map(s -> Views.summary(s, sessions, l))
        .toList();
  }

  @GetMapping("/public/sessions/{id}")
  @Operation(summary = "A public session with its public documents")
  Views.SessionView session(
      @PathVariable long id,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String al) {
    return CooperationController.detail(
        id, Viewer.ANONYMOUS, language(lang, al), true, sessions, documents, agenda, groups);
  }

  @GetMapping("/public/documents/{id}")
  @Operation(summary = "A public document of a public session or working group")
  ResponseEntity<byte[]> document(@PathVariable long id) {
    return serve(documents.content(id, Viewer.ANONYMOUS));
  }

  static ResponseEntity<byte[]> serve(Documents.Content c) {
    MediaType type;
    try {
      type = MediaType.parseMediaType(c.info().mediaType());
    } catch (IllegalArgumentException e) {
      type = MediaType.APPLICATION_OCTET_STREAM;
    }
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(c.info().fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header(HttpHeaders.ETAG, "\"" + c.info().sha256() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .body(c.bytes());
  }
}
