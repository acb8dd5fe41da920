package be.synerjob.hub.reference;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.reference.ReferenceModel.Edge;
import be.synerjob.hub.reference.ReferenceModel.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * The reference's read API for the other modules and the web layer: look-up by code or URI, code
 * checks for vacancy validation, crosswalks, concept profiles, autocomplete and competence sets.
 * Everything is answered from the in-memory model (microseconds; the first call after start or
 * import loads it).
 */
@Service
public class Reference {

  /** The attribution the ESCO reuse terms require wherever ESCO data are shown. */
  public static final String ESCO_ATTRIBUTION =
      "This service uses the ESCO classification of the European Commission.";

  public static final String ROME_ATTRIBUTION = "Source: France Travail, ROME";
  public static final String COMPETENT_ATTRIBUTION =
      "Competent 3.8 competences and their ESCO mapping: VDAB (ESCO national mapping table)";

  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern ESCO_NOTATION = Pattern.compile("[0-9]{4}(\\.[0-9]+)+");
  private static final int MAX_LIST = 500;

  private final ModelHolder holder;

  Reference(ModelHolder holder) {
    this.holder = holder;
  }

  /** True when at least one release is loaded. */
  public boolean isLoaded() {
    return !holder.model().isEmpty();
  }

  /** The loaded releases, per scheme oldest first. */
  public List<ReleaseInfo> releases() {
    List<ReleaseInfo> out = new ArrayList<>();
    for (Scheme s : Scheme.values()) {
      out.addAll(holder.model().releases(s));
    }
    return out;
  }

  /** The newest loaded release of the scheme. */
  public Optional<String> latestRelease(Scheme scheme) {
    return holder.model().latest(scheme).map(ReleaseInfo::release);
  }

  /**
   * Every active concept of a scheme and kind, with its current labels (for indexes built by other
   * modules, such as occupation coding). A few milliseconds for the 3,000 ESCO occupations.
   */
  public List<Concept> activeConcepts(Scheme scheme, ConceptKind kind) {
    ReferenceModel m = holder.model();
    List<Concept> out = new ArrayList<>();
    for (Node n : m.nodes) {
      if (n.scheme == scheme && n.kind == kind && n.active()) {
        out.add(concept(m, n));
      }
    }
    return out;
  }

  /**
   * A value that changes whenever the loaded releases change (an import here or on another node):
   * lets a module rebuild what it derived from the reference.
   */
  public String stamp() {
    return holder.model().stamp;
  }

  // -------------------------------------------------------------------------------------- look-up

  /** The concept with this code (for ESCO: URI) in the scheme, active or deprecated. */
  public Optional<Concept> find(Scheme scheme, String code) {
    ReferenceModel m = holder.model();
    return lookup(m, scheme, code).map(n -> concept(m, n));
  }

  /**
   * The concept with this API id: an ESCO URI, or {@code scheme:code} ({@code rome:M1805}, {@code
   * competent:KN-10}, {@code isco:7212}, {@code esco:7212.1} for an ESCO notation, {@code
   * esco:<uuid>}).
   *
   * @throws HubException (invalid parameter) for a malformed id or an unknown scheme prefix
   */
  public Optional<Concept> find(String id) {
    ReferenceModel m = holder.model();
    return resolve(m, id).map(n -> concept(m, n));
  }

  private static Optional<Node> resolve(ReferenceModel m, String id) {
    String v = id == null ? "" : id.trim();
    if (v.isEmpty()) {
      throw HubException.invalidParameter("id", "is required");
    }
    if (v.startsWith("http://") || v.startsWith("https://")) {
      String uri = v.startsWith("https://") ? "http://" + v.substring(8) : v;
      while (uri.endsWith("/")) {
        uri = uri.substring(0, uri.length() - 1);
      }
      return Optional.ofNullable(m.byUri.get(uri));
    }
    int colon = v.indexOf(':');
    if (colon <= 0) {
      throw HubException.invalidParameter(
          "id",
          "'"
              + clip(v)
              + "' is neither an ESCO URI nor scheme:code (schemes: "
              + Scheme.validValues()
              + "; for example rome:M1805, competent:KN-10, isco:7212)");
    }
    String prefix = v.substring(0, colon);
    Scheme scheme =
        Scheme.parse(prefix)
            .orElseThrow(
                () ->
                    HubException.invalidParameter(
                        "id",
                        "unknown scheme '"
                            + clip(prefix)
                            + "'; valid schemes: "
                            + Scheme.validValues()));
    return lookup(m, scheme, v.substring(colon + 1));
  }

