package be.synerjob.hub.reference;

import be.synerjob.hub.core.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An immutable in-memory snapshot of the reference: every concept with its current labels (for a
 * deprecated concept, those of its last release), relations in both directions, collections, and
 * the derived competence sets and DigComp structure. Built in a few seconds by {@link #load};
 * lookups are hash-map reads (well under a millisecond). Replaced as a whole after an import.
 */
final class ReferenceModel {

  static final Language[] LANGUAGES = {Language.EN, Language.NL, Language.FR, Language.DE};

  /** The labels of a concept in one language. */
  static final class LangLabels {
    String pref;
    final List<String> alts = new ArrayList<>(2);
    String release;

    /** Release (seq) the preferred label first appeared in; 0 = before any loaded release. */
    int prefFirstSeq;

    /** True when the preferred label replaced another one in that release. */
    boolean prefChanged;
  }

  /** A relation seen from one end. */
  record Edge(RelationType type, Node node, int rank) {}

  /** A concept. Fields are written while loading and read-only afterwards. */
  static final class Node {
    final int id;
    final Scheme scheme;
    final String code;
    final ConceptKind kind;
    ConceptStatus status;
    int firstSeq;
    int lastSeq;
    int deprecatedSeq;
    int replacedById;
    Node replacedBy;
    String notation;
    Map<String, String> attributes = Map.of();
    final LangLabels[] labels = new LangLabels[4];
    String description;
    List<Edge> out = List.of();
    List<Edge> in = List.of();
    Set<String> collections = Set.of();

    Node(int id, Scheme scheme, String code, ConceptKind kind) {
      this.id = id;
      this.scheme = scheme;
      this.code = code;
      this.kind = kind;
    }

    ConceptRef ref() {
      return new ConceptRef(scheme, code);
    }

    String id() {
      return ref().id();
    }

    boolean active() {
      return status == ConceptStatus.ACTIVE;
    }

    LangLabels labels(Language l) {
      return labels[l.ordinal()];
    }

    String pref(Language l) {
      LangLabels x = labels[l.ordinal()];
      return x == null ? null : x.pref;
    }

    /**
     * The preferred label in the language, else in English, French, Dutch, German, else the code.
     */
    String display(Language l) {
      String p = pref(l);
      if (p != null) {
        return p;
      }
      for (Language f : LANGUAGES) {
        if (pref(f) != null) {
          return pref(f);
        }
      }
      return code;
    }

    List<Node> out(RelationType type) {
      List<Node> r = new ArrayList<>();
      for (Edge e : out) {
        if (e.type() == type) {
          r.add(e.node());
        }
      }
      return r;
    }

    List<Node> in(RelationType type) {
      List<Node> r = new ArrayList<>();
      for (Edge e : in) {
        if (e.type() == type) {
          r.add(e.node());
        }
      }
      return r;
    }
  }

  final Map<Scheme, List<ReleaseInfo>> releases;
  final Map<String, Node> byKey;
  final Map<String, Node> byUri;
  final Map<String, Node> escoByNotation;
  final List<Node> nodes;
  final CompetenceSets competenceSets;
  final DigComp digComp;
  final String stamp;
  private final Map<Scheme, Set<ConceptKind>> kinds = new EnumMap<>(Scheme.class);
  private final Node[] byId;

  private ReferenceModel(
      Map<Scheme, List<ReleaseInfo>> releases,
      Map<String, Node> byKey,
      Map<String, Node> byUri,
      Map<String, Node> escoByNotation,
      List<Node> nodes,
      String stamp) {
    this.releases = releases;
    this.byKey = byKey;
    this.byUri = byUri;
    this.escoByNotation = escoByNotation;
    this.nodes = nodes;
    this.stamp = stamp;
    this.byId = new Node[nodes.isEmpty() ? 1 : nodes.get(nodes.size() - 1).id + 1];
    for (Node n : nodes) {
      byId[n.id] = n;
    }
    for (Node n : nodes) {
      kinds.computeIfAbsent(n.scheme, k -> java.util.EnumSet.noneOf(ConceptKind.class)).add(n.kind);
    }
    this.competenceSets = CompetenceSets.derive(this);
    this.digComp = DigComp.derive(this);
  }

  /** The concept with this database id, or null. */
  Node node(int id) {
    return id >= 0 && id < byId.length ? byId[id] : null;
  }

  /** The kinds of concept the scheme has. */
  Set<ConceptKind> kinds(Scheme scheme) {
    return kinds.getOrDefault(scheme, Set.of());
  }

  boolean isEmpty() {
    return releases.isEmpty();
  }

  Optional<Node> get(Scheme scheme, String code) {
    return Optional.ofNullable(byKey.get(key(scheme, code)));
  }

  static String key(Scheme scheme, String code) {
    return scheme.name() + ' ' + code;
  }

  List<ReleaseInfo> releases(Scheme scheme) {
    return releases.getOrDefault(scheme, List.of());
  }

  Optional<ReleaseInfo> latest(Scheme scheme) {
    List<ReleaseInfo> r = releases(scheme);
    return r.isEmpty() ? Optional.empty() : Optional.of(r.get(r.size() - 1));
  }

  Optional<ReleaseInfo> release(Scheme scheme, String release) {
    return releases(scheme).stream().filter(r -> r.release().equals(release)).findFirst();
  }

  String releaseName(Scheme scheme, int seq) {
    for (ReleaseInfo r : releases(scheme)) {
      if (r.seq() == seq) {
        return r.release();
      }
    }
    return null;
  }

  /** A stamp that changes whenever a release is loaded (to notice another node's import). */
  static String stamp(JdbcTemplate jdbc) {
    return jdbc.queryForObject(
        "SELECT COUNT(*), COALESCE(MAX(seq), 0), COALESCE(SUM(concepts), 0) FROM ref_release",
        (rs, i) -> rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3));
  }

  // ------------------------------------------------------------------------------------- loading

  /** Reads the whole reference. Cost: about a second per 300,000 label and relation rows. */
  static ReferenceModel load(JdbcTemplate jdbc) {
    String stamp = stamp(jdbc);
    Map<Scheme, List<ReleaseInfo>> releases = new EnumMap<>(Scheme.class);
    Map<Scheme, Map<Integer, Set<String>>> coverage = new EnumMap<>(Scheme.class);
    jdbc.query(
        "SELECT scheme, release_id, seq, status, loaded_at, load_millis, source, files, provides,"
            + " coverage, concepts, labels, relations, notes FROM ref_release ORDER BY scheme, seq",
        rs -> {
          Scheme s = Scheme.valueOf(rs.getString("scheme"));
          List<ReleaseInfo.FileInfo> files = new ArrayList<>();
          for (String line : rs.getString("files").split("\n")) {
            String[] f = line.trim().split(" ");
            if (f.length == 4) {
              files.add(
                  new ReleaseInfo.FileInfo(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), f[3]));
            }
          }
          releases
              .computeIfAbsent(s, k -> new ArrayList<>())
              .add(
                  new ReleaseInfo(
                      s,
                      rs.getString("release_id"),
                      rs.getInt("seq"),
                      false,
                      rs.getString("status"),
                      rs.getTimestamp("loaded_at").toInstant(),
                      rs.getLong("load_millis"),
                      rs.getString("source"),
                      List.copyOf(files),
                      rs.getString("provides"),
                      rs.getInt("concepts"),
                      rs.getInt("labels"),
                      rs.getInt("relations"),
                      rs.getString("notes")));
          coverage
              .computeIfAbsent(s, k -> new HashMap<>())
              .put(rs.getInt("seq"), Set.of(rs.getString("coverage").split(",")));
        });
    for (Map.Entry<Scheme, List<ReleaseInfo>> e : releases.entrySet()) {
      List<ReleaseInfo> list = e.getValue();
      ReleaseInfo last = list.get(list.size() - 1);
      list.set(
          list.size() - 1,
          new ReleaseInfo(
              last.scheme(),
              last.release(),
              last.seq(),
              true,
              last.status(),
              last.loadedAt(),
              last.loadMillis(),
              last.source(),
              last.files(),
              last.provides(),
              last.concepts(),
              last.labels(),
              last.relations(),
              last.notes()));
      e.setValue(List.copyOf(list));
    }

    Map<Integer, Node> byId = new HashMap<>();
    Map<String, Node> byKey = new HashMap<>();
    Map<String, Node> byUri = new HashMap<>();
    jdbc.query(
        "SELECT id, scheme, code, kind, status, replaced_by, first_seq, last_seq, deprecated_seq,"
            + " attributes FROM ref_concept",
        rs -> {
          Node n =
              new Node(
                  rs.getInt(1),
                  Scheme.valueOf(rs.getString(2)),
                  rs.getString(3),
                  ConceptKind.valueOf(rs.getString(4)));
          n.status = ConceptStatus.valueOf(rs.getString(5));
          n.replacedById = rs.getInt(6);
          n.firstSeq = rs.getInt(7);
          n.lastSeq = rs.getInt(8);
          n.deprecatedSeq = rs.getInt(9);
          String a = rs.getString(10);
          if (a != null) {
            n.attributes = Map.copyOf(ReleaseWriter.attributes(a));
          }
          byId.put(n.id, n);
          byKey.put(key(n.scheme, n.code), n);
          if (n.scheme == Scheme.ESCO) {
            byUri.put(n.code, n);
          } else if (n.attributes.containsKey("uri")) {
            byUri.put(n.attributes.get("uri"), n);
          }
        });
    for (Node n : byId.values()) {
      if (n.replacedById > 0) {
        n.replacedBy = byId.get(n.replacedById);
      }
    }
    Map<String, Node> escoByNotation = new HashMap<>();
    jdbc.query(
        "SELECT cr.concept_id, cr.notation FROM ref_concept_release cr JOIN ref_concept c"
            + " ON c.id = cr.concept_id WHERE cr.notation IS NOT NULL AND cr.seq = COALESCE(c.last_seq,"
            + " (SELECT MAX(r.seq) FROM ref_release r WHERE r.scheme = c.scheme))",
        rs -> {
          Node n = byId.get(rs.getInt(1));
          n.notation = rs.getString(2);
          if (n.scheme == Scheme.ESCO && n.kind == ConceptKind.OCCUPATION) {
            escoByNotation.put(n.notation, n);
          }
        });

    // Preferred labels that a later one replaced: (concept, language, last release).
    Set<String> replacedPrefs = new HashSet<>();
    jdbc.query(
        "SELECT concept_id, lang, last_seq FROM ref_label WHERE kind = 'pref'"
            + " AND last_seq IS NOT NULL",
        rs -> {
          replacedPrefs.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getInt(3));
        });
    jdbc.query(
        "SELECT l.concept_id, l.lang, l.kind, l.text, l.source, l.first_seq, l.last_seq"
            + " FROM ref_label l JOIN ref_concept c ON c.id = l.concept_id"
            + " WHERE l.last_seq IS NULL OR (c.status = 'DEPRECATED' AND l.last_seq = c.last_seq)",
        rs -> {
          Node n = byId.get(rs.getInt(1));
          Optional<Language> lang = Language.parse(rs.getString(2));
          if (lang.isEmpty()) {
            return;
          }
          String kind = rs.getString(3);
          String text = rs.getString(4);
          if (kind.equals("desc")) {
            n.description = text;
            return;
          }
          int i = lang.get().ordinal();
          LangLabels ll = n.labels[i];
          if (ll == null) {
            ll = new LangLabels();
            n.labels[i] = ll;
          }
          int first = rs.getInt(6);
          Object lastObj = rs.getObject(7);
          int last = lastObj == null ? Integer.MAX_VALUE : ((Number) lastObj).intValue();
          String release = rs.getString(5);
          if (release == null) {
            release = labelRelease(releases, coverage, n, lang.get(), first, last);
          }
          if (kind.equals("pref")) {
            ll.pref = text;
            ll.release = release;
            ll.prefFirstSeq = first;
            ll.prefChanged =
                replacedPrefs.contains(n.id + " " + rs.getString(2) + " " + (first - 1));
          } else {
            ll.alts.add(text);
            if (ll.release == null) {
              ll.release = release;
            }
          }
        });
    for (Node n : byId.values()) {
      for (LangLabels ll : n.labels) {
        if (ll != null && ll.alts.size() > 1) {
          Collections.sort(ll.alts); // code-point order, as in the data files
        }
      }
    }

    Map<Integer, List<Edge>> out = new HashMap<>();
    Map<Integer, List<Edge>> in = new HashMap<>();
    Set<String> seen = new HashSet<>();
    jdbc.query(
        "SELECT r.type, r.from_id, r.to_id, r.link_rank FROM ref_relation r"
            + " JOIN ref_concept f ON f.id = r.from_id"
            + " WHERE r.last_seq IS NULL"
            + " OR (f.status = 'DEPRECATED' AND r.scheme = f.scheme AND r.last_seq = f.last_seq)"
            + " ORDER BY r.id",
        rs -> {
          RelationType t = RelationType.valueOf(rs.getString(1));
          int from = rs.getInt(2);
          int to = rs.getInt(3);
          int rank = rs.getInt(4);
          if (!seen.add(t.ordinal() + ":" + from + ":" + to)) {
            return; // ISCO edges come from ESCO's hierarchy too
          }
          Node f = byId.get(from);
          Node x = byId.get(to);
          out.computeIfAbsent(from, k -> new ArrayList<>(4)).add(new Edge(t, x, rank));
          in.computeIfAbsent(to, k -> new ArrayList<>(4)).add(new Edge(t, f, rank));
        });
    out.forEach((id, list) -> byId.get(id).out = List.copyOf(list));
    in.forEach((id, list) -> byId.get(id).in = List.copyOf(list));

    Map<Integer, Set<String>> collections = new HashMap<>();
    jdbc.query(
        "SELECT m.collection, m.concept_id FROM ref_collection_member m"
            + " JOIN ref_concept c ON c.id = m.concept_id"
            + " WHERE m.last_seq IS NULL OR (c.status = 'DEPRECATED' AND m.last_seq = c.last_seq)",
        rs -> {
          collections.computeIfAbsent(rs.getInt(2), k -> new TreeSet<>()).add(rs.getString(1));
        });
    collections.forEach((id, set) -> byId.get(id).collections = Set.copyOf(set));

    List<Node> nodes = new ArrayList<>(byId.values());
    nodes.sort((a, b) -> Integer.compare(a.id, b.id));
    return new ReferenceModel(
        releases,
        Map.copyOf(byKey),
        Map.copyOf(byUri),
        Map.copyOf(escoByNotation),
        List.copyOf(nodes),
        stamp);
  }

  /**
   * The release a label of the scheme's own files comes from: the newest release in its validity
   * that supplied the concept kind's labels in that language, else the release it appeared in.
   */
  private static String labelRelease(
      Map<Scheme, List<ReleaseInfo>> releases,
      Map<Scheme, Map<Integer, Set<String>>> coverage,
      Node n,
      Language lang,
      int first,
      int last) {
    List<ReleaseInfo> list = releases.getOrDefault(n.scheme, List.of());
    Map<Integer, Set<String>> cov = coverage.getOrDefault(n.scheme, Map.of());
    String part = n.kind.name() + ":" + lang.code();
    String found = null;
    for (ReleaseInfo r : list) {
      if (r.seq() >= first
          && r.seq() <= last
          && cov.getOrDefault(r.seq(), Set.of()).contains(part)) {
        found = r.release();
      }
    }
    if (found == null) {
      for (ReleaseInfo r : list) {
        if (r.seq() == first) {
          found = r.release();
        }
      }
    }
    return found;
  }
}
