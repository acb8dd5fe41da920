package be.synerjob.hub.cooperation;

import be.synerjob.hub.core.Language;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: on a database without any session, seeds the cooperation with the themes presented in
 * 2023 (sourced: diversity plans by Actiris, coordinated employment by ADG, capacity building with
 * local authorities by VDAB) and, marked illustrative, session dates, representatives, mandates, a
 * 2026 board session with decisions, documents and an open theme vote, and the six working groups
 * with their links. See docs/cooperation.md, "Demo data".
 */
@Component
class CooperationDemo {

  private static final Logger log = LoggerFactory.getLogger(CooperationDemo.class);
  private static final Viewer DEMO = new Viewer(true, true, null, "demo");

  private final boolean enabled;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Representatives people;
  private final Sessions sessions;
  private final RollingAgenda agenda;
  private final Documents documents;
  private final WorkingGroups groups;

  CooperationDemo(
      @Value("${hub.demo.enabled:false}") boolean demo,
      CooperationProperties properties,
      JdbcClient jdbc,
      TransactionTemplate tx,
      Representatives people,
      Sessions sessions,
      RollingAgenda agenda,
      Documents documents,
      WorkingGroups groups) {
    this.enabled = demo && properties.demo();
    this.jdbc = jdbc;
    this.tx = tx;
    this.people = people;
    this.sessions = sessions;
    this.agenda = agenda;
    this.documents = documents;
    this.groups = groups;
  }

  @EventListener(ApplicationReadyEvent.class)
  void seed() {
    if (!enabled
        || jdbc.sql("SELECT COUNT(*) FROM coop_session").query(Integer.class).single() > 0
        || jdbc.sql("SELECT COUNT(*) FROM coop_working_group").query(Integer.class).single() > 0) {
      return;
    }
    tx.executeWithoutResult(s -> seedAll());
    log.info(
        "Demo mode: seeded the cooperation (sessions, rolling agenda, mandates, working groups)");
  }

  void seedAll() {
    // representatives (fictional names, illustrative) and mandates (periods illustrative; VDAB
    // chairs)
    long vdab = person("VDAB", "An Verhoeven", "Administrator-general (illustrative)");
    long forem = person("FOREM", "Marc Delvaux", "Administrator-general (illustrative)");
    long actiris = person("ACTIRIS", "Nadia El Amrani", "Director-general (illustrative)");
    long bf = person("BF", "Claire Dupont", "Director-general (illustrative)");
    long adg = person("ADG", "Stefan Kessler", "Director (illustrative)");
    mandate("PRESIDENT", forem, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));
    mandate("PRESIDENT", vdab, LocalDate.of(2025, 1, 1), null);
    mandate("VICE_PRESIDENT", forem, LocalDate.of(2025, 1, 1), null);
    mandate("SECRETARY", actiris, LocalDate.of(2023, 1, 1), null);
    mandate("TREASURER", adg, LocalDate.of(2023, 1, 1), null);
    mandate("AUDITOR", bf, LocalDate.of(2023, 1, 1), null);

    // 2023: the themes are sourced; the sessions' dates and the presenters of current projects are
    // illustrative
    board(
        LocalDate.of(2023, 3, 16),
        "VDAB",
        titles("Diversiteitsplannen", "Plans de diversité", "Diversitätspläne", "Diversity plans"),
        "ACTIRIS");
    board(
        LocalDate.of(2023, 6, 15),
        "FOREM",
        titles(
            "Gecoördineerde tewerkstelling",
            "Emploi coordonné",
            "Koordinierte Beschäftigung",
            "Coordinated employment"),
        "ADG");
    Session ga =
        sessions.insert(
            SessionKind.GENERAL_ASSEMBLY,
            at(LocalDate.of(2023, 6, 15), 14, 0),
            at(LocalDate.of(2023, 6, 15), 15, 30),
            "Synerjob, Brussels",
            Visibility.PUBLIC,
            null,
            null,
            true,
            true,
            DEMO);
    sessions.update(
        ga.id(), new Sessions.SessionUpdate(null, null, null, null, null, "HELD"), DEMO);
    board(
        LocalDate.of(2023, 10, 19),
        "ACTIRIS",
        titles(
            "Capaciteitsopbouw met lokale besturen",
            "Renforcement des capacités avec les pouvoirs locaux",
            "Kapazitätsaufbau mit den lokalen Behörden",
            "Capacity building with local authorities"),
        "VDAB");