  private static Optional<Node> lookup(ReferenceModel m, Scheme scheme, String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.trim();
    if (scheme == Scheme.ESCO) {
      if (c.startsWith("https://")) {
        c = "http://" + c.substring(8);
      }
      if (c.startsWith("http://")) {
        return Optional.ofNullable(m.byUri.get(c));
      }
      if (ESCO_NOTATION.matcher(c).matches()) {
        return Optional.ofNullable(m.escoByNotation.get(c));
      }
      String lower = c.toLowerCase(Locale.ROOT);
      if (UUID.matcher(lower).matches()) {
        for (String path : List.of("occupation/", "skill/")) {
          Node n = m.byUri.get(Catalogue.ESCO_PREFIX + path + lower);
          if (n != null) {
            return Optional.of(n);
          }
        }
      }
      return Optional.empty();
    }
    if (scheme == Scheme.ISCO08 && c.startsWith(Catalogue.ISCO_URI)) {
      c = c.substring(Catalogue.ISCO_URI.length());
    }
    return m.get(scheme, c.toUpperCase(Locale.ROOT));
  }

  static Node require(ReferenceModel m, String id) {
    if (m.isEmpty()) {
      throw HubException.notFound("The reference is not loaded yet; no concept can be found");
    }
    return resolve(m, id)
        .orElseThrow(() -> HubException.notFound("No concept has the id '" + clip(id) + "'"));
  }

  // ------------------------------------------------------------------------------------ the check

  /**
   * Checks a code a vacancy carries.
   *
   * <ul>
   *   <li>{@code OK}: the code names a concept of a kind the use accepts, the release contains it
   *       and the scheme's newest release still does.
   *   <li>{@code UNKNOWN}: no concept of the scheme has the code, or the named release does not
   *       contain it yet.
   *   <li>{@code DEPRECATED}: the concept is not in the newest release (even if the named, older
   *       release contains it); the reason names the replacement when known.
   *   <li>{@code WRONG_KIND}: the code names a concept of another kind (a skill as occupation).
   *   <li>{@code UNKNOWN_RELEASE}: the release is not loaded for the scheme (the reason lists the
   *       loaded ones).
   *   <li>{@code UNCHECKED}: nothing of the scheme is loaded, or nothing for this use (Competent
   *       occupations are not public); the caller may accept the code.
   * </ul>
   *
   * Cost: a few hash-map look-ups.
   *
   * @param scheme the code's scheme
   * @param code the code (for ESCO the URI); ROME and Competent codes in any case
   * @param release the release the sender coded against; null for the scheme's newest
   * @param use what the code stands for on the vacancy
   */
  public CodeCheck check(Scheme scheme, String code, String release, CodeUse use) {
    ReferenceModel m = holder.model();
    String c = code == null ? "" : code.trim();
    if (scheme != Scheme.ESCO) {
      c = c.toUpperCase(Locale.ROOT);
    }
    List<ReleaseInfo> releases = m.releases(scheme);
    if (releases.isEmpty()) {
      return new CodeCheck(
          CodeCheck.Status.UNCHECKED,
          scheme,
          c,
          release,
          null,
          null,
          null,
          "no release of " + scheme.title() + " is loaded in the hub");
    }
    ReleaseInfo rel;
    if (release == null || release.isBlank()) {
      rel = releases.get(releases.size() - 1);
    } else {
      String r = release.trim();
      rel = releases.stream().filter(x -> x.release().equals(r)).findFirst().orElse(null);
      if (rel == null) {
        return new CodeCheck(
            CodeCheck.Status.UNKNOWN_RELEASE,
            scheme,
            c,
            r,
            null,
            null,
            null,
            "release '"
                + clip(r)
                + "' of "
                + scheme.title()
                + " is not loaded; loaded releases: "
                + String.join(", ", releases.stream().map(ReleaseInfo::release).toList()));
      }
    }
    Optional<Node> found = lookup(m, scheme, c);
    if (found.isEmpty()) {
      if (m.kinds(scheme).stream().noneMatch(use::accepts)) {
        return new CodeCheck(
            CodeCheck.Status.UNCHECKED,
            scheme,
            c,
            rel.release(),
            null,
            null,
            null,
            "the hub holds no "
                + scheme.title()
                + " "
                + (use == CodeUse.OCCUPATION ? "occupations" : "competences")
                + " to check '"
                + clip(c)
                + "' against");
      }
      return new CodeCheck(
          CodeCheck.Status.UNKNOWN,
          scheme,
          c,
          rel.release(),
          null,
          null,
          null,
          "'"
              + clip(c)
              + "' is not "
              + (use == CodeUse.OCCUPATION ? "an occupation" : "a competence")
              + " code of "
              + scheme.title()
              + " (release "
              + rel.release()
              + ")");
    }
    Node n = found.get();
    ConceptSummary summary = summary(m, n);
    String label = n.display(Language.EN);
    if (!use.accepts(n.kind)) {
      return new CodeCheck(
          CodeCheck.Status.WRONG_KIND,
          scheme,
          c,
          rel.release(),
          summary,
          null,
          null,
          "'"
              + label
              + "' is a "
              + n.kind.code().replace('-', ' ')
              + ", not "
              + (use == CodeUse.OCCUPATION ? "an occupation" : "a competence"));
    }
    if (n.status == ConceptStatus.DEPRECATED) {
      String since = m.releaseName(scheme, n.deprecatedSeq);
      ConceptSummary replacement = n.replacedBy == null ? null : summary(m, n.replacedBy);
      String latest = releases.get(releases.size() - 1).release();
      String when =
          since != null
              ? "is deprecated since " + scheme.title() + " " + since
              : "was retired before " + scheme.title() + " " + releases.get(0).release();
      return new CodeCheck(
          CodeCheck.Status.DEPRECATED,
          scheme,
          c,
          rel.release(),
          summary,
          since,
          replacement,
          "'"
              + label
              + "' "
              + when
              + (replacement != null
                  ? "; use " + replacement.id() + " (" + n.replacedBy.display(Language.EN) + ")"
                  : "; no replacement is known in " + scheme.title() + " " + latest));
    }
    if (n.firstSeq > rel.seq()) {
      return new CodeCheck(
          CodeCheck.Status.UNKNOWN,
          scheme,
          c,
          rel.release(),
          summary,
          null,
          null,
          "'"
              + label
              + "' is not in "
              + scheme.title()
              + " "
              + rel.release()
              + "; it first appears in "
              + m.releaseName(scheme, n.firstSeq));
    }
    return new CodeCheck(
        CodeCheck.Status.OK,
        scheme,
        c,
        rel.release(),
        summary,
        null,
        null,
        "'" + label + "' is in " + scheme.title() + " " + rel.release());
  }

