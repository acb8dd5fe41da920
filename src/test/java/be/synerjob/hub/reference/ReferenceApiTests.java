package be.synerjob.hub.reference;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.support.HubClient;
import be.synerjob.hub.support.HubClient.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The reference API over HTTP on a real server, without an API key (open data): the occupation
 * page, look-up by encoded URI or scheme code, crosswalks, autocomplete, releases and their diffs
 * and archives as downloads, precise problem documents for bad input, and review decisions that
 * need a key with the right scope.
 */
class ReferenceApiTests extends ShippedReferenceContext {

  static final String ATTRIBUTION =
      "This service uses the ESCO classification of the European Commission.";

  @LocalServerPort int port;
  @Autowired ApiKeys keys;

  HubClient hub;

  @BeforeEach
  void client() {
    hub = new HubClient(port);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private Response get(String path) {
    return hub.get("/api/v1/reference" + path, null);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.at(field).asString()));
    return out;
  }

  @Test
  void anOccupationPageShowsLabelsInFourLanguagesSkillsIscoRomeCompetentAndDigitalSkills() {
    Response r = get("/occupations/" + enc(WELDER));

    assertThat(r.status()).isEqualTo(200);
    JsonNode p = r.json();
    assertThat(p.get("uri").asString()).isEqualTo(WELDER);
    assertThat(p.get("code").asString()).isEqualTo("7212.3");
    assertThat(p.get("scheme").asString()).isEqualTo("ESCO");
    assertThat(p.get("status").asString()).isEqualTo("ACTIVE");
    assertThat(p.get("release").asString()).isEqualTo("1.2.1");
    JsonNode labels = p.get("labels");
    assertThat(labels.at("/en/preferred").asString()).isEqualTo("welder");
    assertThat(labels.at("/en/release").asString()).isEqualTo("1.2.1");
    assertThat(texts(labels.at("/en/alternatives"), "")).contains("arc welder", "gas welder");
    assertThat(labels.at("/nl/preferred").asString()).isEqualTo("lasser");
    assertThat(labels.at("/nl/release").asString()).isEqualTo("1.2.0");
    assertThat(labels.at("/fr/preferred").asString()).isEqualTo("soudeur/soudeuse");
    assertThat(labels.at("/fr/release").asString()).isEqualTo("1.2.1-api");
    assertThat(labels.at("/de/preferred").asString()).isEqualTo("Schweißer/Schweißerin");
    assertThat(p.get("description").asString()).startsWith("Welders operate welding equipment");
    assertThat(p.at("/iscoGroup/code").asString()).isEqualTo("7212");
    assertThat(p.at("/iscoGroup/labels/en").asString()).isEqualTo("Welders and flamecutters");
    assertThat(p.get("essentialSkills")).hasSize(36);
    assertThat(texts(p.get("essentialSkills"), "/labels/en"))
        .contains("apply arc welding techniques");
    assertThat(p.get("optionalSkills").size()).isPositive();
    assertThat(texts(p.at("/crosswalk/rome"), "/target/code")).contains("H2913", "H2916", "H2917");
    assertThat(p.at("/crosswalk/rome/0/relation").asString()).isEqualTo("narrowMatch");
    assertThat(p.at("/crosswalk/rome/0/mapping").asString()).isEqualTo("ROME 4.0");
    assertThat(p.at("/crosswalk/competent").size()).isPositive();
    assertThat(p.at("/crosswalk/competent/0/target/id").asString()).startsWith("competent:");
    assertThat(p.at("/crosswalk/isco/0/target/id").asString()).isEqualTo("isco:7212");
    assertThat(p.at("/digitalSkills/areas")).hasSize(5);
    assertThat(p.at("/digitalSkills/rule").asString()).contains("DigComp");
    assertThat(p.get("attribution").asString()).isEqualTo(ATTRIBUTION);
    assertThat(texts(p.get("sources"), "")).contains("Source: France Travail, ROME");
  }

  @Test
  void anOccupationIsFoundByEveryFormOfItsId() {
    for (String id :
        List.of(
            "esco:7aedaa07-3884-4c5b-88f9-80997b2aa54b",
            "esco:7212.3",
            enc(WELDER.replace("http://", "https://")))) {
      Response r = get("/occupations/" + id);
      assertThat(r.status()).as(id).isEqualTo(200);
      assertThat(r.json().get("id").asString()).isEqualTo(WELDER);
    }
    JsonNode rome = get("/occupations/rome:m1805").json();
    assertThat(rome.at("/labels/fr/preferred").asString())
        .isEqualTo("Développeur / Développeuse informatique");
    assertThat(rome.at("/romeV3Parent/id").asString()).isEqualTo("rome:M1805");
    assertThat(rome.get("jobTitles").size()).isEqualTo(16);
    assertThat(rome.get("mobility").size()).isPositive();
    assertThat(get("/occupations/isco:7212").json().at("/labels/nl/preferred").asString())
        .isEqualTo("Lassers en snijders");
    JsonNode deprecated = get("/occupations/" + enc(CONTACT_TRACING_AGENT)).json();
    assertThat(deprecated.get("status").asString()).isEqualTo("DEPRECATED");
    assertThat(deprecated.get("deprecatedIn").asString()).isEqualTo("1.2.0");
    assertThat(deprecated.get("release").asString()).isEqualTo("1.1.1");
  }

  @Test
  void aSkillPageShowsTheCompetentCompetenceWithItsEscoMatches() {
    JsonNode kn10 = get("/skills/competent:KN-10").json();
    assertThat(kn10.at("/labels/fr/preferred").asString()).isEqualTo("Physiologie animale");
    assertThat(kn10.at("/labels/nl/preferred").asString()).isEqualTo("Dierlijke fysiologie");
    assertThat(kn10.at("/crosswalk/esco/0/target/labels/en").asString())
        .isEqualTo("physiology of animals");
    assertThat(kn10.at("/crosswalk/esco/0/relation").asString()).isEqualTo("exactMatch");
    JsonNode esco = get("/skills/" + enc(CONSERVATION_TECHNIQUES)).json();
    assertThat(texts(esco.at("/crosswalk/competent"), "/target/id")).contains("competent:KN-177");
    assertThat(esco.at("/occupations/essentialCount").asInt()).isPositive();
  }

  @Test
  void badIdsAndParametersGetProblemDocumentsNamingTheValidValues() {
    Response unknownScheme = get("/occupations/foo:bar");
    assertThat(unknownScheme.status()).isEqualTo(400);
    assertThat(unknownScheme.header("Content-Type")).startsWith("application/problem+json");
    assertThat(unknownScheme.json().get("detail").asString())
        .isEqualTo(
            "Parameter 'id': unknown scheme 'foo'; valid schemes: esco, isco, rome, competent");
    Response unknown = get("/occupations/rome:Z9999");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("detail").asString())
        .isEqualTo("No concept has the id 'rome:Z9999'");
    assertThat(unknown.json().get("type").asString())
        .isEqualTo("https://hub.synerjob.be/problems/not-found");
    Response skillAsOccupation = get("/occupations/competent:KN-10");
    assertThat(skillAsOccupation.status()).isEqualTo(404);
    assertThat(skillAsOccupation.json().get("detail").asString())
        .isEqualTo(
            "'competent:KN-10' is a skill, not an occupation; see /api/v1/reference/skills/{id}");
    assertThat(get("/autocomplete?q=lasser&lang=xx").json().get("detail").asString())
        .isEqualTo(
            "Parameter 'lang': 'xx' is not a language of the hub; valid values: nl, fr, de, en");
    assertThat(get("/autocomplete?q=lasser&type=job").json().get("detail").asString())
        .isEqualTo(
            "Parameter 'type': 'job' is not a suggestion type; valid values: occupation, skill, rome,"
                + " competent, isco");
    assertThat(get("/autocomplete").status()).isEqualTo(400);
    assertThat(get("/crosswalk?code=rome:M1805&to=onet").json().get("detail").asString())
        .isEqualTo(
            "Parameter 'to': unknown scheme 'onet'; valid values: esco, isco, rome, competent");
    assertThat(get("/releases/onet/1/diff/2").status()).isEqualTo(400);
    assertThat(get("/releases/esco/1.0/diff/1.2.0").json().get("detail").asString())
        .isEqualTo("ESCO has no loaded release '1.0'; loaded: 1.1.1, 1.2.0, 1.2.1");
    assertThat(get("/releases/esco/1.1.1/diff/1.2.0?kind=job").status()).isEqualTo(400);
  }

  @Test
  void crosswalksAnswerOneToManyWithRelationAndRelease() {
    JsonNode c = get("/crosswalk?code=rome:M1805&to=esco").json();
    assertThat(c.at("/source/id").asString()).isEqualTo("rome:M1805");
    assertThat(c.get("matches")).hasSize(7);
    assertThat(c.at("/matches/0/relation").asString()).isEqualTo("exactMatch");
    assertThat(c.at("/matches/0/target/labels/en").asString())
        .isEqualTo("numerical tool and process control programmer");
    assertThat(c.get("attribution").asString()).isEqualTo(ATTRIBUTION);
    JsonNode back = get("/crosswalk?code=" + enc(CONSERVATION_TECHNIQUES) + "&to=competent").json();
    assertThat(texts(back.get("matches"), "/relation"))
        .containsExactly("closeMatch", "narrowMatch", "narrowMatch");
    JsonNode isco = get("/crosswalk?code=" + enc(WELDER) + "&to=isco").json();
    assertThat(isco.at("/matches/0/target/code").asString()).isEqualTo("7212");
  }

  @Test
  void autocompleteAnswersInEveryLanguageWithoutAKey() {
    JsonNode nl = get("/autocomplete?q=vrachtw&lang=nl").json();
    assertThat(nl.at("/results/0/label").asString()).isEqualTo("vrachtwagenchauffeur");
    assertThat(nl.at("/results/0/language").asString()).isEqualTo("nl");
    assertThat(nl.get("attribution").asString()).isEqualTo(ATTRIBUTION);
    JsonNode fr = get("/autocomplete?q=ecole&lang=fr&type=rome").json();
    assertThat(texts(fr.get("results"), "/label")).anyMatch(l -> l.contains("école"));
    JsonNode typo = get("/autocomplete?q=souderu&type=occupation").json();
    assertThat(typo.at("/results/0/id").asString()).isEqualTo(WELDER);
    assertThat(typo.at("/results/0/fuzzy").asBoolean()).isTrue();
    JsonNode de =
        get("/autocomplete?q=" + enc("schweiß") + "&lang=de&type=occupation&limit=3").json();
    assertThat(de.get("results")).hasSize(3);
    assertThat(texts(de.get("results"), "/label"))
        .allMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains("schweiß"));
  }

  @Test
  void releasesAreListedWithTheirFilesAndChecksums() {
    JsonNode list = get("/releases").json().get("releases");
    assertThat(list).hasSize(7);
    assertThat(texts(list, "/release"))
        .containsExactly("1.1.1", "1.2.0", "1.2.1", "2008", "3.46", "4.0", "3.8");
    JsonNode esco121 = list.get(2);
    assertThat(esco121.get("latest").asBoolean()).isTrue();
    assertThat(esco121.get("concepts").asInt()).isEqualTo(3039 + 13_939 + 640);
    assertThat(texts(esco121.get("files"), "/name")).contains("esco_occupations_1.2.1.csv.gz");
    assertThat(esco121.at("/files/0/sha256").asString()).hasSize(64);
  }

  @Test
  void theDiffDownloadsAsCsvAndAsJson() {
    HttpResponse<String> csv = raw("/releases/esco/1.1.1/diff/1.2.0?format=csv", null);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
        .isEqualTo("attachment; filename=\"esco-1.1.1-to-1.2.0-diff.csv\"");
    List<String> lines = List.of(csv.body().split("\r\n"));
    assertThat(lines.get(0)).isEqualTo("change,kind,id,code,language,before,after,detail");
    assertThat(lines)
        .contains(
            "relabelled,occupation,"
                + ESCO_OCC
                + "f4a25243-b06a-42a9-9c69-246853df63ad,,en,handyman,handyperson,");
    assertThat(lines.stream().filter(l -> l.startsWith("added,occupation,"))).hasSize(35);
    assertThat(lines.stream().filter(l -> l.startsWith("deprecated,occupation,"))).hasSize(3);
    assertThat(lines).anyMatch(l -> l.startsWith("alternative-label-added,occupation,"));

    HttpResponse<String> accept =
        raw("/releases/esco/1.2.0/diff/1.2.1?kind=occupation", "text/csv");
    assertThat(accept.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(accept.body())
        .contains(
            "relabelled,occupation,"
                + ESCO_OCC
                + "8d463763-5d38-4f47-903c-1c4df32141c1,,en,Smart City consultant,smart city consultant,");

    HttpResponse<String> json =
        raw("/releases/esco/1.1.1/diff/1.2.0?kind=occupation&format=json", null);
    assertThat(json.headers().firstValue("Content-Disposition").orElse(""))
        .isEqualTo("attachment; filename=\"esco-1.1.1-to-1.2.0-occupation-diff.json\"");
    JsonNode d = HubClient.JSON.readTree(json.body());
    assertThat(d.at("/summary/kinds/occupation/added").asInt()).isEqualTo(35);
    assertThat(d.at("/summary/kinds/occupation/deprecated").asInt()).isEqualTo(3);
    assertThat(d.at("/summary/kinds/occupation/relabelled/en").asInt()).isEqualTo(15);
    assertThat(d.get("relabelled")).hasSize(15);
  }

  @Test
  void aReleaseArchiveDownloadsAsAZipOfCsvFiles() throws Exception {
    HttpResponse<byte[]> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:"
                                + port
                                + "/api/v1/reference/releases/esco/1.2.0/archive"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
        .isEqualTo("attachment; filename=\"esco-1.2.0.zip\"");
    Map<String, Integer> lines = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        lines.put(
            e.getName(),
            new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r\n").length);
      }
    }
    assertThat(lines.keySet())
        .containsExactly(
            "README.txt",
            "concepts.csv",
            "labels.csv",
            "relations.csv",
            "collections.csv",
            "reviews.csv",
            "diff-1.1.1-1.2.0.csv",
            "diff-1.1.1-1.2.0.json");
    assertThat(lines.get("concepts.csv")).isEqualTo(1 + 3039 + 13_939 + 640);
    assertThat(lines.get("collections.csv")).isEqualTo(1 + 1284 + 25 + 591 + 359 + 95 + 40 + 122);
  }

  @Test
  void aReviewDecisionNeedsAKeyWithTheReviewScopeAndIsKeptWithItsReviewer() {
    String body =
        "{\"concept\":\""
            + WELDER
            + "\",\"language\":\"nl\",\"action\":\"REVIEWED\",\"label\":\"lasser\"}";
    Response anonymous = hub.post("/api/v1/reference/reviews", null, body);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().get("type").asString())
        .isEqualTo("https://hub.synerjob.be/problems/unauthenticated");
    String reader =
        keys.create(be.synerjob.hub.core.MemberCode.VDAB, "reader", EnumSet.of(Scope.FEED_READ))
            .secret();
    assertThat(hub.post("/api/v1/reference/reviews", reader, body).status()).isEqualTo(403);

    String reviewer = keys.create(null, "competent team", EnumSet.of(Scope.ADMIN)).secret();
    Response ok = hub.post("/api/v1/reference/reviews", reviewer, body);
    assertThat(ok.status()).isEqualTo(201);
    assertThat(ok.json().get("action").asString()).isEqualTo("REVIEWED");
    assertThat(ok.json().get("reviewer").asString()).startsWith("operator/key:");
    Response stale =
        hub.post(
            "/api/v1/reference/reviews", reviewer, body.replace("\"lasser\"", "\"booglasser\""));
    assertThat(stale.status()).isEqualTo(409);

    JsonNode history = get("/reviews/history?concept=" + enc(WELDER) + "&lang=nl").json();
    assertThat(history).hasSize(1);
    assertThat(history.at("/0/label").asString()).isEqualTo("lasser");
    JsonNode list = get("/reviews?scheme=esco&kind=occupation&lang=nl&state=reviewed").json();
    assertThat(texts(list.get("items"), "/concept/id")).contains(WELDER);
    JsonNode open =
        get("/reviews?scheme=esco&kind=occupation&lang=fr&reason=missing&release=1.2.0&limit=50")
            .json();
    assertThat(open.get("total").asInt()).as("new 1.2.0 occupations without French").isEqualTo(35);
  }

  @Test
  void theCheckEndpointGivesVacancyValidationsVerdict() {
    JsonNode tracing =
        get("/check?scheme=esco&code=" + enc(CONTACT_TRACING_AGENT) + "&release=1.1.1").json();
    assertThat(tracing.get("status").asString()).isEqualTo("DEPRECATED");
    assertThat(tracing.get("reason").asString()).contains("deprecated since ESCO 1.2.0");
    JsonNode skill = get("/check?scheme=competent&code=KN-10&use=competence").json();
    assertThat(skill.get("status").asString()).isEqualTo("OK");
    assertThat(get("/check?scheme=esco&code=x&use=job").status()).isEqualTo(400);
  }

  private HttpResponse<String> raw(String path, String accept) {
    try {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port + "/api/v1/reference" + path));
      if (accept != null) {
        b.header("Accept", accept);
      }
      return HttpClient.newHttpClient()
          .send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