    // 2026: an illustrative board session with decisions, documents and an open theme vote
    Session s =
        sessions.insert(
            SessionKind.BOARD,
            at(LocalDate.of(2026, 10, 15), 10, 0),
            at(LocalDate.of(2026, 10, 15), 12, 30),
            "VDAB, Brussels",
            Visibility.PUBLIC,
            "BF",
            null,
            true,
            true,
            DEMO);
    Theme mobility =
        agenda.propose(
            s.id(),
            new RollingAgenda.ThemeInput(
                Map.of(
                    "nl",
                    "Interregionale mobiliteit van werkzoekenden",
                    "fr",
                    "Mobilité interrégionale des demandeurs d'emploi",
                    "de",
                    "Interregionale Mobilität der Arbeitsuchenden",
                    "en",
                    "Interregional mobility of jobseekers"),
                "FOREM",
                "VDAB"),
            DEMO);
    Theme eures =
        agenda.propose(
            s.id(),
            new RollingAgenda.ThemeInput(
                Map.of(
                    "nl",
                    "Vacatures naar het EURES-portaal",
                    "fr",
                    "Les offres d'emploi vers le portail EURES",
                    "de",
                    "Stellenangebote an das EURES-Portal",
                    "en",
                    "Vacancies to the EURES portal"),
                "ACTIRIS",
                "ADG"),
            DEMO);
    agenda.propose(
        s.id(),
        new RollingAgenda.ThemeInput(
            Map.of(
                "nl",
                "De federale leerrekening",
                "fr",
                "Le compte formation fédéral",
                "de",
                "Das föderale Lernkonto",
                "en",
                "The Federal Learning Account"),
            "VDAB",
            "FOREM"),
        DEMO);
    jdbc.sql("UPDATE coop_theme SET illustrative = TRUE WHERE vote_session_id = ?")
        .param(s.id())
        .update();
    vote(s, "VDAB", mobility);
    vote(s, "FOREM", mobility);
    vote(s, "ACTIRIS", eures);
    vote(s, "ADG", eures);
    sessions.update(s.id(), new Sessions.SessionUpdate(null, null, null, null, null, "HELD"), DEMO);
    sessions.addDecision(
        s.id(),
        new Sessions.DecisionInput(
            "Work programme 2027 of the vacancy exchange working group (illustrative)",
            null,
            "ADOPTED"),
        DEMO);
    sessions.addDecision(
        s.id(),
        new Sessions.DecisionInput(
            "Each member documents its statistics in the common framework (illustrative)",
            null,
            "IN_PROGRESS"),
        DEMO);
    documents.add(
        s.id(),
        null,
        "Agenda (illustrative)",
        "agenda-2026-10-15.txt",
        "text/plain",
        "PUBLIC",
        agendaText(s).getBytes(StandardCharsets.UTF_8),
        DEMO);
    documents.add(
        s.id(),
        null,
        "Draft minutes (illustrative, internal)",
        "minutes-2026-10-15.txt",
        "text/plain",
        "INTERNAL",
        "Draft minutes of the board session of 15 October 2026 (illustrative demo text).\n"
            .getBytes(StandardCharsets.UTF_8),
        DEMO);

