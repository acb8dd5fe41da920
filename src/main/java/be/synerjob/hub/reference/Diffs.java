package be.synerjob.hub.reference;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.reference.ReferenceModel.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes release diffs from the database. Every label, relation and collection row carries the
 * range of releases it is valid in, so the rows that differ between releases a and b are those
 * valid in exactly one of them: one indexed query per table, reading only changed rows.
 */
@Component
class Diffs {

  private static final String[] LANGS = {"en", "nl", "fr", "de"};

  private final JdbcTemplate jdbc;

  Diffs(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  private record Row(int concept, String lang, String kind, String text, boolean inA) {}

  private record Rel(String type, int from, int to, boolean inA) {}

  ReleaseDiff diff(ReferenceModel m, ReleaseInfo a, ReleaseInfo b, ConceptKind only, boolean full) {
    Scheme scheme = a.scheme();
    int sa = a.seq();
    int sb = b.seq();

    // Presence (with notation) in both releases.
    Map<Integer, String> inA = new HashMap<>();
    Map<Integer, String> inB = new HashMap<>();
    jdbc.query(
        "SELECT cr.concept_id, cr.seq, cr.notation FROM ref_concept_release cr"
            + " JOIN ref_concept c ON c.id = cr.concept_id WHERE c.scheme = ? AND cr.seq IN (?, ?)",
        rs -> {
          (rs.getInt(2) == sa ? inA : inB).put(rs.getInt(1), nz(rs.getString(3)));
        },
        scheme.name(),
        sa,
        sb);
    Map<Integer, String> enA = englishAt(scheme, sa);
    Map<Integer, String> enB = englishAt(scheme, sb);
    Map<String, int[]> counts = new TreeMap<>(); // per kind: added, deprecated, desc, codes, isco
    Map<String, Map<String, int[]>> langCounts = new TreeMap<>(); // kind -> lang -> 4 counts
    List<ReleaseDiff.ConceptChange> added = new ArrayList<>();
    List<ReleaseDiff.ConceptChange> deprecated = new ArrayList<>();
    List<ReleaseDiff.CodeChange> codeChanges = new ArrayList<>();
    for (Map.Entry<Integer, String> e : inB.entrySet()) {
      Node n = m.node(e.getKey());
      if (!inA.containsKey(e.getKey()) && keep(n, only)) {
        added.add(change(m, n, enB));
        kindCounts(counts, n)[0]++;
      } else if (inA.containsKey(e.getKey())
          && keep(n, only)
          && !Objects.equals(inA.get(e.getKey()), e.getValue())
          && !inA.get(e.getKey()).isEmpty()) {
        codeChanges.add(
            new ReleaseDiff.CodeChange(
                n.id(),
                n.kind,
                enA.getOrDefault(n.id, n.display(Language.EN)),
                "code",
                inA.get(e.getKey()),
                e.getValue()));
        kindCounts(counts, n)[3]++;
      }
    }
    for (Integer id : inA.keySet()) {
      Node n = m.node(id);
      if (!inB.containsKey(id) && keep(n, only)) {
        deprecated.add(change(m, n, enA));
        kindCounts(counts, n)[1]++;
      }
    }

    // Labels valid in exactly one of the two releases.
    Map<String, Row> onlyA = new HashMap<>();
    Map<String, Row> onlyB = new HashMap<>();
    jdbc.query(
        "SELECT l.concept_id, l.lang, l.kind, l.text, l.first_seq, l.last_seq FROM ref_label l"
            + " JOIN ref_concept c ON c.id = l.concept_id WHERE c.scheme = ? AND l.first_seq <= ?"
            + " AND (l.last_seq IS NULL OR l.last_seq >= ?)"
            + " AND NOT (l.first_seq <= ? AND (l.last_seq IS NULL OR l.last_seq >= ?))",
        rs -> {
          int first = rs.getInt(5);
          Object lastObj = rs.getObject(6);
          int last = lastObj == null ? Integer.MAX_VALUE : ((Number) lastObj).intValue();
          boolean validA = first <= sa && last >= sa;
          boolean validB = first <= sb && last >= sb;
          if (validA == validB) {
            return;
          }
          Row r = new Row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), validA);
          String key =
              r.concept() + "\u0001" + r.lang() + "\u0001" + r.kind() + "\u0001" + r.text();
          (validA ? onlyA : onlyB).put(key, r);
        },
        scheme.name(),
        sb,
        sa,
        sa,
        sb);
    Set<String> both = new HashSet<>(onlyA.keySet());
    both.retainAll(onlyB.keySet());
    both.forEach(
        k -> {
          onlyA.remove(k);
          onlyB.remove(k);
        });
    List<ReleaseDiff.Relabel> relabelled = new ArrayList<>();
    List<ReleaseDiff.LabelChange> labelChanges = full ? new ArrayList<>() : null;
    Map<String, String[]> prefs = new TreeMap<>(); // concept|lang -> before, after
    Set<String> altChanged = new HashSet<>();
    Set<Integer> descChanged = new HashSet<>();
    List<Row> changedRows = new ArrayList<>(onlyA.values());
    changedRows.addAll(onlyB.values());
    for (Row r : changedRows) {
      Node n = m.node(r.concept());
      if (!keep(n, only) || !inA.containsKey(r.concept()) || !inB.containsKey(r.concept())) {
        continue; // added and deprecated concepts are listed as such
      }
      if (full) {
        labelChanges.add(
            new ReleaseDiff.LabelChange(
                n.id(),
                n.kind,
                r.lang(),
                r.kind().equals("pref")
                    ? "preferred"
                    : r.kind().equals("alt") ? "alternative" : "description",
                r.inA() ? "removed" : "added",
                r.text()));
      }
      if (r.kind().equals("pref")) {
        String[] ba = prefs.computeIfAbsent(r.concept() + "|" + r.lang(), k -> new String[2]);
        ba[r.inA() ? 0 : 1] = r.text();
      } else if (r.kind().equals("alt")) {
        altChanged.add(r.concept() + "|" + r.lang());
      } else {
        descChanged.add(r.concept());
      }
    }
    for (Map.Entry<String, String[]> e : prefs.entrySet()) {
      String[] parts = e.getKey().split("\\|");
      Node n = m.node(Integer.parseInt(parts[0]));
      String lang = parts[1];
      String[] ba = e.getValue();
      int[] lc = langCounts(langCounts, n, lang);
      if (ba[0] != null && ba[1] != null) {
        relabelled.add(new ReleaseDiff.Relabel(n.id(), n.kind, lang, ba[0], ba[1]));
        lc[0]++;
      } else if (ba[1] != null) {
        lc[1]++;
      } else {
        lc[2]++;
      }
    }
    for (String k : altChanged) {
      String[] parts = k.split("\\|");
      langCounts(langCounts, m.node(Integer.parseInt(parts[0])), parts[1])[3]++;
    }
    for (int id : descChanged) {
      kindCounts(counts, m.node(id))[2]++;
    }