  // ---------------------------------------------------------------------------------- crosswalks

  /**
   * Translates a concept into another scheme: ROME code or job title → ESCO (through the ROME job
   * titles of the official mapping), ESCO occupation → ROME, ISCO-08 or Competent (the Competent
   * competences of its essential skills), ESCO skill ↔ Competent competence, ISCO-08 → ESCO.
   *
   * @throws HubException 404 for an unknown id, 400 for a pair that has no crosswalk (naming the
   *     valid targets)
   */
  public Crosswalk crosswalk(String id, Scheme to) {
    ReferenceModel m = holder.model();
    Node n = require(m, id);
    Set<Scheme> targets = targets(n);
    if (!targets.contains(to)) {
      throw HubException.invalidParameter(
          "to",
          n.scheme.title()
              + " "
              + n.kind.code()
              + " "
              + n.id()
              + " has no crosswalk to "
              + to.prefix()
              + (targets.isEmpty()
                  ? ""
                  : "; valid values: "
                      + String.join(", ", targets.stream().map(Scheme::prefix).toList())));
    }
    return new Crosswalk(summary(m, n), to, matches(m, n, to), ESCO_ATTRIBUTION);
  }

  private static Set<Scheme> targets(Node n) {
    Set<Scheme> t = EnumSet.noneOf(Scheme.class);
    switch (n.scheme) {
      case ESCO:
        if (n.kind == ConceptKind.OCCUPATION) {
          t.addAll(List.of(Scheme.ROME, Scheme.ISCO08, Scheme.COMPETENT));
        } else if (n.kind == ConceptKind.SKILL) {
          t.add(Scheme.COMPETENT);
        }
        break;
      case ROME:
      case COMPETENT:
      case ISCO08:
        t.add(Scheme.ESCO);
        break;
      default:
        break;
    }
    return t;
  }

