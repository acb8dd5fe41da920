package be.synerjob.hub.cooperation.web;

import be.synerjob.hub.cooperation.Documents;
import be.synerjob.hub.cooperation.Labels;
import be.synerjob.hub.cooperation.Labels.Coded;
import be.synerjob.hub.cooperation.Representatives;
import be.synerjob.hub.cooperation.RollingAgenda;
import be.synerjob.hub.cooperation.Session;
import be.synerjob.hub.cooperation.Sessions;
import be.synerjob.hub.cooperation.Theme;
import be.synerjob.hub.cooperation.Viewer;
import be.synerjob.hub.cooperation.WorkingGroups;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.organisation.ApiPrincipal;
import be.synerjob.hub.organisation.Scope;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The JSON shapes of the cooperation API, with every code's label in the requested language. */
final class Views {

  private Views() {}

  /**
   * The reader: members' keys and the secretariat ({@code cooperation:manage}) see internal
   * records; anybody else (anonymous, a hub operator's {@code admin} key) public ones only. The
   * {@code admin} scope may write, like the secretariat.
   */
  static Viewer viewer() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof ApiPrincipal p) {
      boolean secretariat = p.has(Scope.COOPERATION_MANAGE);
      boolean manage = secretariat || p.has(Scope.ADMIN);
      return new Viewer(p.member() != null || secretariat, manage, p.member(), p.actor());
    }
    return Viewer.ANONYMOUS;
  }

  /** The answer to a write shows what was written, internal or not, to whoever may write it. */
  static Viewer writer() {
    Viewer v = viewer();
    return v.manage() ? new Viewer(true, true, v.member(), v.actor()) : v;
  }

  /** {@code lang} if given, else the first of Accept-Language the hub speaks, else English. */
  static Language language(String lang, String acceptLanguage) {
    if (lang != null && !lang.isBlank()) {
      return Language.parse(lang)
          .orElseThrow(
              () ->
                  be.synerjob.hub.core.HubException.invalidParameter(
                      "lang", "'" + lang + "' is not one of nl, fr, de, en"));
    }
    if (acceptLanguage != null) {
      try {
        for (var range : java.util.Locale.LanguageRange.parse(acceptLanguage)) {
          Optional<Language> l = Language.parse(range.getRange().split("-")[0]);
          if (l.isPresent()) {
            return l.get();
          }
        }
      } catch (IllegalArgumentException ignored) {
        // a malformed header: English
      }
    }
    return Language.EN;
  }

  record MemberRef(String code, String name) {}

  record PersonView(
      long id,
      MemberRef member,
      String fullName,
      String jobTitle,
      String email,
      boolean representative,
      boolean active) {}

  record MandateView(
      long id,
      Coded kind,
      PersonView holder,
      LocalDate startsOn,
      LocalDate endsOn,
      boolean current,
      String note) {}

  record ThemeView(
      long id,
      String title,
      Map<String, String> titles,
      MemberRef proposedBy,
      MemberRef presenter,
      Long voteSessionId,
      Long presentedSessionId,
      LocalDate presentedOn,
      Coded status,
      boolean illustrative) {}

  record AgendaItemView(int position, Coded type, String title, MemberRef member, Long themeId) {}

  record DecisionView(
      long sessionId,
      int number,
      String title,
      String body,
      Coded status,
      Instant statusChangedAt) {}

  record DocumentView(
      long id,
      String title,
      String fileName,
      String mediaType,
      Coded visibility,
      long size,
      String sha256,
      Instant createdAt,
      String href) {}

  record ReportView(
      long id,
      String group,
      long sessionId,
      String title,
      String summary,
      Long documentId,
      Instant createdAt) {}

  record SessionSummary(
      long id,
      String uid,
      Coded kind,
      String title,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      String place,
      Coded status,
      Coded visibility,
      MemberRef presenter,
      Long themeId,
      boolean illustrative,
      int revision) {}

  record ProposalView(ThemeView theme, int votes) {}

  record VoteView(
      boolean closed,
      List<ProposalView> proposals,
      List<RollingAgenda.Vote> votes,
      Long outcomeThemeId,
      Coded rule,
      List<Long> tied,
      MemberRef chair) {}

  record SessionView(
      SessionSummary session,
      List<AgendaItemView> agenda,
      ThemeView inDepthTheme,
      List<DecisionView> decisions,
      List<DocumentView> documents,
      List<ReportView> reports,
      VoteView vote) {}

  record NextSessionView(
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      String place,
      Coded visibility,
      MemberRef presenter,
      ThemeView theme,
      Long afterSessionId,
      Long themeVoteSessionId,
      List<AgendaItemView> agenda) {}

  record LinkView(
      int position, Coded kind, String target, String label, Map<String, String> labels) {}

  record StatusChangeView(
      Coded from, Coded to, String reason, Long sessionId, Instant at, String actor) {}

  record ExpertView(long id, PersonView person, LocalDate since, LocalDate until) {}

  record GroupSummary(
      String code,
      String name,
      Map<String, String> names,
      Coded status,
      Instant statusSince,
      LocalDate mandatedOn,
      boolean illustrative) {}

  record GroupView(
      GroupSummary group,
      String mandate,
      Language mandateLanguage,
      List<LinkView> links,
      List<ExpertView> experts,
      List<StatusChangeView> history,
      List<ReportView> reports,
      List<DocumentView> documents) {}

  record ThemesByYear(int year, List<ThemeView> themes) {}

  // ---------------------------------------------------------------- mapping

  static MemberRef member(String code, Sessions sessions, Language l) {
    return code == null ? null : new MemberRef(code, sessions.memberName(code, l));
  }

  static PersonView person(Representatives.Person p, Sessions s, Language l) {
    return new PersonView(
        p.id(),
        member(p.member(), s, l),
        p.fullName(),
        p.jobTitle(),
        p.email(),
        p.representative(),
        p.active());
  }

  static MandateView mandate(Representatives.Mandate m, Sessions s, Language l, LocalDate today) {
    return new MandateView(
        m.id(),
        Coded.of(m.kind(), l),
        person(m.holder(), s, l),
        m.startsOn(),
        m.endsOn(),
        m.heldOn(today),
        m.note());
  }

  static ThemeView theme(Theme t, Sessions s, Language l) {
    return t == null
        ? null
        : new ThemeView(
            t.id(),
            t.title(l),
            codes(t.titles()),
            member(t.proposedBy(), s, l),
            member(t.presenter(), s, l),
            t.voteSessionId(),
            t.presentedSessionId(),
            t.presentedOn(),
            Coded.of(t.status(), l),
            t.illustrative());
  }

  static SessionSummary summary(Session x, Sessions s, Language l) {
    return new SessionSummary(
        x.id(),
        x.uid(),
        Coded.of(x.kind(), l),
        x.title(l),
        x.startsAt().toOffsetDateTime(),
        x.endsAt().toOffsetDateTime(),
        x.place(),
        Coded.of(x.status(), l),
        Coded.of(x.visibility(), l),
        member(x.presenter(), s, l),
        x.themeId(),
        x.illustrative(),
        x.revision());
  }

  static List<AgendaItemView> agenda(
      List<Sessions.AgendaItem> items, Map<Long, Theme> themes, Sessions s, Language l) {
    return items.stream()
        .map(
            i ->
                new AgendaItemView(
                    i.position(),
                    Coded.of(i.type(), l),
                    s.title(i, l, themes),
                    member(i.member(), s, l),
                    i.themeId()))
        .toList();
  }

  static DecisionView decision(Sessions.Decision d, Language l) {
    return new DecisionView(
        d.sessionId(),
        d.number(),
        d.title(),
        d.body(),
        Coded.of(d.status(), l),
        d.statusChangedAt());
  }

  static DocumentView document(Documents.DocumentInfo d, Language l, boolean publicPath) {
    return new DocumentView(
        d.id(),
        d.title(),
        d.fileName(),
        d.mediaType(),
        Coded.of(d.visibility(), l),
        d.size(),
        d.sha256(),
        d.createdAt(),
        (publicPath ? "/api/v1/cooperation/public/documents/" : "/api/v1/cooperation/documents/")
            + d.id());
  }

  static ReportView report(WorkingGroups.Report r) {
    return new ReportView(
        r.id(),
        r.groupCode(),
        r.sessionId(),
        r.title(),
        r.summary(),
        r.documentId(),
        r.createdAt());
  }

  static VoteView vote(RollingAgenda.Tally t, Sessions s, Language l) {
    return new VoteView(
        t.closed(),
        t.proposals().stream()
            .map(p -> new ProposalView(theme(p, s, l), t.counts().getOrDefault(p.id(), 0)))
            .toList(),
        t.votes(),
        t.outcome().winner(),
        Coded.of(t.outcome().rule(), l),
        t.outcome().tied(),
        member(t.chair(), s, l));
  }

  static GroupSummary group(WorkingGroups.WorkingGroup g, Language l) {
    return new GroupSummary(
        g.code(),
        g.names().get(l),
        codes(g.names()),
        Coded.of(g.status(), l),
        g.statusSince(),
        g.mandatedOn(),
        g.illustrative());
  }

  static LinkView link(WorkingGroups.Link k, Language l) {
    return new LinkView(
        k.position(), Coded.of(k.kind(), l), k.target(), k.labels().get(l), codes(k.labels()));
  }

  static StatusChangeView change(WorkingGroups.StatusChange c, Language l) {
    return new StatusChangeView(
        Coded.of(c.from(), l), Coded.of(c.to(), l), c.reason(), c.sessionId(), c.at(), c.actor());
  }

  /** A text per language, keyed by language code in the order nl, fr, de, en. */
  static Map<String, String> codes(Map<Language, String> texts) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (Language l : Language.values()) {
      if (texts.get(l) != null) {
        out.put(l.code(), texts.get(l));
      }
    }
    return out;
  }

  static String text(String key, Language l) {
    return Labels.text(key, l);
  }
}