    // working groups: mandates summarised from the domain primer; links configurable
    group(
        "vacancy-exchange",
        titles(
            "Werkgroep vacature-uitwisseling",
            "Groupe de travail Échange d'offres d'emploi",
            "Arbeitsgruppe Austausch von Stellenangeboten",
            "Vacancy exchange working group"),
        "Monitors the quality of the exchange of vacancies between the members (API and SFTP flows) and acts when bottlenecks appear.",
        List.of(
            link(
                "API",
                "/api/v1/quality/flows",
                "Kwaliteit van de uitwisseling: stromen",
                "Qualité de l'échange : flux",
                "Qualität des Austauschs: Ströme",
                "Exchange quality: flows"),
            link(
                "API",
                "/api/v1/quality/alerts",
                "Kwaliteit van de uitwisseling: waarschuwingen",
                "Qualité de l'échange : alertes",
                "Qualität des Austauschs: Warnungen",
                "Exchange quality: alerts")));
    group(
        "competent",
        titles(
            "Werkgroep Competent",
            "Groupe de travail Competent",
            "Arbeitsgruppe Competent",
            "Competent working group"),
        "Keeps Competent, the shared Belgian standard for occupations and competences, up to date and mapped to ESCO; processes each ESCO release and publishes a data archive per Competent release.",
        List.of(
            link(
                "API",
                "/api/v1/reference/releases",
                "Releases van de referentie",
                "Versions du référentiel",
                "Versionen der Referenz",
                "Reference releases")));
    group(
        "interregional-mobility",
        titles(
            "Werkgroep interregionale mobiliteit",
            "Groupe de travail Mobilité interrégionale",
            "Arbeitsgruppe Interregionale Mobilität",
            "Interregional mobility working group"),
        "Follows the interregional mobility of jobseekers and trainees and works on its obstacles: job sharing via API, transport, language requirements.",
        List.of(
            link(
                "CONSOLE",
                "/console/matching/mobility",
                "Mobiliteitscijfers",
                "Chiffres de mobilité",
                "Mobilitätszahlen",
                "Mobility figures")));
    group(
        "statistics",
        titles(
            "Werkgroep statistiek",
            "Groupe de travail Statistiques",
            "Arbeitsgruppe Statistik",
            "Statistics working group"),
        "Documents each institution's statistics in one structured framework (since 2024) and follows the changes that break the series.",
        List.of(
            link(
                "CONSOLE",
                "/console/statistics",
                "Statistieken",
                "Statistiques",
                "Statistiken",
                "Statistics")));
    group(
        "eures",
        titles(
            "Werkgroep EURES",
            "Groupe de travail EURES",
            "Arbeitsgruppe EURES",
            "EURES working group"),
        "Coordinates Synerjob's role as Belgium's single point of contact for EURES: the members' vacancies sent to the EURES portal with ESCO codes.",
        List.of(
            link(
                "CONSOLE",
                "/console/eures",
                "Doorsturen naar EURES",
                "Envoi vers EURES",
                "Übermittlung an EURES",
                "Sending to EURES")));
    group(
        "learning-account",
        titles(
            "Werkgroep leerrekening",
            "Groupe de travail Compte formation",
            "Arbeitsgruppe Lernkonto",
            "Learning account working group"),
        "Follows the Federal Learning Account (training entitlements and training taken) and the wider Individual Learning Account.",
        List.of(
            link(
                "CONSOLE",
                "/console/learning",
                "Leerrekeningen",
                "Comptes formation",
                "Lernkonten",
                "Learning accounts")));
    jdbc.sql("UPDATE coop_working_group SET illustrative = TRUE").update();
    long e1 = person("VDAB", "Pieter De Smet", "Integration architect (illustrative)", false);
    long e2 = person("FOREM", "Julie Lambert", "Exchange coordinator (illustrative)", false);
    groups.addExpert(
        "vacancy-exchange", new WorkingGroups.ExpertInput(e1, LocalDate.of(2024, 1, 1)), DEMO);
    groups.addExpert(
        "vacancy-exchange", new WorkingGroups.ExpertInput(e2, LocalDate.of(2024, 1, 1)), DEMO);
    groups.addReport(
        "vacancy-exchange",
        new WorkingGroups.ReportInput(
            s.id(),
            "Quality of the exchange: the Actiris SFTP selection and the VDAB→Forem SFTP flow (illustrative)",
            null,
            null),
        DEMO);
  }

  private void board(
      LocalDate date, String presenter, Map<Language, String> theme, String themePresenter) {
    Theme t = agenda.recordPresented(theme, themePresenter, null, date, false, DEMO);
    Session s =
        sessions.insert(
            SessionKind.BOARD,
            at(date, 10, 0),
            at(date, 12, 30),
            "Synerjob, Brussels",
            Visibility.PUBLIC,
            presenter,
            t.id(),
            true,
            true,
            DEMO);
    sessions.update(s.id(), new Sessions.SessionUpdate(null, null, null, null, null, "HELD"), DEMO);
  }

  private void vote(Session s, String member, Theme t) {
    agenda.vote(s.id(), new RollingAgenda.VoteInput(t.id(), member), DEMO);
  }

  private String agendaText(Session s) {
    StringBuilder b = new StringBuilder(s.title(Language.EN) + " (illustrative)\n\n");
    var items = sessions.agenda(s.id());
    var themes = agenda.themes(items.stream().map(Sessions.AgendaItem::themeId).toList());
    for (var item : items) {
      b.append(item.position())
          .append(". ")
          .append(sessions.title(item, Language.EN, themes))
          .append('\n');
    }
    return b.toString();
  }

  private long person(String member, String name, String title) {
    return person(member, name, title, true);
  }

  private long person(String member, String name, String title, boolean representative) {
    return people
        .createPerson(
            new Representatives.PersonInput(member, name, title, null, representative, true), DEMO)
        .id();
  }

  private void mandate(String kind, long person, LocalDate from, LocalDate to) {
    people.appoint(new Representatives.MandateInput(kind, person, from, to, "illustrative"), DEMO);
  }

  private void group(
      String code,
      Map<Language, String> names,
      String mandate,
      List<WorkingGroups.LinkInput> links) {
    Map<String, String> n = new java.util.LinkedHashMap<>();
    names.forEach((l, v) -> n.put(l.code(), v));
    groups.create(
        new WorkingGroups.GroupInput(
            code, n, mandate + " (Summary, illustrative.)", "en", null, links),
        DEMO);
  }

  private static WorkingGroups.LinkInput link(
      String kind, String target, String nl, String fr, String de, String en) {
    return new WorkingGroups.LinkInput(
        kind, target, Map.of("nl", nl, "fr", fr, "de", de, "en", en));
  }

  private static Map<Language, String> titles(String nl, String fr, String de, String en) {
    Map<Language, String> m = new EnumMap<>(Language.class);
    m.put(Language.NL, nl);
    m.put(Language.FR, fr);
    m.put(Language.DE, de);
    m.put(Language.EN, en);
    return m;
  }

  private static ZonedDateTime at(LocalDate d, int h, int m) {
    return d.atTime(LocalTime.of(h, m)).atZone(Session.BRUSSELS);
  }
}