  private static final List<String> RELATION_ORDER =
      List.of("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "broader", "narrower");

  private List<CrosswalkMatch> matches(ReferenceModel m, Node n, Scheme to) {
    Map<Node, List<CrosswalkMatch.Via>> vias = new LinkedHashMap<>();
    Map<Node, String> relations = new LinkedHashMap<>();
    String mapping;
    if (n.scheme == Scheme.ESCO && n.kind == ConceptKind.OCCUPATION && to == Scheme.ROME) {
      mapping = mappingOf(m, Scheme.ROME);
      for (Edge e : n.in) {
        if (e.type().isMatch() && e.node().kind == ConceptKind.JOB_TITLE) {
          RelationType rel = e.type().inverseMatch();
          for (Node code : e.node().out(RelationType.BROADER)) {
            add(
                vias,
                relations,
                code,
                rel.json(),
                new CrosswalkMatch.Via(summary(m, e.node()), rel.json()));
          }
        }
      }
    } else if (n.scheme == Scheme.ESCO && n.kind == ConceptKind.OCCUPATION && to == Scheme.ISCO08) {
      mapping = mappingOf(m, Scheme.ESCO);
      for (Node g : n.out(RelationType.ISCO_GROUP)) {
        add(vias, relations, g, "broader", null);
      }
    } else if (n.scheme == Scheme.ESCO
        && n.kind == ConceptKind.OCCUPATION
        && to == Scheme.COMPETENT) {
      mapping = mappingOf(m, Scheme.COMPETENT);
      for (Node skill : sorted(n.out(RelationType.ESSENTIAL_SKILL))) {
        for (Edge e : skill.in) {
          if (e.type().isMatch() && e.node().scheme == Scheme.COMPETENT) {
            String rel = e.type().inverseMatch().json();
            add(vias, relations, e.node(), rel, new CrosswalkMatch.Via(summary(m, skill), rel));
          }
        }
      }
    } else if (n.scheme == Scheme.ESCO && to == Scheme.COMPETENT) {
      mapping = mappingOf(m, Scheme.COMPETENT);
      for (Edge e : n.in) {
        if (e.type().isMatch() && e.node().scheme == Scheme.COMPETENT) {
          add(vias, relations, e.node(), e.type().inverseMatch().json(), null);
        }
      }
    } else if (n.scheme == Scheme.ROME && n.kind == ConceptKind.OCCUPATION) {
      mapping = mappingOf(m, Scheme.ROME);
      for (Node title : sorted(n.in(RelationType.BROADER))) {
        if (title.kind != ConceptKind.JOB_TITLE) {
          continue;
        }
        for (Edge e : title.out) {
          if (e.type().isMatch() && e.node().scheme == Scheme.ESCO) {
            String rel = e.type().json();
            add(vias, relations, e.node(), rel, new CrosswalkMatch.Via(summary(m, title), rel));
          }
        }
      }
    } else if (n.scheme == Scheme.ROME || n.scheme == Scheme.COMPETENT) {
      mapping = mappingOf(m, n.scheme);
      for (Edge e : n.out) {
        if (e.type().isMatch() && e.node().scheme == Scheme.ESCO) {
          add(vias, relations, e.node(), e.type().json(), null);
        }
      }
    } else {
      // ISCO-08 → ESCO: the occupations of the group's unit groups.
      mapping = mappingOf(m, Scheme.ESCO);
      List<Node> units = new ArrayList<>();
      unitGroups(n, units, new HashSet<>());
      for (Node unit : units) {
        for (Node occ : sorted(unit.in(RelationType.ISCO_GROUP))) {
          add(
              vias,
              relations,
              occ,
              "narrower",
              unit == n ? null : new CrosswalkMatch.Via(summary(m, unit), "narrower"));
        }
      }
    }
    List<CrosswalkMatch> out = new ArrayList<>();
    for (Map.Entry<Node, String> e : relations.entrySet()) {
      List<CrosswalkMatch.Via> via = vias.get(e.getKey());
      out.add(
          new CrosswalkMatch(
              summary(m, e.getKey()),
              e.getValue(),
              mapping,
              via == null || via.isEmpty() ? null : List.copyOf(via)));
    }
    out.sort(
        Comparator.comparingInt((CrosswalkMatch x) -> RELATION_ORDER.indexOf(x.relation()))
            .thenComparing(x -> x.target().status())
            .thenComparing(x -> -(x.via() == null ? 0 : x.via().size()))
            .thenComparing(x -> label(x.target())));
    return out;
  }

  private static void add(
      Map<Node, List<CrosswalkMatch.Via>> vias,
      Map<Node, String> relations,
      Node target,
      String relation,
      CrosswalkMatch.Via via) {
    List<CrosswalkMatch.Via> list = vias.computeIfAbsent(target, k -> new ArrayList<>());
    if (via != null && list.stream().noneMatch(v -> v.concept().id().equals(via.concept().id()))) {
      list.add(via);
    }
    String old = relations.get(target);
    if (old == null || RELATION_ORDER.indexOf(relation) < RELATION_ORDER.indexOf(old)) {
      relations.put(target, relation);
    }
  }

  private static void unitGroups(Node g, List<Node> out, Set<Node> seen) {
    if (!seen.add(g)) {
      return;
    }
    if (g.code.length() == 4) {
      out.add(g);
      return;
    }
    for (Node child : sorted(g.in(RelationType.BROADER))) {
      if (child.scheme == Scheme.ISCO08) {
        unitGroups(child, out, seen);
      }
    }
  }

  private static String mappingOf(ReferenceModel m, Scheme owner) {
    return m.latest(owner).map(r -> owner.title() + " " + r.release()).orElse(owner.title());
  }

  // ------------------------------------------------------------------------------------ profiles

  /**
   * The page of an occupation: an ESCO occupation, an ISCO-08 group, a ROME code or job title.
   *
   * @throws HubException 404 for an unknown id or one that names a skill; 400 for a malformed id
   */
  public ConceptProfile occupation(String id) {
    ReferenceModel m = holder.model();
    Node n = require(m, id);
    if (!CodeUse.OCCUPATION.accepts(n.kind)) {
      throw HubException.notFound(
          "'"
              + clip(id)
              + "' is a "
              + n.kind.code()
              + ", not an occupation; see /api/v1/reference/skills/{id}");
    }
    return profile(m, n);
  }

  /**
   * The page of a skill: an ESCO skill or skill group, or a Competent competence.
   *
   * @throws HubException 404 for an unknown id or one that names an occupation; 400 for a malformed
   *     id
   */
  public ConceptProfile skill(String id) {
    ReferenceModel m = holder.model();
    Node n = require(m, id);
    if (n.kind != ConceptKind.SKILL && n.kind != ConceptKind.SKILL_GROUP) {
      throw HubException.notFound(
          "'"
              + clip(id)
              + "' is a "
              + n.kind.code()
              + ", not a skill; see /api/v1/reference/occupations/{id}");
    }
    return profile(m, n);
  }

  private ConceptProfile profile(ReferenceModel m, Node n) {
    Map<String, List<CrosswalkMatch>> crosswalk = new LinkedHashMap<>();
    for (Scheme to : targets(n)) {
      crosswalk.put(to.prefix(), matches(m, n, to));
    }
    ConceptSummary isco = null;
    List<ConceptSummary> broader = summaries(m, n.out(RelationType.BROADER));
    List<ConceptSummary> narrower = summaries(m, sorted(n.in(RelationType.BROADER)));
    List<ConceptSummary> essential = null;
    List<ConceptSummary> optional = null;
    DigitalSkills digital = null;
    List<CompetenceSet> sets = null;
    ConceptProfile.Occupations occupations = null;
    List<ConceptSummary> jobTitles = null;
    List<ConceptSummary> mobility = null;
    ConceptSummary v3 = null;
    if (n.scheme == Scheme.ESCO && n.kind == ConceptKind.OCCUPATION) {
      List<Node> groups = n.out(RelationType.ISCO_GROUP);
      isco = groups.isEmpty() ? null : summary(m, groups.get(0));
      essential = summaries(m, sorted(n.out(RelationType.ESSENTIAL_SKILL)));
      optional = summaries(m, sorted(n.out(RelationType.OPTIONAL_SKILL)));
      digital = digitalSkills(m, n);
    }
    if (n.kind == ConceptKind.SKILL || n.kind == ConceptKind.SKILL_GROUP) {
      sets = new ArrayList<>();
      for (String setId : m.competenceSets.of(n)) {
        sets.add(competenceSet(m, m.competenceSets.get(setId), false));
      }
      if (n.kind == ConceptKind.SKILL_GROUP
          && m.competenceSets.get(CompetenceSets.idOf(n)) != null) {
        sets.add(competenceSet(m, m.competenceSets.get(CompetenceSets.idOf(n)), false));
      }
    }
    if (n.scheme == Scheme.ESCO && n.kind == ConceptKind.SKILL) {
      List<Node> ess = sorted(n.in(RelationType.ESSENTIAL_SKILL));
      List<Node> opt = sorted(n.in(RelationType.OPTIONAL_SKILL));
      occupations =
          new ConceptProfile.Occupations(
              ess.size(),
              opt.size(),
              summaries(m, ess.subList(0, Math.min(50, ess.size()))),
              summaries(m, opt.subList(0, Math.min(50, opt.size()))));
    }
    if (n.scheme == Scheme.ROME) {
      if (n.kind == ConceptKind.OCCUPATION) {
        List<Node> titles = new ArrayList<>();
        for (Node t : n.in(RelationType.BROADER)) {
          if (t.kind == ConceptKind.JOB_TITLE) {
            titles.add(t);
          }
        }
        jobTitles = summaries(m, sorted(titles));
        narrower = null;
        List<Edge> moves = new ArrayList<>();
        for (Edge e : n.out) {
          if (e.type() == RelationType.MOBILITY) {
            moves.add(e);
          }
        }
        moves.sort(Comparator.comparingInt(Edge::rank));
        mobility = summaries(m, moves.stream().map(Edge::node).toList());
      }
      List<Node> parents = n.out(RelationType.ROME_V3_PARENT);
      if (!parents.isEmpty()) {
        v3 = summary(m, parents.get(0));
      } else if (n.kind == ConceptKind.OCCUPATION && n.firstSeq == 1) {
        v3 = summary(m, n); // a ROME 4.0 code that is also a v3 code is its own v3 parent
      }
    }
    List<String> sources = new ArrayList<>();
    if (n.scheme == Scheme.ROME || !crosswalk.getOrDefault("rome", List.of()).isEmpty()) {
      sources.add(ROME_ATTRIBUTION);
    }
    if (n.scheme == Scheme.COMPETENT || !crosswalk.getOrDefault("competent", List.of()).isEmpty()) {
      sources.add(COMPETENT_ATTRIBUTION);
    }
    Concept c = concept(m, n);
    return new ConceptProfile(
        c.id(),
        c.uri(),
        n.scheme,
        n.kind,
        codeOf(n),
        n.status,
        c.release(),
        c.firstRelease(),
        c.deprecatedIn(),
        c.replacedBy(),
        c.labels(),
        c.description(),
        c.attributes().isEmpty() ? null : c.attributes(),
        n.collections.isEmpty() ? null : List.copyOf(new java.util.TreeSet<>(n.collections)),
        isco,
        broader.isEmpty() ? null : broader,
        narrower == null || narrower.isEmpty() ? null : cap(narrower),
        essential,
        optional,
        crosswalk.isEmpty() ? null : crosswalk,
        digital,
        sets,
        occupations,
        jobTitles,
        mobility,
        v3,
        ESCO_ATTRIBUTION,
        sources.isEmpty() ? null : sources);
  }

  /** The DigComp set of an ESCO occupation (rule in {@link DigComp} and docs/reference.md). */
  public Optional<DigitalSkills> digitalSkills(String occupationId) {
    ReferenceModel m = holder.model();
    Node n = require(m, occupationId);
    if (n.scheme != Scheme.ESCO || n.kind != ConceptKind.OCCUPATION) {
      return Optional.empty();
    }
    return Optional.of(digitalSkills(m, n));
  }

  private DigitalSkills digitalSkills(ReferenceModel m, Node occupation) {
    List<DigitalSkills.Area> areas = new ArrayList<>();
    for (DigComp.ScoredArea a : m.digComp.score(occupation)) {
      List<DigitalSkills.Competence> comps = new ArrayList<>();
      for (DigComp.Scored c : a.competences()) {
        comps.add(
            new DigitalSkills.Competence(
                summary(m, c.node()), relevance(c.relevance()), summaries(m, c.via())));
      }
      areas.add(
          new DigitalSkills.Area(
              summary(m, a.area().node()),
              relevance(a.area().relevance()),
              summaries(m, a.area().via()),
              comps));
    }
    List<Node> digital = new ArrayList<>();
    for (Node s : occupation.out(RelationType.ESSENTIAL_SKILL)) {
      if (s.collections.contains("digital")) {
        digital.add(s);
      }
    }
    for (Node s : occupation.out(RelationType.OPTIONAL_SKILL)) {
      if (s.collections.contains("digital")) {
        digital.add(s);
      }
    }
    String release = m.latest(Scheme.ESCO).map(ReleaseInfo::release).orElse("?");
    return new DigitalSkills(
        "DigComp 2.x as ESCO's DigComp collection (ESCO "
            + release
            + "): "
            + m.digComp.areas().size()
            + " areas, "
            + m.digComp.competenceCount()
            + " competences",
        DigitalSkills.RULE,
        areas,
        summaries(m, sorted(digital)));
  }

  private static String relevance(DigComp.Relevance r) {
    return r.name().toLowerCase(Locale.ROOT);
  }

  // ------------------------------------------------------------------------------ autocomplete

  /**
   * Suggestions for what someone is typing: prefix, accent and case insensitive, tolerant of one
   * typo, over every label of every active concept; a code ({@code M1805}, {@code KN-10}, {@code
   * 7212}, {@code 7212.1}) comes first when it names one.
   *
   * @param lang only labels in this language; null for all four
   * @param types only these kinds of concept; empty for all
   * @param limit at most this many concepts (1 to 50)
   */
  public List<Suggestion> autocomplete(String q, Language lang, Set<SuggestType> types, int limit) {
    String query = q == null ? "" : q.strip();
    if (query.isEmpty()) {
      throw HubException.invalidParameter("q", "is required (the text typed so far)");
    }
    if (query.length() > 100) {
      throw HubException.invalidParameter("q", "at most 100 characters");
    }
    if (limit < 1 || limit > 50) {
      throw HubException.invalidParameter("limit", "must be between 1 and 50");
    }
    ReferenceModel m = holder.model();
    if (m.isEmpty()) {
      return List.of();
    }
    Set<SuggestType> allowed =
        types == null || types.isEmpty() ? EnumSet.allOf(SuggestType.class) : types;
    List<Suggestion> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Node n : codeMatches(m, query)) {
      Optional<SuggestType> t = SuggestType.of(n.scheme, n.kind);
      if (t.isEmpty() || !allowed.contains(t.get()) || !n.active()) {
        continue;
      }
      Language l = lang != null ? lang : firstLanguage(n);
      if (lang != null && n.pref(lang) == null) {
        continue;
      }
      if (seen.add(n.id())) {
        out.add(
            new Suggestion(
                n.id(),
                n.scheme,
                t.get(),
                n.kind,
                codeOf(n),
                n.display(l),
                l.code(),
                true,
                n.display(l),
                false));
      }
    }
    Set<String> labels = new HashSet<>();
    for (SuggestIndex.Hit h : holder.index().search(query, lang, allowed, limit + 5)) {
      if (out.size() >= limit) {
        break;
      }
      Node n = h.node();
      SuggestType t = SuggestType.of(n.scheme, n.kind).orElseThrow();
      // A ROME code and its main job title share their label: show it once.
      if (!seen.add(n.id()) || !labels.add(t + " " + SuggestIndex.fold(h.label()))) {
        continue;
      }
      out.add(
          new Suggestion(
              n.id(),
              n.scheme,
              t,
              n.kind,
              codeOf(n),
              h.label(),
              h.language().code(),
              h.preferred(),
              n.display(h.language()),
              h.fuzzy()));
    }
    return out.size() > limit ? out.subList(0, limit) : out;
  }

