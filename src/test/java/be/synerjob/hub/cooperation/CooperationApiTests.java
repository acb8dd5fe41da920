package be.synerjob.hub.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.support.HubClient;
import be.synerjob.hub.support.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;

/**
 * The cooperation over HTTP, as the secretariat and the members use it: mandates, the rolling
 * agenda (rotation, vote, plan next session), working groups, document visibility and the calendar.
 * The clock stands on Sunday 29 November 2026; the rotation skips BF.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "hub.channel.sftp.enabled=false",
      "hub.reference.import-on-start=false",
      "hub.cooperation.rotation.skip=BF",
      "spring.datasource.url=jdbc:h2:mem:cooperation;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    })
class CooperationApiTests {

  static final String P = "/api/v1/cooperation";

  @TestConfiguration
  static class FixedClock {
    @Bean
    Clock clock() {
      return new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
    }
  }

  @LocalServerPort int port;
  @Autowired ApiKeys keys;

  HubClient hub;
  String secretariat;
  String vdab;
  String forem;
  String actiris;
  String adg;
  String operator;

  @BeforeEach
  void keys() {
    hub = new HubClient(port);
    secretariat = keys.create(null, "secretariat", EnumSet.of(Scope.COOPERATION_MANAGE)).secret();
    vdab = member(MemberCode.VDAB);
    forem = member(MemberCode.FOREM);
    actiris = member(MemberCode.ACTIRIS);
    adg = member(MemberCode.ADG);
    operator = keys.create(null, "hub operator, not members staff", Set.of(Scope.ADMIN)).secret();
  }

  private String member(MemberCode m) {
    return keys.create(m, "staff of " + m, EnumSet.of(Scope.FEED_READ)).secret();
  }

  // ---------------------------------------------------------------- mandates

  @Test
  void singleHolderMandatesCannotOverlapAndTheHistoryIsKept() {
    long p1 = person("VDAB", "Test President One", null);
    long p2 = person("FOREM", "Test President Two", "two@forem.example");
    long p3 = person("BF", "Test Auditor", null);
    long p4 = person("ADG", "Test Auditor Two", null);

    HubClient.Response bad =
        hub.post(
            P + "/people",
            secretariat,
            "{\"member\":\"XYZ\",\"jobTitle\":\"x\",\"email\":\"nope\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(fields(bad)).containsExactlyInAnyOrder("member", "fullName", "email");

    long m1 = created(mandate("PRESIDENT", p1, "2019-01-01", "2020-12-31")).get("id").asLong();
    HubClient.Response overlap = mandate("PRESIDENT", p2, "2020-06-01", "2020-12-31");
    assertThat(overlap.status()).isEqualTo(400);
    assertThat(overlap.json().get("type").asString()).endsWith("/validation");
    JsonNode problem = overlap.json().get("problems").get(0);
    assertThat(problem.get("field").asString()).isEqualTo("startsOn");
    assertThat(problem.get("code").asString()).isEqualTo("overlap");
    assertThat(problem.get("reason").asString())
        .contains("Test President One", "VDAB", "2019-01-01", "2020-12-31", "mandate " + m1);
    assertThat(overlap.json().get("detail").asString()).contains("mandate was rejected");

    HubClient.Response before = mandate("PRESIDENT", p2, "2018-01-01", "2019-03-31");
    assertThat(before.status()).isEqualTo(400);
    assertThat(before.json().get("problems").get(0).get("field").asString()).isEqualTo("endsOn");

    HubClient.Response backwards = mandate("TREASURER", p2, "2020-01-01", "2019-01-01");
    assertThat(fields(backwards)).containsExactly("endsOn");
    assertThat(backwards.json().get("problems").get(0).get("code").asString())
        .isEqualTo("incoherent-dates");
    assertThat(fields(mandate("CHAIRMAN", p2, null, null)))
        .containsExactlyInAnyOrder("kind", "startsOn");

    long m2 = created(mandate("PRESIDENT", p2, "2021-01-01", "2021-06-30")).get("id").asLong();
    JsonNode shortened =
        ok(hub.post(P + "/mandates/" + m1 + "/end", secretariat, "{\"endsOn\":\"2020-06-30\"}"));
    assertThat(shortened.get("endsOn").asString()).isEqualTo("2020-06-30");
    assertThat(
            hub.post(P + "/mandates/" + m2 + "/end", secretariat, "{\"endsOn\":\"2020-12-31\"}")
                .status())
        .isEqualTo(400);
    ok(hub.post(P + "/mandates/" + m2 + "/end", secretariat, "{\"endsOn\":\"2021-12-31\"}"));

    // several auditors at once, but one person holds one auditor mandate at a time
    created(mandate("AUDITOR", p3, "2019-01-01", "2021-12-31"));
    created(mandate("AUDITOR", p4, "2020-01-01", "2021-12-31"));
    assertThat(mandate("AUDITOR", p3, "2021-06-01", null).status()).isEqualTo(400);

    JsonNode on = ok(hub.get(P + "/mandates?on=2020-03-01&lang=fr", vdab));
    JsonNode president =
        on.valueStream()
            .filter(m -> m.get("kind").get("code").asString().equals("PRESIDENT"))
            .findFirst()
            .orElseThrow();
    assertThat(president.get("kind").get("label").asString()).isEqualTo("Président");
    assertThat(president.get("holder").get("fullName").asString()).isEqualTo("Test President One");
    JsonNode all = ok(hub.get(P + "/mandates", vdab));
    assertThat(
            all.valueStream()
                .filter(
                    m ->
                        m.get("kind").get("code").asString().equals("PRESIDENT")
                            && m.get("holder")
                                .get("fullName")
                                .asString()
                                .startsWith("Test President")))
        .hasSize(2);
    // e-mail addresses of staff only for members' keys and the secretariat
    assertThat(ok(hub.get(P + "/mandates", operator)).toString())
        .doesNotContain("two@forem.example");
    assertThat(ok(hub.get(P + "/mandates", vdab)).toString()).contains("two@forem.example");
    assertThat(hub.get(P + "/people", operator).status()).isEqualTo(403);

    assertThat(mandateAs(vdab, "SECRETARY", p1, "2019-01-01").status()).isEqualTo(403);
    assertThat(hub.get(P + "/mandates", null).status()).isEqualTo(401);
  }

  // ---------------------------------------------------------------- rolling agenda

  @Test
  void planningFollowsTheRotationAndTheVoteDecidesTheNextTheme() {
    long chair = person("VDAB", "Test Chair", null);
    created(mandate("PRESIDENT", chair, "2026-01-01", null));

    JsonNode proposal = ok(hub.get(P + "/next-session?lang=nl", vdab));
    assertThat(proposal.get("startsAt").asString()).isEqualTo("2026-12-17T10:00:00+01:00");
    assertThat(proposal.get("presenter").get("code").asString()).isEqualTo("VDAB");
    assertThat(proposal.has("theme")).isFalse();

    JsonNode s1 =
        created(hub.post(P + "/sessions/plan-next?lang=nl", secretariat, "{}")).get("session");
    long id1 = s1.get("id").asLong();
    assertThat(s1.get("startsAt").asString()).isEqualTo("2026-12-17T10:00:00+01:00");
    assertThat(s1.get("presenter").get("code").asString()).isEqualTo("VDAB");
    JsonNode detail = ok(hub.get(P + "/sessions/" + id1 + "?lang=nl", forem));
    assertThat(types(detail.get("agenda")))
        .containsExactly(
            "OPENING",
            "MINUTES",
            "CURRENT_PROJECTS",
            "WORKING_GROUP_REPORTS",
            "THEME_VOTE",
            "ANY_OTHER_BUSINESS");
    assertThat(detail.get("agenda").get(2).get("title").asString())
        .isEqualTo("Lopende projecten van VDAB");
    assertThat(detail.get("session").get("kind").get("label").asString())
        .isEqualTo("Raad van bestuur");

    long a =
        created(
                hub.post(
                    P + "/sessions/" + id1 + "/themes",
                    vdab,
                    "{\"titles\":{\"en\":\"Theme A\",\"fr\":\"Thème A\"},\"presenter\":\"FOREM\"}"))
            .get("id")
            .asLong();
    long b =
        created(
                hub.post(
                    P + "/sessions/" + id1 + "/themes",
                    forem,
                    "{\"titles\":{\"en\":\"Theme B\"},\"presenter\":\"ADG\"}"))
            .get("id")
            .asLong();
    long c =
        created(
                hub.post(
                    P + "/sessions/" + id1 + "/themes",
                    secretariat,
                    "{\"titles\":{\"nl\":\"Thema C\"},\"presenter\":\"ACTIRIS\",\"proposedBy\":\"ACTIRIS\"}"))
            .get("id")
            .asLong();
    assertThat(
            hub.post(
                    P + "/sessions/" + id1 + "/themes",
                    vdab,
                    "{\"titles\":{\"en\":\"X\"},\"presenter\":\"FOREM\",\"proposedBy\":\"ADG\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            fields(
                hub.post(
                    P + "/sessions/" + id1 + "/themes",
                    vdab,
                    "{\"titles\":{\"xx\":\"X\"},\"presenter\":\"NOPE\"}")))
        .containsExactlyInAnyOrder("titles.xx", "presenter");
    assertThat(
            fields(
                hub.post(
                    P + "/sessions/" + id1 + "/themes",
                    operator,
                    "{\"titles\":{\"en\":\"X\"},\"presenter\":\"FOREM\"}")))
        .containsExactly("proposedBy");

    // a tie between A and B; the chair (VDAB presides) voted B
    vote(id1, vdab, b);
    vote(id1, forem, a);
    vote(id1, actiris, a);
    JsonNode tally = vote(id1, adg, b);
    assertThat(tally.get("closed").asBoolean()).isFalse();
    assertThat(tally.get("outcomeThemeId").asLong()).isEqualTo(b);
    assertThat(tally.get("rule").get("code").asString()).isEqualTo("TIE_CHAIR");
    assertThat(tally.get("chair").get("code").asString()).isEqualTo("VDAB");
    HubClient.Response again =
        hub.post(P + "/sessions/" + id1 + "/votes", vdab, "{\"themeId\":" + a + "}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("detail").asString()).contains("one vote per session");
    assertThat(
            fields(
                hub.post(
                    P + "/sessions/" + id1 + "/votes",
                    secretariat,
                    "{\"themeId\":99999,\"member\":\"BF\"}")))
        .containsExactly("themeId");
    assertThat(
            hub.post(
                    P + "/sessions/" + id1 + "/votes",
                    vdab,
                    "{\"themeId\":" + a + ",\"member\":\"BF\"}")
                .status())
        .isEqualTo(403);

    JsonNode closed = ok(hub.post(P + "/sessions/" + id1 + "/vote/close?lang=de", secretariat, ""));
    assertThat(closed.get("closed").asBoolean()).isTrue();
    assertThat(closed.get("outcomeThemeId").asLong()).isEqualTo(b);
    assertThat(closed.get("rule").get("label").asString()).contains("Präsidenten");
    assertThat(closed.get("tied").valueStream().map(JsonNode::asLong).toList())
        .containsExactly(a, b);
    assertThat(
            closed
                .get("proposals")
                .valueStream()
                .map(p -> p.get("theme").get("status").get("code").asString())
                .toList())
        .containsExactly("NOT_CHOSEN", "CHOSEN", "NOT_CHOSEN");
    assertThat(hub.post(P + "/sessions/" + id1 + "/vote/close", secretariat, "").status())
        .isEqualTo(409);
    assertThat(
            fields(
                hub.post(
                    P + "/sessions/" + id1 + "/votes",
                    secretariat,
                    "{\"themeId\":" + c + ",\"member\":\"BF\"}")))
        .containsExactly("sessionId");

    // the next session: FOREM presents, theme B (presented by ADG), two months later on a Thursday
    JsonNode s2 = created(hub.post(P + "/sessions/plan-next?lang=en", secretariat, "{}"));
    long id2 = s2.get("session").get("id").asLong();
    assertThat(s2.get("session").get("startsAt").asString()).isEqualTo("2027-02-18T10:00:00+01:00");
    assertThat(s2.get("session").get("presenter").get("code").asString()).isEqualTo("FOREM");
    assertThat(s2.get("inDepthTheme").get("id").asLong()).isEqualTo(b);
    assertThat(types(s2.get("agenda")))
        .containsSubsequence("CURRENT_PROJECTS", "IN_DEPTH_THEME", "THEME_VOTE");
    assertThat(s2.get("agenda").get(3).get("title").asString())
        .isEqualTo("In-depth theme: Theme B (by ADG)");

    // no vote closed since: no theme; a cancelled session does not count in the rotation
    JsonNode s3 = created(hub.post(P + "/sessions/plan-next", secretariat, "{}")).get("session");
    assertThat(s3.get("presenter").get("code").asString()).isEqualTo("ACTIRIS");
    assertThat(ok(hub.get(P + "/sessions/" + s3.get("id").asLong(), vdab)).has("inDepthTheme"))
        .isFalse();
    ok(patch(P + "/sessions/" + s3.get("id").asLong(), secretariat, "{\"status\":\"CANCELLED\"}"));
    JsonNode s4 =
        created(
                hub.post(
                    P + "/sessions/plan-next", secretariat, "{\"place\":\"Forem, Charleroi\"}"))
            .get("session");
    assertThat(s4.get("presenter").get("code").asString()).isEqualTo("ACTIRIS");
    assertThat(s4.get("startsAt").asString()).isEqualTo("2027-04-22T10:00:00+02:00");
    assertThat(s4.get("place").asString()).isEqualTo("Forem, Charleroi");
    // BF is skipped by configuration
    assertThat(
            created(hub.post(P + "/sessions/plan-next", secretariat, "{}"))
                .get("session")
                .get("presenter")
                .get("code")
                .asString())
        .isEqualTo("ADG");
    assertThat(
            created(hub.post(P + "/sessions/plan-next", secretariat, "{}"))
                .get("session")
                .get("presenter")
                .get("code")
                .asString())
        .isEqualTo("VDAB");
    JsonNode rotation = ok(hub.get(P + "/rotation", adg));
    assertThat(rotation.get("skipped").valueStream().map(JsonNode::asString).toList())
        .containsExactly("BF");
    assertThat(rotation.get("lastPresenter").asString()).isEqualTo("VDAB");
    assertThat(rotation.get("upcoming").valueStream().map(JsonNode::asString).toList())
        .containsExactly("FOREM", "ACTIRIS", "ADG", "VDAB", "FOREM");
    assertThat(
            fields(hub.post(P + "/sessions/plan-next", secretariat, "{\"date\":\"2026-01-01\"}")))
        .containsExactly("date");
    assertThat(hub.post(P + "/sessions/plan-next", vdab, "{}").status()).isEqualTo(403);

    // decisions numbered per session, with status follow-up
    assertThat(
            created(
                    hub.post(
                        P + "/sessions/" + id1 + "/decisions",
                        secretariat,
                        "{\"title\":\"First\"}"))
                .get("number")
                .asInt())
        .isEqualTo(1);
    JsonNode d2 =
        created(
            hub.post(
                P + "/sessions/" + id1 + "/decisions?lang=fr",
                secretariat,
                "{\"title\":\"Second\",\"status\":\"DEFERRED\"}"));
    assertThat(d2.get("number").asInt()).isEqualTo(2);
    assertThat(d2.get("status").get("label").asString()).isEqualTo("Reportée");
    assertThat(
            created(
                    hub.post(
                        P + "/sessions/" + id2 + "/decisions",
                        secretariat,
                        "{\"title\":\"Other session\"}"))
                .get("number")
                .asInt())
        .isEqualTo(1);
    assertThat(
            ok(hub.put(
                    P + "/sessions/" + id1 + "/decisions/2/status",
                    secretariat,
                    "{\"status\":\"IMPLEMENTED\"}"))
                .get("status")
                .get("code")
                .asString())
        .isEqualTo("IMPLEMENTED");
    assertThat(
            fields(
                hub.post(
                    P + "/sessions/" + id1 + "/decisions", secretariat, "{\"status\":\"MAYBE\"}")))
        .containsExactlyInAnyOrder("title", "status");
    assertThat(
            ok(hub.get(P + "/decisions?status=IMPLEMENTED", forem))
                .valueStream()
                .map(d -> d.get("title").asString())
                .toList())
        .containsExactly("Second");

    // once the session is held, its theme is listed as presented in its year
    ok(patch(P + "/sessions/" + id2, secretariat, "{\"status\":\"HELD\"}"));
    JsonNode themes = ok(hub.get(P + "/themes?year=2027", forem));
    assertThat(themes.get(0).get("year").asInt()).isEqualTo(2027);
    JsonNode presented = themes.get(0).get("themes").get(0);
    assertThat(presented.get("id").asLong()).isEqualTo(b);
    assertThat(presented.get("status").get("code").asString()).isEqualTo("PRESENTED");
    assertThat(presented.get("presentedOn").asString()).isEqualTo("2027-02-18");
    assertThat(fields(patch(P + "/sessions/" + id2, secretariat, "{\"status\":\"PLANNED\"}")))
        .containsExactly("status");
  }

  // ---------------------------------------------------------------- working groups

  @Test
  void workingGroupStatusMovesWithReasonsAndClosedIsFinal() {
    long session = createSession("GENERAL_ASSEMBLY", "2026-06-20", "PUBLIC");
    String body =
        "{\"code\":\"wg-test\",\"names\":{\"nl\":\"Testgroep\",\"fr\":\"Groupe test\",\"de\":\"Testgruppe\",\"en\":\"Test group\"},"
            + "\"mandate\":\"Tests the working groups.\",\"mandateLanguage\":\"en\","
            + "\"links\":[{\"kind\":\"API\",\"target\":\"/api/v1/quality/flows\",\"labels\":{\"nl\":\"Stromen\",\"fr\":\"Flux\",\"de\":\"Ströme\",\"en\":\"Flows\"}}]}";
    JsonNode g = created(hub.post(P + "/working-groups?lang=de", secretariat, body));
    assertThat(g.get("group").get("status").get("label").asString()).isEqualTo("Aktiv");
    assertThat(g.get("links").get(0).get("label").asString()).isEqualTo("Ströme");
    assertThat(
            hub.post(P + "/working-groups", secretariat, body)
                .json()
                .get("problems")
                .get(0)
                .get("code")
                .asString())
        .isEqualTo("duplicate");
    assertThat(
            fields(
                hub.post(
                    P + "/working-groups",
                    secretariat,
                    "{\"code\":\"Bad Code\",\"names\":{\"nl\":\"a\",\"fr\":\"b\",\"en\":\"c\"},\"mandate\":\"m\",\"mandateLanguage\":\"en\","
                        + "\"links\":[{\"kind\":\"CONSOLE\",\"target\":\"/api/x\",\"labels\":{\"nl\":\"a\",\"fr\":\"b\",\"de\":\"c\",\"en\":\"d\"}}]}")))
        .containsExactlyInAnyOrder("code", "names.de", "links[0].target");

    String status = P + "/working-groups/wg-test/status";
    assertThat(fields(hub.post(status, secretariat, "{\"status\":\"SUSPENDED\"}")))
        .containsExactly("reason");
    assertThat(
            fields(hub.post(status, secretariat, "{\"status\":\"ACTIVE\",\"reason\":\"again\"}")))
        .containsExactly("status");
    ok(
        hub.post(
            status,
            secretariat,
            "{\"status\":\"SUSPENDED\",\"reason\":\"waiting for the API of a partner\",\"sessionId\":"
                + session
                + "}"));
    ok(hub.post(status, secretariat, "{\"status\":\"ACTIVE\",\"reason\":\"the API is ready\"}"));
    long person = person("FOREM", "Test Expert", null);
    JsonNode withExpert =
        ok(
            hub.post(
                P + "/working-groups/wg-test/experts",
                secretariat,
                "{\"personId\":" + person + ",\"since\":\"2026-01-01\"}"));
    assertThat(withExpert.get("experts").get(0).get("person").get("fullName").asString())
        .isEqualTo("Test Expert");
    assertThat(ok(hub.get(P + "/working-groups/wg-test", operator)).get("experts")).isEmpty();
    JsonNode report =
        created(
            hub.post(
                P + "/working-groups/wg-test/reports",
                secretariat,
                "{\"sessionId\":" + session + ",\"title\":\"Yearly report\"}"));
    assertThat(
            ok(hub.get(P + "/sessions/" + session, vdab)).get("reports").get(0).get("id").asLong())
        .isEqualTo(report.get("id").asLong());
    ok(hub.post(status, secretariat, "{\"status\":\"CLOSED\",\"reason\":\"mandate fulfilled\"}"));

    HubClient.Response reopen =
        hub.post(status, secretariat, "{\"status\":\"ACTIVE\",\"reason\":\"new work\"}");
    assertThat(reopen.status()).isEqualTo(400);
    assertThat(reopen.json().get("problems").get(0).get("reason").asString())
        .contains("closed group is final");
    assertThat(
            fields(
                hub.post(
                    P + "/working-groups/wg-test/reports",
                    secretariat,
                    "{\"sessionId\":" + session + ",\"title\":\"Late\"}")))
        .containsExactly("code");

    JsonNode group = ok(hub.get(P + "/working-groups/wg-test?lang=nl", vdab));
    assertThat(
            group
                .get("history")
                .valueStream()
                .map(h -> h.get("to").get("label").asString())
                .toList())
        .containsExactly("Actief", "Opgeschort", "Actief", "Afgesloten");
    assertThat(group.get("history").get(1).get("reason").asString())
        .isEqualTo("waiting for the API of a partner");
    assertThat(group.get("history").get(1).get("sessionId").asLong()).isEqualTo(session);
    assertThat(group.get("group").get("status").get("code").asString()).isEqualTo("CLOSED");

    JsonNode links =
        ok(
            hub.put(
                P + "/working-groups/wg-test/links?lang=fr",
                secretariat,
                "[{\"kind\":\"API\",\"target\":\"/api/v1/reference/releases\",\"labels\":{\"nl\":\"Releases\",\"fr\":\"Versions\",\"de\":\"Versionen\",\"en\":\"Releases\"}}]"));
    assertThat(links).hasSize(1);
    assertThat(links.get(0).get("label").asString()).isEqualTo("Versions");
    assertThat(hub.post(status, vdab, "{\"status\":\"CLOSED\",\"reason\":\"x\"}").status())
        .isEqualTo(403);
  }

  // ---------------------------------------------------------------- documents and calendar

  @Test
  void internalDocumentsAndSessionsAreShownToMembersStaffOnly() {
    long pub = createSession("GENERAL_ASSEMBLY", "2026-05-20", "PUBLIC");
    long internal = createSession("GENERAL_ASSEMBLY", "2026-05-21", "INTERNAL");
    long pubDoc = upload(pub, "Agenda", "agenda.txt", "PUBLIC", "the agenda");
    long intDoc = upload(pub, "Draft minutes", "minutes.txt", "INTERNAL", "secret minutes");
    long hiddenDoc =
        upload(internal, "Public paper of an internal session", "paper.txt", "PUBLIC", "paper");
    long defaultDoc =
        upload(pub, "No visibility given", "default.txt", null, "internal by default");

    // anonymous: public pages only
    assertThat(ids(ok(hub.get(P + "/public/sessions", null))))
        .contains(pub)
        .doesNotContain(internal);
    assertThat(ids(ok(hub.get(P + "/public/sessions/" + pub, null)).get("documents")))
        .containsExactly(pubDoc);
    assertThat(hub.get(P + "/public/documents/" + pubDoc, null).raw().body())
        .isEqualTo("the agenda");
    assertThat(hub.get(P + "/public/documents/" + intDoc, null).status()).isEqualTo(404);
    assertThat(hub.get(P + "/public/documents/" + defaultDoc, null).status()).isEqualTo(404);
    assertThat(hub.get(P + "/public/documents/" + hiddenDoc, null).status()).isEqualTo(404);
    assertThat(hub.get(P + "/public/sessions/" + internal, null).status()).isEqualTo(404);
    assertThat(hub.get(P + "/sessions/" + pub, null).status()).isEqualTo(401);
    assertThat(hub.get(P + "/documents/" + pubDoc, null).status()).isEqualTo(401);

    // a hub operator's admin key is not members' staff: public records only
    assertThat(ids(ok(hub.get(P + "/sessions/" + pub, operator)).get("documents")))
        .containsExactly(pubDoc);
    assertThat(hub.get(P + "/documents/" + intDoc, operator).status()).isEqualTo(404);
    assertThat(hub.get(P + "/sessions/" + internal, operator).status()).isEqualTo(404);
    assertThat(ids(ok(hub.get(P + "/sessions", operator)))).doesNotContain(internal);

    // members' staff see everything
    assertThat(ids(ok(hub.get(P + "/sessions/" + pub, adg)).get("documents")))
        .containsExactly(pubDoc, intDoc, defaultDoc);
    HubClient.Response minutes = hub.get(P + "/documents/" + intDoc, adg);
    assertThat(minutes.status()).isEqualTo(200);
    assertThat(minutes.raw().body()).isEqualTo("secret minutes");
    assertThat(minutes.header("Content-Type")).startsWith("text/plain");
    assertThat(minutes.header("Content-Disposition")).contains("minutes.txt");
    assertThat(ids(ok(hub.get(P + "/sessions/" + internal, adg)).get("documents")))
        .containsExactly(hiddenDoc);

    // uploads: the secretariat only, never empty
    assertThat(
            fields(
                hub.post(
                    P + "/sessions/" + pub + "/documents?title=x&fileName=x.txt", secretariat, "")))
        .containsExactly("content");
    assertThat(
            hub.post(P + "/sessions/" + pub + "/documents?title=x&fileName=x.txt", vdab, "x")
                .status())
        .isEqualTo(403);

    // the calendar: public sessions without a key, all with a member's key
    String anonymous = hub.get(P + "/calendar.ics", null).raw().body();
    String staff = hub.get(P + "/calendar.ics", vdab).raw().body();
    String uidPub = ok(hub.get(P + "/sessions/" + pub, vdab)).get("session").get("uid").asString();
    String uidInt =
        ok(hub.get(P + "/sessions/" + internal, vdab)).get("session").get("uid").asString();
    assertThat(anonymous).contains(uidPub).doesNotContain(uidInt);
    assertThat(staff).contains(uidPub, uidInt);
  }

  @Test
  void theCalendarIsValidICalendarInTheRequestedLanguageWithStableUids() throws Exception {
    String place =
        "Rue de l'Industrie 42, 1040 Bruxelles; salle «Européenne», 3e étage — entrée par la cour arrière";
    long id =
        created(
                hub.post(
                    P + "/sessions",
                    secretariat,
                    "{\"kind\":\"GENERAL_ASSEMBLY\",\"date\":\"2026-07-02\",\"startTime\":\"14:00\",\"endTime\":\"16:00\",\"place\":\""
                        + place
                        + "\",\"visibility\":\"PUBLIC\"}"))
            .get("session")
            .get("id")
            .asLong();
    String uid =
        ok(hub.get(P + "/sessions/" + id, vdab)).get("session").get("uid").asString()
            + "@hub.synerjob.be";

    HubClient.Response nl = hub.get(P + "/calendar.ics?lang=nl", null);
    assertThat(nl.status()).isEqualTo(200);
    assertThat(nl.header("Content-Type")).startsWith("text/calendar");
    String ics = nl.raw().body();
    assertThat(ics).contains("\r\n").doesNotContain("\r\n\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels");
    Calendar cal = CooperationRulesTests.parseValid(ics);
    VEvent event = event(cal, uid);
    assertThat(event.getSummary().orElseThrow().getValue())
        .isEqualTo("Algemene vergadering Synerjob");
    assertThat(event.getLocation().orElseThrow().getValue()).isEqualTo(place);
    assertThat(
            event
                .getProperty("DTSTART")
                .orElseThrow()
                .getParameter("TZID")
                .orElseThrow()
                .getValue())
        .isEqualTo("Europe/Brussels");
    assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20260702T140000");
    assertThat(event.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20260702T160000");
    assertThat(event.getProperty("DTSTAMP").orElseThrow().getValue()).endsWith("Z");
    assertThat(event.getDescription().orElseThrow().getValue())
        .contains("1. Opening en goedkeuring van de agenda\n2. ");

    Calendar fr =
        CooperationRulesTests.parseValid(
            hub.get(P + "/calendar.ics", null, "Accept-Language", "fr-BE,fr;q=0.9").raw().body());
    assertThat(event(fr, uid).getSummary().orElseThrow().getValue())
        .isEqualTo("Assemblée générale de Synerjob");
    assertThat(hub.get(P + "/calendar.ics?lang=xx", null).status()).isEqualTo(400);

    // a change keeps the UID and raises the SEQUENCE; a cancellation stays in the feed as CANCELLED
    String sequence = event.getProperty("SEQUENCE").orElseThrow().getValue();
    ok(
        patch(
            P + "/sessions/" + id, secretariat, "{\"startTime\":\"15:00\",\"endTime\":\"17:00\"}"));
    VEvent moved =
        event(
            CooperationRulesTests.parseValid(
                hub.get(P + "/calendar.ics?lang=de", null).raw().body()),
            uid);
    assertThat(Integer.parseInt(moved.getProperty("SEQUENCE").orElseThrow().getValue()))
        .isGreaterThan(Integer.parseInt(sequence));
    assertThat(moved.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20260702T150000");
    ok(patch(P + "/sessions/" + id, secretariat, "{\"status\":\"CANCELLED\"}"));
    VEvent cancelled =
        event(
            CooperationRulesTests.parseValid(
                hub.get(P + "/calendar.ics?lang=en", null).raw().body()),
            uid);
    assertThat(cancelled.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
    assertThat(cancelled.getSummary().orElseThrow().getValue())
        .isEqualTo("CANCELLED: Synerjob General assembly");
  }

  // ---------------------------------------------------------------- helpers

  private static VEvent event(Calendar cal, String uid) {
    List<VEvent> events = cal.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
    return events.stream()
        .filter(e -> e.getUid().orElseThrow().getValue().equals(uid))
        .findFirst()
        .orElseThrow(() -> new AssertionError(uid + " not in the calendar"));
  }

  private long person(String member, String name, String email) {
    return created(
            hub.post(
                P + "/people",
                secretariat,
                "{\"member\":\""
                    + member
                    + "\",\"fullName\":\""
                    + name
                    + "\",\"jobTitle\":\"Tester\""
                    + (email == null ? "" : ",\"email\":\"" + email + "\"")
                    + "}"))
        .get("id")
        .asLong();
  }

  private HubClient.Response mandate(String kind, long person, String from, String to) {
    return hub.post(
        P + "/mandates",
        secretariat,
        "{\"kind\":\""
            + kind
            + "\",\"personId\":"
            + person
            + (from == null ? "" : ",\"startsOn\":\"" + from + "\"")
            + (to == null ? "" : ",\"endsOn\":\"" + to + "\"")
            + "}");
  }

  private HubClient.Response mandateAs(String key, String kind, long person, String from) {
    return hub.post(
        P + "/mandates",
        key,
        "{\"kind\":\"" + kind + "\",\"personId\":" + person + ",\"startsOn\":\"" + from + "\"}");
  }

  private JsonNode vote(long session, String key, long theme) {
    return created(
        hub.post(P + "/sessions/" + session + "/votes", key, "{\"themeId\":" + theme + "}"));
  }

  private long createSession(String kind, String date, String visibility) {
    return created(
            hub.post(
                P + "/sessions",
                secretariat,
                "{\"kind\":\""
                    + kind
                    + "\",\"date\":\""
                    + date
                    + "\",\"place\":\"Brussels\",\"visibility\":\""
                    + visibility
                    + "\"}"))
        .get("session")
        .get("id")
        .asLong();
  }

  private long upload(long session, String title, String file, String visibility, String content) {
    try {
      HttpRequest r =
          HttpRequest.newBuilder(
                  URI.create(
                      "http://127.0.0.1:"
                          + port
                          + P
                          + "/sessions/"
                          + session
                          + "/documents?title="
                          + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8)
                          + "&fileName="
                          + file
                          + (visibility == null ? "" : "&visibility=" + visibility)))
              .header("Authorization", "Bearer " + secretariat)
              .header("Content-Type", "text/plain; charset=utf-8")
              .POST(HttpRequest.BodyPublishers.ofString(content))
              .build();
      HttpResponse<String> res =
          HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
      assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
      return HubClient.JSON.readTree(res.body()).get("id").asLong();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private HubClient.Response patch(String path, String key, String body) {
    try {
      HttpRequest r =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .header("Authorization", "Bearer " + key)
              .header("Content-Type", "application/json")
              .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
              .build();
      HttpResponse<String> res =
          HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
      return new HubClient.Response(
          res.statusCode(), res, res.body().isEmpty() ? null : HubClient.JSON.readTree(res.body()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode created(HubClient.Response r) {
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    return r.json();
  }

  private static JsonNode ok(HubClient.Response r) {
    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    return r.json();
  }

  private static List<String> fields(HubClient.Response r) {
    assertThat(r.status()).as(r.raw().body()).isEqualTo(400);
    return r.json().get("problems").valueStream().map(p -> p.get("field").asString()).toList();
  }

  private static List<String> types(JsonNode agenda) {
    return agenda.valueStream().map(i -> i.get("type").get("code").asString()).toList();
  }

  private static List<Long> ids(JsonNode list) {
    return list.valueStream()
        .map(n -> n.has("session") ? n.get("session").get("id").asLong() : n.get("id").asLong())
        .toList();
  }
}