    // Relations owned by the scheme, valid in exactly one release.
    Map<String, Rel> relA = new HashMap<>();
    Map<String, Rel> relB = new HashMap<>();
    jdbc.query(
        "SELECT r.type, r.from_id, r.to_id, r.link_rank, r.first_seq, r.last_seq FROM ref_relation r"
            + " WHERE r.scheme = ? AND r.first_seq <= ? AND (r.last_seq IS NULL OR r.last_seq >= ?)"
            + " AND NOT (r.first_seq <= ? AND (r.last_seq IS NULL OR r.last_seq >= ?))",
        rs -> {
          int first = rs.getInt(5);
          Object lastObj = rs.getObject(6);
          int last = lastObj == null ? Integer.MAX_VALUE : ((Number) lastObj).intValue();
          boolean validA = first <= sa && last >= sa;
          boolean validB = first <= sb && last >= sb;
          if (validA == validB) {
            return;
          }
          Rel r = new Rel(rs.getString(1), rs.getInt(2), rs.getInt(3), validA);
          String key = r.type() + ":" + r.from() + ":" + r.to() + ":" + rs.getObject(4);
          (validA ? relA : relB).put(key, r);
        },
        scheme.name(),
        sb,
        sa,
        sa,
        sb);
    Set<String> relBoth = new HashSet<>(relA.keySet());
    relBoth.retainAll(relB.keySet());
    relBoth.forEach(
        k -> {
          relA.remove(k);
          relB.remove(k);
        });
    Map<String, Integer> relAdded = new TreeMap<>();
    Map<String, Integer> relRemoved = new TreeMap<>();
    List<ReleaseDiff.RelationChange> relationChanges = full ? new ArrayList<>() : null;
    Map<Integer, String[]> isco = new HashMap<>();
    List<Rel> rels = new ArrayList<>(relA.values());
    rels.addAll(relB.values());
    rels.sort(
        Comparator.comparing(Rel::type).thenComparingInt(Rel::from).thenComparingInt(Rel::to));
    for (Rel r : rels) {
      Node from = m.node(r.from());
      Node to = m.node(r.to());
      if (!keep(from, only)) {
        continue;
      }
      String type = RelationType.valueOf(r.type()).json();
      (r.inA() ? relRemoved : relAdded).merge(type, 1, Integer::sum);
      if (full) {
        relationChanges.add(
            new ReleaseDiff.RelationChange(
                type, r.inA() ? "removed" : "added", from.id(), to.id()));
      }
      if (r.type().equals(RelationType.ISCO_GROUP.name())
          && inA.containsKey(r.from())
          && inB.containsKey(r.from())) {
        isco.computeIfAbsent(r.from(), k -> new String[2])[r.inA() ? 0 : 1] = to.code;
      }
    }
    for (Map.Entry<Integer, String[]> e : isco.entrySet()) {
      Node n = m.node(e.getKey());
      codeChanges.add(
          new ReleaseDiff.CodeChange(
              n.id(),
              n.kind,
              n.display(Language.EN),
              "iscoGroup",
              e.getValue()[0],
              e.getValue()[1]));
      kindCounts(counts, n)[4]++;
    }