  private static final Pattern CODE_LIKE =
      Pattern.compile("(?i)[A-N][0-9]{4}|[A-Z]{2}-[0-9]{1,6}|[0-9]{1,4}|[0-9]{4}(\\.[0-9]+)+");

  private static List<Node> codeMatches(ReferenceModel m, String q) {
    if (!CODE_LIKE.matcher(q).matches()) {
      return List.of();
    }
    List<Node> out = new ArrayList<>();
    String up = q.toUpperCase(Locale.ROOT);
    for (Scheme s : List.of(Scheme.ROME, Scheme.COMPETENT, Scheme.ISCO08)) {
      m.get(s, up).ifPresent(out::add);
    }
    Node esco = m.escoByNotation.get(q);
    if (esco != null) {
      out.add(esco);
    }
    return out;
  }

  private static Language firstLanguage(Node n) {
    for (Language l : ReferenceModel.LANGUAGES) {
      if (n.pref(l) != null) {
        return l;
      }
    }
    return Language.EN;
  }

  // ----------------------------------------------------------------------------- competence sets

  /** Every competence set, in code order, with member counts. */
  public List<CompetenceSet> competenceSets() {
    ReferenceModel m = holder.model();
    List<CompetenceSet> out = new ArrayList<>();
    for (CompetenceSets.Entry e : m.competenceSets.all().values()) {
      out.add(competenceSet(m, e, false));
    }
    return out;
  }

