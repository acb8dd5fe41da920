package be.synerjob.hub.cooperation.web;

import static be.synerjob.hub.cooperation.web.Views.language;
import static be.synerjob.hub.cooperation.web.Views.viewer;

import be.synerjob.hub.cooperation.DecisionStatus;
import be.synerjob.hub.cooperation.Documents;
import be.synerjob.hub.cooperation.Representatives;
import be.synerjob.hub.cooperation.RollingAgenda;
import be.synerjob.hub.cooperation.Session;
import be.synerjob.hub.cooperation.SessionKind;
import be.synerjob.hub.cooperation.Sessions;
import be.synerjob.hub.cooperation.Theme;
import be.synerjob.hub.cooperation.Viewer;
import be.synerjob.hub.cooperation.WorkingGroupStatus;
import be.synerjob.hub.cooperation.WorkingGroups;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.Members;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cooperation API: reads for any API key (INTERNAL records only for members' keys and the
 * secretariat), writes for the secretariat ({@code cooperation:manage} or {@code admin}); members
 * propose themes and vote in their own name. Labels follow {@code lang} or Accept-Language.
 */
@RestController
@RequestMapping("/api/v1/cooperation")
@PreAuthorize("isAuthenticated()")
@Tag(
    name = "Cooperation",
    description = "Board sessions, rolling agenda, mandates and working groups")
@SecurityRequirement(name = "apiKey")
class CooperationController {

  static final String MANAGE = "hasAnyAuthority('SCOPE_cooperation:manage', 'SCOPE_admin')";

  private final Representatives representatives;
  private final Sessions sessions;
  private final Documents documents;
  private final RollingAgenda agenda;
  private final WorkingGroups groups;
  private final Members members;

  CooperationController(
      Representatives representatives,
      Sessions sessions,
      Documents documents,
      RollingAgenda agenda,
      WorkingGroups groups,
      Members members) {
    this.representatives = representatives;
    this.sessions = sessions;
    this.documents = documents;
    this.agenda = agenda;
    this.groups = groups;
    this.members = members;
  }

  // ---------------------------------------------------------------- people and mandates

  @GetMapping("/people")
  @Operation(summary = "Members' representatives and experts (staff contact data of the members)")
  List<Views.PersonView> people(
      @RequestParam(required = false) String member,
      @RequestParam(defaultValue = "false") boolean all,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String al) {
    requireInternal();
    Language l = language(lang, al);
    MemberCode m = member == null ? null : members.require("member", member).code();
    return representatives.people(m, all).stream().map(p -> Views.person(p, sessions, l)).toList();
  }