    // Collection memberships.
    Map<String, Integer> colAdded = new TreeMap<>();
    Map<String, Integer> colRemoved = new TreeMap<>();
    Map<String, Boolean> members = new HashMap<>();
    jdbc.query(
        "SELECT m.collection, m.concept_id, m.first_seq, m.last_seq FROM ref_collection_member m"
            + " WHERE m.scheme = ? AND m.first_seq <= ? AND (m.last_seq IS NULL OR m.last_seq >= ?)"
            + " AND NOT (m.first_seq <= ? AND (m.last_seq IS NULL OR m.last_seq >= ?))",
        rs -> {
          int first = rs.getInt(3);
          Object lastObj = rs.getObject(4);
          int last = lastObj == null ? Integer.MAX_VALUE : ((Number) lastObj).intValue();
          boolean validA = first <= sa && last >= sa;
          boolean validB = first <= sb && last >= sb;
          if (validA != validB) {
            String k = rs.getString(1) + "\u0001" + rs.getInt(2);
            if (members.containsKey(k) && members.get(k) != validA) {
              members.remove(k);
            } else {
              members.put(k, validA);
            }
          }
        },
        scheme.name(),
        sb,
        sa,
        sa,
        sb);
    List<String> memberKeys = new ArrayList<>(members.keySet());
    memberKeys.sort(Comparator.naturalOrder());
    for (String k : memberKeys) {
      String[] parts = k.split("\u0001");
      Node n = m.node(Integer.parseInt(parts[1]));
      if (!keep(n, only)) {
        continue;
      }
      boolean removed = members.get(k);
      (removed ? colRemoved : colAdded).merge(parts[0], 1, Integer::sum);
      if (full) {
        relationChanges.add(
            new ReleaseDiff.RelationChange(
                "inCollection:" + parts[0], removed ? "removed" : "added", n.id(), parts[0]));
      }
    }