  /**
   * One competence set with its members.
   *
   * @throws HubException 404 for an unknown set id
   */
  public CompetenceSet competenceSet(String id) {
    ReferenceModel m = holder.model();
    String key = id == null ? "" : id.trim();
    if (!key.startsWith("set:")) {
      key = "set:" + key;
    }
    CompetenceSets.Entry e = m.competenceSets.get(key);
    if (e == null) {
      throw HubException.notFound("No competence set has the id '" + clip(id) + "'");
    }
    return competenceSet(m, e, true);
  }

  private CompetenceSet competenceSet(ReferenceModel m, CompetenceSets.Entry e, boolean members) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Language l : ReferenceModel.LANGUAGES) {
      if (e.group().pref(l) != null) {
        labels.put(l.code(), e.group().pref(l));
      }
    }
    return new CompetenceSet(
        e.id(),
        labels,
        summary(m, e.group()),
        e.skills().size(),
        e.competent().size(),
        members ? summaries(m, e.skills()) : null,
        members ? summaries(m, e.competent()) : null);
  }

  // ----------------------------------------------------------------------------------- helpers

  Concept concept(ReferenceModel m, Node n) {
    Map<String, LabelSet> labels = new LinkedHashMap<>();
    for (Language l : ReferenceModel.LANGUAGES) {
      ReferenceModel.LangLabels ll = n.labels(l);
      labels.put(
          l.code(),
          ll == null ? LabelSet.NONE : new LabelSet(ll.pref, List.copyOf(ll.alts), ll.release));
    }
    String release =
        n.active()
            ? m.latest(n.scheme).map(ReleaseInfo::release).orElse(null)
            : m.releaseName(n.scheme, n.lastSeq);
    String uri = n.scheme == Scheme.ESCO ? n.code : n.attributes.getOrDefault("uri", null);
    Map<String, String> attributes = new TreeMap<>(n.attributes);
    attributes.remove("uri");
    return new Concept(
        n.id(),
        n.scheme,
        n.code,
        uri,
        n.kind,
        n.notation,
        n.status,
        release,
        m.releaseName(n.scheme, n.firstSeq),
        m.releaseName(n.scheme, n.deprecatedSeq),
        n.replacedBy == null ? null : summary(m, n.replacedBy),
        labels,
        n.description,
        attributes);
  }

  static ConceptSummary summary(ReferenceModel m, Node n) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Language l : ReferenceModel.LANGUAGES) {
      String p = n.pref(l);
      if (p != null) {
        labels.put(l.code(), p);
      }
    }
    return new ConceptSummary(
        n.id(), n.scheme, n.kind, codeOf(n), n.status, labels, n.attributes.get("skillType"));
  }

  private static List<ConceptSummary> summaries(ReferenceModel m, List<Node> nodes) {
    List<ConceptSummary> out = new ArrayList<>(nodes.size());
    for (Node n : nodes) {
      out.add(summary(m, n));
    }
    return out;
  }

  static String codeOf(Node n) {
    if (n.notation != null) {
      return n.notation;
    }
    return n.scheme == Scheme.ESCO ? null : n.code;
  }

  private static List<Node> sorted(List<Node> nodes) {
    List<Node> s = new ArrayList<>(nodes);
    s.sort(Comparator.comparing((Node x) -> x.display(Language.EN)).thenComparing(x -> x.code));
    return s;
  }

  private static <T> List<T> cap(List<T> list) {
    return list.size() <= MAX_LIST ? list : list.subList(0, MAX_LIST);
  }

  private static String label(ConceptSummary s) {
    for (String l : List.of("en", "fr", "nl", "de")) {
      if (s.labels().containsKey(l)) {
        return s.labels().get(l);
      }
    }
    return s.id();
  }

  static String clip(String s) {
    if (s == null) {
      return "";
    }
    return s.length() <= 120 ? s : s.substring(0, 119) + "…";
  }
}