  @PostMapping("/people")
  @PreAuthorize(MANAGE)
  @Operation(summary = "Record a member's representative or expert")
  ResponseEntity<Views.PersonView> createPerson(
      @RequestBody Representatives.PersonInput in, @RequestParam(required = false) String lang) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            Views.person(
                representatives.createPerson(in, Views.writer()), sessions, language(lang, null)));
  }

  @PutMapping("/people/{id}")
  @PreAuthorize(MANAGE)
  @Operation(summary = "Change a person's record (absent fields stay)")
  Views.PersonView updatePerson(
      @PathVariable long id,
      @RequestBody Representatives.PersonInput in,
      @RequestParam(required = false) String lang) {
    return Views.person(
        representatives.updatePerson(id, in, Views.writer()), sessions, language(lang, null));
  }

  @GetMapping("/mandates")
  @Operation(
      summary = "Mandates with their periods: all (history) or those held on a day (on=YYYY-MM-DD)")
  List<Views.MandateView> mandates(
      @RequestParam(required = false) LocalDate on,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String al) {
    Language l = language(lang, al);
    LocalDate today = LocalDate.now(Session.BRUSSELS);
    var list = on == null ? representatives.mandates() : representatives.heldOn(on);
    Viewer v = viewer();
    return list.stream()
        .map(m -> Views.mandate(m, sessions, l, today))
        .map(m -> v.internal() ? m : withoutEmail(m))
        .toList();
  }

  private static Views.MandateView withoutEmail(Views.MandateView m) {
    Views.PersonView p = m.holder();
    return new Views.MandateView(
        m.id(),
        m.kind(),
        new Views.PersonView(
            p.id(), p.member(), p.fullName(), p.jobTitle(), null, p.representative(), p.active()),
        m.startsOn(),
        m.endsOn(),
        m.current(),
        m.note());
  }

  @PostMapping("/mandates")
  @PreAuthorize(MANAGE)
  @Operation(
      summary = "Record a mandate",
      description =
          "A single-holder mandate (all but AUDITOR) cannot overlap another holder's period; the problem names the field and the mandate in the way.")
  ResponseEntity<Views.MandateView> appoint(
      @RequestBody Representatives.MandateInput in, @RequestParam(required = false) String lang) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            Views.mandate(
                representatives.appoint(in, Views.writer()),
                sessions,
                language(lang, null),
                LocalDate.now(Session.BRUSSELS)));
  }

  record EndInput(LocalDate endsOn) {}

  @PostMapping("/mandates/{id}/end")
  @PreAuthorize(MANAGE)
  @Operation(summary = "Set the last day of a mandate (it stays in the history)")
  Views.MandateView end(
      @PathVariable long id,
      @RequestBody EndInput in,
      @RequestParam(required = false) String lang) {
    return Views.mandate(
        representatives.end(id, in.endsOn(), Views.writer()),
        sessions,
        language(lang, null),
        LocalDate.now(Session.BRUSSELS));
  }

  // ---------------------------------------------------------------- sessions

  @GetMapping("/sessions")
  @Operation(summary = "Board sessions and general assemblies, oldest first")
  List<Views.SessionSummary> sessions(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) SessionKind kind,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String al) {
    Language l = language(lang, al);
    return sessions.list(viewer(), year, kind).stream()
        .map(s -> Views.summary(s, sessions, l))
        .toList();
  }

  @GetMapping("/sessions/{id}")
  @Operation(
      summary =
          "A session: agenda, in-depth theme, decisions, documents, working-group reports, theme vote")
  Views.SessionView session(
      @PathVariable long id,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String al) {
    return detail(id, viewer(), language(lang, al), false, sessions, documents, agenda, groups);
  }

  private Views.SessionView written(long id, String lang) {
    return detail(
        id, Views.writer(), language(lang, null), false, sessions, documents, agenda, groups);
  }

  static Views.SessionView detail(
      long id,
      Viewer v,
      Language l,
      boolean publicPath,
      Sessions sessions,
      Documents documents,
      RollingAgenda agenda,
      WorkingGroups groups) {
    Session s = sessions.get(id, v);
    List<Sessions.AgendaItem> items = sessions.agenda(id);
    List<Long> ids = new ArrayList<>(items.stream().map(Sessions.AgendaItem::themeId).toList());
    ids.add(s.themeId());
    Map<Long, Theme> themes = agenda.themes(ids);
    return new Views.SessionView(
        Views.summary(s, sessions, l),
        Views.agenda(items, themes, sessions, l),
        Views.theme(s.themeId() == null ? null : themes.get(s.themeId()), sessions, l),
        sessions.decisions(id).stream().map(d -> Views.decision(d, l)).toList(),
        documents.ofSession(id, v).stream().map(d -> Views.document(d, l, publicPath)).toList(),
        groups.reportsOfSession(id).stream()
            .map(
                r ->
                    documentVisible(r.documentId(), v, documents)
                        ? Views.report(r)
                        : Views.report(withoutDocument(r)))
            .toList(),
        s.kind() == SessionKind.BOARD ? Views.vote(agenda.tally(id), sessions, l) : null);
  }

  static boolean documentVisible(Long id, Viewer v, Documents documents) {
    if (id == null) {
      return true;
    }
    try {
      documents.info(id, v);
      return true;
    } catch (HubException e) {
      return false;
    }
  }

  static WorkingGroups.Report withoutDocument(WorkingGroups.Report r) {
    return new WorkingGroups.Report(
        r.id(),
        r.groupId(),
        r.groupCode(),
        r.sessionId(),
        r.title(),
        r.summary(),
        null,
        r.createdAt());
  }

  @PostMapping("/sessions")
  @PreAuthorize(MANAGE)
  @Operation(summary = "Create a session (with its standard agenda unless standardAgenda=false)")
  ResponseEntity<Views.SessionView> createSession(
      @RequestBody Sessions.SessionInput in, @RequestParam(required = false) String lang) {
    Session s = sessions.create(in, Views.writer());
    return ResponseEntity.status(HttpStatus.CREATED).body(written(s.id(), lang));
  }

  @PatchMapping("/sessions/{id}")
  @PreAuthorize(MANAGE)
  @Operation(
      summary =
          "Change a session's date, times, place, visibility or status (PLANNED → HELD or CANCELLED)")
  Views.SessionView updateSession(
      @PathVariable long id,
      @RequestBody Sessions.SessionUpdate in,
      @RequestParam(required = false) String lang) {
    sessions.update(id, in, Views.writer());
    return written(id, lang);
  }

  @PostMapping("/sessions/{id}/agenda")
  @PreAuthorize(MANAGE)
  @Operation(summary = "Add an item at the end of a session's agenda")
  Views.SessionView addItem(
      @PathVariable long id,
      @RequestBody Sessions.AgendaItemInput in,
      @RequestParam(required = false) String lang) {
    sessions.addAgendaItem(id, in, Views.writer());
    return written(id, lang);
  }

  @PostMapping("/sessions/{id}/decisions")
  @PreAuthorize(MANAGE)
  @Operation(summary = "Record a decision; it gets the session's next number")
  ResponseEntity<Views.DecisionView> addDecision(
      @PathVariable long id,
      @RequestBody Sessions.DecisionInput in,
      @RequestParam(required = false) String lang) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(Views.decision(sessions.addDecision(id, in, Views.writer()), language(lang, null)));
  }

  record StatusInput(String status) {}

  @PutMapping("/sessions/{id}/decisions/{number}/status")
  @PreAuthorize(MANAGE)
  @Operation(summary = "Change a decision's status (follow-up)")
  Views.DecisionView decisionStatus(
      @PathVariable long id,
      @PathVariable int number,
      @RequestBody StatusInput in,
      @RequestParam(required = false) String lang) {
    return Views.decision(
        sessions.setDecisionStatus(id, number, in.status(), Views.writer()), language(lang, null));
  }

  @GetMapping("/decisions")
  @Operation(
      summary =
          "Decisions of every session, newest first, optionally of some statuses (status=ADOPTED,IN_PROGRESS)")
  List<Views.DecisionView> decisions(
      @RequestParam(required = false) List<DecisionStatus> status,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String al) {
    Language l = language(lang, al);
    return sessions.decisions(viewer(), status == null ? List.of() : status).stream()
        .map(d -> Views.decision(d, l))
        .toList();
  }

  @PostMapping(value = "/sessions/{id}/documents", consumes = "*/*")
  @PreAuthorize(MANAGE)
  @Operation(
      summary =
          "Add a document to a session: the body is the file, its Content-Type the document's",
      description = "Query: title, fileName, visibility (PUBLIC or INTERNAL, default INTERNAL).")
  ResponseEntity<Views.DocumentView> addSessionDocument(
      @PathVariable long id,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String fileName,
      @RequestParam(required = false) String visibility,
      @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
      @RequestBody(required = false) byte[] body,
      @RequestParam(required = false) String lang) {
    var d = documents.add(id, null, title, fileName, contentType, visibility, body, Views.writer());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(Views.document(d, language(lang, null), false));
  }

  @GetMapping("/documents/{id}")
  @Operation(
      summary = "A document's content (INTERNAL ones for members' keys and the secretariat only)")
  ResponseEntity<byte[]> document(@PathVariable long id) {
    return PublicCooperationController.serve(documents.content(id, viewer()));
  }

  // ---------------------------------------------------------------- rolling agenda

  @GetMapping("/rotation")
  @Operation(
      summary =
          "The rotation of presenting members: order, skipped members, last presenter, the next ones")
  RollingAgenda.RotationState rotation() {
    return agenda.rotationState();
  }

  @GetMapping("/themes")
  @Operation(summary = "The themes presented in depth, by year (newest first)")
  List<Views.ThemesByYear> themes(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String al) {
    Language l = language(lang, al);
    return agenda.presentedByYear(viewer()).entrySet().stream()
        .filter(e -> year == null || e.getKey().equals(year))
        .map(
            e ->
                new Views.ThemesByYear(
                    e.getKey(),
                    e.getValue().stream().map(t -> Views.theme(t, sessions, l)).toList()))
        .toList();
  }

  @PostMapping("/sessions/{id}/themes")
  @Operation(
      summary =
          "Propose a theme for a board session's vote (a member in its own name; the secretariat for any member)")
  ResponseEntity<Views.ThemeView> propose(
      @PathVariable long id,
      @RequestBody RollingAgenda.ThemeInput in,
      @RequestParam(required = false) String lang) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(Views.theme(agenda.propose(id, in, Views.writer()), sessions, language(lang, null)));
  }

  @PostMapping("/sessions/{id}/votes")
  @Operation(
      summary =
          "Cast a member's one vote in a session's theme vote (the secretariat may record a member's vote)")
  ResponseEntity<Views.VoteView> vote(
      @PathVariable long id,
      @RequestBody RollingAgenda.VoteInput in,
      @RequestParam(required = false) String lang) {
    if (!Views.writer().internal()) {
      throw HubException.forbidden("Only members and the secretariat vote");
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(Views.vote(agenda.vote(id, in, Views.writer()), sessions, language(lang, null)));
  }

  @GetMapping("/sessions/{id}/vote")
  @Operation(
      summary = "A session's theme vote: proposals, votes, outcome (provisional until closed)")
  Views.VoteView tally(
      @PathVariable long id,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String al) {
    sessions.get(id, viewer());
    return Views.vote(agenda.tally(id), sessions, language(lang, al));
  }

  @PostMapping("/sessions/{id}/vote/close")
  @PreAuthorize(MANAGE)
  @Operation(
      summary =
          "Close a session's vote: the winner becomes the in-depth theme of the next board session")
  Views.VoteView close(@PathVariable long id, @RequestParam(required = false) String lang) {
    return Views.vote(agenda.closeVote(id, Views.writer()), sessions, language(lang, null));
  }

  @GetMapping("/next-session")
  @Operation(
      summary =
          "The proposal for the next board session: date, presenter (rotation), theme (last vote), agenda")
  Views.NextSessionView next(
      @RequestParam(required = false) String lang,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String al) {
    Language l = language(lang, al);
    RollingAgenda.NextSession p = agenda.proposal();
    Long themeId = p.theme() == null ? null : p.theme().id();
    var items = Sessions.standardAgenda(SessionKind.BOARD, p.presenter(), themeId);
    List<Sessions.AgendaItem> numbered = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      var it = items.get(i);
      numbered.add(
          new Sessions.AgendaItem(i + 1, it.type(), it.title(), it.member(), it.themeId()));
    }
    Map<Long, Theme> themes = p.theme() == null ? Map.of() : Map.of(themeId, p.theme());
    return new Views.NextSessionView(
        p.startsAt().toOffsetDateTime(),
        p.endsAt().toOffsetDateTime(),
        p.place(),
        be.synerjob.hub.cooperation.Labels.Coded.of(p.visibility(), l),
        Views.member(p.presenter(), sessions, l),
        Views.theme(p.theme(), sessions, l),
        p.afterSessionId(),
        p.themeVoteSessionId(),
        Views.agenda(numbered, themes, sessions, l));
  }

  @PostMapping("/sessions/plan-next")
  @PreAuthorize(MANAGE)
  @Operation(
      summary =
          "Plan the next board session: creates it from the proposal (date, place and visibility may be overridden)")
  ResponseEntity<Views.SessionView> planNext(
      @RequestBody(required = false) RollingAgenda.PlanInput in,
      @RequestParam(required = false) String lang) {
    Session s = agenda.planNext(in, Views.writer());
    return ResponseEntity.status(HttpStatus.CREATED).body(written(s.id(), lang));
  }

  // ---------------------------------------------------------------- working groups

  @GetMapping("/working-groups")
  @Operation(summary = "Working groups, optionally of one status")
  List<Views.GroupSummary> groups(
      @RequestParam(required = false) WorkingGroupStatus status,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String al) {
    Language l = language(lang, al);
    return groups.list(status).stream().map(g -> Views.group(g, l)).toList();
  }

  @GetMapping("/working-groups/{code}")
  @Operation(
      summary = "A working group: mandate, links, experts, status history, reports, documents")
  Views.GroupView group(
      @PathVariable String code,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String al) {
    return groupView(code, language(lang, al), viewer());
  }

  private Views.GroupView groupView(String code, Language l, Viewer v) {
    var g = groups.get(code);
    return new Views.GroupView(
        Views.group(g, l),
        g.mandate(),
        g.mandateLanguage(),
        groups.links(code).stream().map(k -> Views.link(k, l)).toList(),
        v.internal()
            ? groups.experts(code, true).stream()
                .map(
                    e ->
                        new Views.ExpertView(
                            e.id(), Views.person(e.person(), sessions, l), e.since(), e.until()))
                .toList()
            : List.of(),
        groups.history(code).stream().map(c -> Views.change(c, l)).toList(),
        groups.reports(code).stream()
            .filter(r -> sessionVisible(r.sessionId(), v))
            .map(
                r ->
                    documentVisible(r.documentId(), v, documents)
                        ? Views.report(r)
                        : Views.report(withoutDocument(r)))
            .toList(),
        documents.ofGroup(g.id(), v).stream().map(d -> Views.document(d, l, false)).toList());
  }

  private boolean sessionVisible(long id, Viewer v) {
    try {
      sessions.get(id, v);
      return true;
    } catch (HubException e) {
      return false;
    }
  }

  @PostMapping("/working-groups")
  @PreAuthorize(MANAGE)
  @Operation(
      summary = "Create a working group mandated by the board (names in nl, fr, de, en; links)")
  ResponseEntity<Views.GroupView> createGroup(
      @RequestBody WorkingGroups.GroupInput in, @RequestParam(required = false) String lang) {
    var g = groups.create(in, Views.writer());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(groupView(g.code(), language(lang, null), Views.writer()));
  }

  @PostMapping("/working-groups/{code}/status")
  @PreAuthorize(MANAGE)
  @Operation(summary = "Suspend, reactivate or close a group (reason required; CLOSED is final)")
  Views.GroupView status(
      @PathVariable String code,
      @RequestBody WorkingGroups.StatusInput in,
      @RequestParam(required = false) String lang) {
    groups.changeStatus(code, in, Views.writer());
    return groupView(code, language(lang, null), Views.writer());
  }

  @PostMapping("/working-groups/{code}/experts")
  @PreAuthorize(MANAGE)
  @Operation(summary = "Add a member's expert to a group")
  Views.GroupView addExpert(
      @PathVariable String code,
      @RequestBody WorkingGroups.ExpertInput in,
      @RequestParam(required = false) String lang) {
    groups.addExpert(code, in, Views.writer());
    return groupView(code, language(lang, null), Views.writer());
  }

  record UntilInput(LocalDate until) {}

  @PostMapping("/working-groups/{code}/experts/{expertId}/end")
  @PreAuthorize(MANAGE)
  @Operation(summary = "An expert leaves a group (kept in its history)")
  Views.GroupView endExpert(
      @PathVariable String code,
      @PathVariable long expertId,
      @RequestBody(required = false) UntilInput in,
      @RequestParam(required = false) String lang) {
    groups.endExpert(code, expertId, in == null ? null : in.until(), Views.writer());
    return groupView(code, language(lang, null), Views.writer());
  }

  @PostMapping("/working-groups/{code}/reports")
  @PreAuthorize(MANAGE)
  @Operation(summary = "Record a group's report to the board, presented at a session")
  ResponseEntity<Views.ReportView> addReport(
      @PathVariable String code, @RequestBody WorkingGroups.ReportInput in) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(Views.report(groups.addReport(code, in, Views.writer())));
  }

  @PutMapping("/working-groups/{code}/links")
  @PreAuthorize(MANAGE)
  @Operation(summary = "Replace the links to the parts of the hub a group steers")
  List<Views.LinkView> links(
      @PathVariable String code,
      @RequestBody List<WorkingGroups.LinkInput> in,
      @RequestParam(required = false) String lang) {
    Language l = language(lang, null);
    return groups.putLinks(code, in, Views.writer()).stream().map(k -> Views.link(k, l)).toList();
  }

  @PostMapping(value = "/working-groups/{code}/documents", consumes = "*/*")
  @PreAuthorize(MANAGE)
  @Operation(summary = "Add a document to a working group: the body is the file")
  ResponseEntity<Views.DocumentView> addGroupDocument(
      @PathVariable String code,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String fileName,
      @RequestParam(required = false) String visibility,
      @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
      @RequestBody(required = false) byte[] body,
      @RequestParam(required = false) String lang) {
    var g = groups.get(code);
    var d =
        documents.add(null, g.id(), title, fileName, contentType, visibility, body, Views.writer());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(Views.document(d, language(lang, null), false));
  }

  private static void requireInternal() {
    if (!viewer().internal()) {
      throw HubException.forbidden(
          "The members' staff directory is for members' keys and the secretariat");
    }
  }
}