    Map<String, ReleaseDiff.KindSummary> kinds = new LinkedHashMap<>();
    Set<String> kindNames = new java.util.TreeSet<>(counts.keySet());
    kindNames.addAll(langCounts.keySet());
    for (String k : kindNames) {
      int[] c = counts.getOrDefault(k, new int[5]);
      Map<String, int[]> lc = langCounts.getOrDefault(k, Map.of());
      kinds.put(
          k,
          new ReleaseDiff.KindSummary(
              c[0],
              c[1],
              perLang(lc, 0),
              perLang(lc, 1),
              perLang(lc, 2),
              perLang(lc, 3),
              c[2],
              c[3],
              c[4]));
    }
    Comparator<ReleaseDiff.ConceptChange> byKindLabel =
        Comparator.comparing((ReleaseDiff.ConceptChange c) -> c.kind())
            .thenComparing(c -> c.label() == null ? "" : c.label())
            .thenComparing(ReleaseDiff.ConceptChange::id);
    added.sort(byKindLabel);
    deprecated.sort(byKindLabel);
    relabelled.sort(
        Comparator.comparing(ReleaseDiff.Relabel::kind)
            .thenComparing(ReleaseDiff.Relabel::language)
            .thenComparing(ReleaseDiff.Relabel::before));
    codeChanges.sort(
        Comparator.comparing(ReleaseDiff.CodeChange::field)
            .thenComparing(c -> c.label() == null ? "" : c.label()));
    if (labelChanges != null) {
      labelChanges.sort(
          Comparator.comparing(ReleaseDiff.LabelChange::id)
              .thenComparing(ReleaseDiff.LabelChange::language)
              .thenComparing(ReleaseDiff.LabelChange::labelKind)
              .thenComparing(ReleaseDiff.LabelChange::change)
              .thenComparing(ReleaseDiff.LabelChange::text));
    }
    return new ReleaseDiff(
        scheme,
        a.release(),
        b.release(),
        only == null ? null : only.code(),
        new ReleaseDiff.Summary(kinds, relAdded, relRemoved, colAdded, colRemoved),
        added,
        deprecated,
        relabelled,
        codeChanges,
        labelChanges,
        relationChanges,
        Reference.ESCO_ATTRIBUTION);
  }

  private static boolean keep(Node n, ConceptKind only) {
    return n != null && (only == null || n.kind == only);
  }

  /** English preferred labels valid in the release (one query; tens of thousands of rows). */
  private Map<Integer, String> englishAt(Scheme scheme, int seq) {
    Map<Integer, String> out = new HashMap<>();
    jdbc.query(
        "SELECT l.concept_id, l.text FROM ref_label l JOIN ref_concept c ON c.id = l.concept_id"
            + " WHERE c.scheme = ? AND l.kind = 'pref' AND l.lang = 'en' AND l.first_seq <= ?"
            + " AND (l.last_seq IS NULL OR l.last_seq >= ?)",
        rs -> {
          out.put(rs.getInt(1), rs.getString(2));
        },
        scheme.name(),
        seq,
        seq);
    return out;
  }

  private static ReleaseDiff.ConceptChange change(
      ReferenceModel m, Node n, Map<Integer, String> english) {
    return new ReleaseDiff.ConceptChange(
        n.id(),
        n.kind,
        Reference.codeOf(n),
        english.getOrDefault(n.id, n.display(Language.EN)),
        n.replacedBy == null ? null : Reference.summary(m, n.replacedBy));
  }

  private static int[] kindCounts(Map<String, int[]> counts, Node n) {
    return counts.computeIfAbsent(n.kind.code(), k -> new int[5]);
  }

  private static int[] langCounts(Map<String, Map<String, int[]>> counts, Node n, String lang) {
    return counts
        .computeIfAbsent(n.kind.code(), k -> new TreeMap<>())
        .computeIfAbsent(lang, k -> new int[4]);
  }

  private static Map<String, Integer> perLang(Map<String, int[]> lc, int i) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String l : LANGS) {
      int[] c = lc.get(l);
      out.put(l, c == null ? 0 : c[i]);
    }
    return out;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
