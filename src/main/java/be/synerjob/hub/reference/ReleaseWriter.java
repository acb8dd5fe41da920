package be.synerjob.hub.reference;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one release: compares what the release contains with what the database holds for its
 * scheme and writes only the differences (new concepts, presence rows, opened and closed label,
 * relation and collection rows, deprecations), then the release row, all in one transaction under
 * the import lock. A release that is already loaded is left alone. Any inconsistency (a reference
 * to a concept the reference does not know, a code that changed kind) rolls everything back.
 */
@Component
class ReleaseWriter {

  private static final Logger log = LoggerFactory.getLogger(ReleaseWriter.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int BATCH = 2000;
  private static final int MAX_LABEL = 4000; // ref_label.text
  private static final List<String> LANGS = List.of("en", "nl", "fr", "de");

  /** What writing one release did. */
  record Written(boolean loaded, int seq, int concepts, int labels, int relations, long millis) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;

  ReleaseWriter(JdbcTemplate jdbc, TransactionTemplate tx, java.util.Optional<Clock> clock) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  /** True when the release is in the database. */
  boolean isLoaded(Scheme scheme, String release) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM ref_release WHERE scheme = ? AND release_id = ?",
            Integer.class,
            scheme.name(),
            release);
    return n != null && n > 0;
  }

  Written write(ReleaseData data, DataFiles files, KnownGaps gaps) {
    return tx.execute(status -> writeLocked(data, files, gaps));
  }

  // ------------------------------------------------------------------------------------ the state

  private static final class Existing {
    final int id;
    final Scheme scheme;
    final String code;
    final ConceptKind kind;
    ConceptStatus status;
    Integer firstSeq;
    Integer lastSeq;
    Integer deprecatedSeq;
    Integer replacedBy;
    String attributes;
    boolean dirty;
    boolean inserted;

    Existing(int id, Scheme scheme, String code, ConceptKind kind) {
      this.id = id;
      this.scheme = scheme;
      this.code = code;
      this.kind = kind;
    }
  }

  private record OpenRow(long id, int conceptId, String key) {}

  private Written writeLocked(ReleaseData d, DataFiles files, KnownGaps gaps) {
    long started = System.nanoTime();
    jdbc.queryForObject("SELECT id FROM ref_import_lock WHERE id = 1 FOR UPDATE", Integer.class);
    if (isLoaded(d.scheme, d.release)) {
      log.info("Reference: {} is already loaded; nothing to do", d.name());
      return new Written(false, 0, 0, 0, 0, 0);
    }
    Integer maxSeq =
        jdbc.queryForObject(
            "SELECT MAX(seq) FROM ref_release WHERE scheme = ?", Integer.class, d.scheme.name());
    int seq = maxSeq == null ? 1 : maxSeq + 1;
    int prev = seq - 1;
    String scheme = d.scheme.name();

    // Everything the reference knows, by scheme and code.
    Map<String, Existing> byKey = new HashMap<>();
    Map<Integer, Existing> byId = new HashMap<>();
    jdbc.query(
        "SELECT id, scheme, code, kind, status, first_seq, last_seq, deprecated_seq, replaced_by,"
            + " attributes FROM ref_concept",
        rs -> {
          Existing e =
              new Existing(
                  rs.getInt(1),
                  Scheme.valueOf(rs.getString(2)),
                  rs.getString(3),
                  ConceptKind.valueOf(rs.getString(4)));
          e.status = ConceptStatus.valueOf(rs.getString(5));
          e.firstSeq = (Integer) rs.getObject(6);
          e.lastSeq = (Integer) rs.getObject(7);
          e.deprecatedSeq = (Integer) rs.getObject(8);
          e.replacedBy = (Integer) rs.getObject(9);
          e.attributes = rs.getString(10);
          byKey.put(key(e.scheme, e.code), e);
          byId.put(e.id, e);
        });
    Map<Integer, String> prevPresence = new HashMap<>();
    jdbc.query(
        "SELECT cr.concept_id, cr.notation FROM ref_concept_release cr JOIN ref_concept c"
            + " ON c.id = cr.concept_id WHERE c.scheme = ? AND cr.seq = ?",
        rs -> {
          prevPresence.put(rs.getInt(1), rs.getString(2));
        },
        scheme,
        prev);
    int[] nextId = {maxInt("SELECT COALESCE(MAX(id), 0) FROM ref_concept")};
    List<String> notes = new ArrayList<>();
    StringBuilder phases = new StringBuilder();
    long[] mark = {System.nanoTime()};
    Runnable lap =
        () -> {
          long now = System.nanoTime();
          phases.append(phases.length() == 0 ? "" : ", ").append((now - mark[0]) / 1_000_000);
          mark[0] = now;
        };
    lap.run();

    // 1. Concepts present in this release.
    Map<Integer, String> presence = new HashMap<>();
    for (ReleaseData.NewConcept c : d.concepts.values()) {
      Existing e = byKey.get(key(d.scheme, c.code()));
      if (e == null) {
        e = new Existing(++nextId[0], d.scheme, c.code(), c.kind());
        e.inserted = true;
        e.status = ConceptStatus.ACTIVE;
        e.firstSeq = seq;
        byKey.put(key(d.scheme, c.code()), e);
        byId.put(e.id, e);
      } else if (e.kind != c.kind()) {
        throw new ReferenceDataException(
            d.name()
                + ": "
                + c.code()
                + " is a "
                + c.kind().code()
                + " in this release but was a "
                + e.kind.code());
      }
      if (c.attributes() != null) {
        String json = JSON.writeValueAsString(new TreeMap<>(c.attributes()));
        if (!json.equals(e.attributes)) {
          e.attributes = json;
          e.dirty = true;
        }
      }
      presence.put(e.id, c.notation());
    }
    for (Map.Entry<Integer, String> p : prevPresence.entrySet()) {
      Existing e = byId.get(p.getKey());
      if (d.carriedKinds.contains(e.kind) && !presence.containsKey(e.id)) {
        presence.put(e.id, p.getValue());
      }
    }
    for (int id : presence.keySet()) {
      Existing e = byId.get(id);
      if (e.status != ConceptStatus.ACTIVE
          || e.lastSeq != null
          || e.deprecatedSeq != null
          || e.firstSeq == null) {
        e.status = ConceptStatus.ACTIVE;
        e.lastSeq = null; // still in the newest release
        e.deprecatedSeq = null;
        e.replacedBy = null;
        if (e.firstSeq == null) {
          e.firstSeq = seq;
        }
        e.dirty = true;
      }
    }
    // Concepts of the previous release that this one no longer contains are deprecated.
    Set<Integer> gone = new HashSet<>();
    for (int id : prevPresence.keySet()) {
      if (!presence.containsKey(id)) {
        Existing e = byId.get(id);
        gone.add(id);
        e.status = ConceptStatus.DEPRECATED;
        e.lastSeq = prev;
        e.deprecatedSeq = seq;
        e.dirty = true;
        String replacement = d.replacedBy.get(e.code);
        if (replacement != null) {
          Existing r = byKey.get(key(d.scheme, replacement));
          if (r == null || !presence.containsKey(r.id)) {
            throw new ReferenceDataException(
                d.name()
                    + ": "
                    + e.code
                    + " is replaced by "
                    + replacement
                    + ", which the release does not contain");
          }
          e.replacedBy = r.id;
        }
      }
    }

    for (Map.Entry<String, String> r : d.replacedBy.entrySet()) {
      Existing replaced = byKey.get(key(d.scheme, r.getKey()));
      if (replaced == null || !gone.contains(replaced.id)) {
        throw new ReferenceDataException(
            d.name()
                + ": "
                + r.getValue()
                + " replaces "
                + r.getKey()
                + ", which is "
                + (replaced == null ? "unknown" : "not dropped by this release"));
      }
    }

    // 2. Resolve every reference; unknown ones fail unless they are accepted gaps.
    Resolver resolver = new Resolver(d, byKey, byId, presence, gaps, nextId, notes);
    List<long[]> newRelations = new ArrayList<>(); // type ordinal, from, to, rank (or -1)
    for (ReleaseData.NewRelation r : d.relations) {
      int from =
          resolver.resolve(
              r.fromScheme(), r.fromCode(), r.fromKind(), r.file(), r.line(), r.type());
      int to = resolver.resolve(r.toScheme(), r.toCode(), r.toKind(), r.file(), r.line(), r.type());
      newRelations.add(new long[] {r.type().ordinal(), from, to, r.rank() == null ? -1 : r.rank()});
    }
    List<int[]> newMembers = new ArrayList<>();
    List<String> memberCollections = new ArrayList<>();
    for (ReleaseData.NewMember m : d.members) {
      int id = resolver.resolve(d.scheme, m.code(), m.kind(), m.file(), m.line(), null);
      newMembers.add(new int[] {id});
      memberCollections.add(m.collection());
    }

    // 3. Write concepts and presence.
    List<Existing> inserts = new ArrayList<>();
    List<Existing> updates = new ArrayList<>();
    for (Existing e : byId.values()) {
      if (e.inserted) {
        inserts.add(e);
      } else if (e.dirty) {
        updates.add(e);
      }
    }
    inserts.sort((a, b) -> Integer.compare(a.id, b.id));
    batch(
        "INSERT INTO ref_concept (id, scheme, code, kind, status, replaced_by, first_seq, last_seq,"
            + " deprecated_seq, attributes) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)",
        inserts,
        (ps, e) -> {
          ps.setInt(1, e.id);
          ps.setString(2, e.scheme.name());
          ps.setString(3, e.code);
          ps.setString(4, e.kind.name());
          ps.setString(5, e.status.name());
          setInt(ps, 6, e.firstSeq);
          setInt(ps, 7, e.lastSeq);
          setInt(ps, 8, e.deprecatedSeq);
          ps.setString(9, e.attributes);
        });
    List<Existing> withReplacement = new ArrayList<>(updates);
    inserts.stream().filter(e -> e.replacedBy != null).forEach(withReplacement::add);
    batch(
        "UPDATE ref_concept SET status = ?, replaced_by = ?, first_seq = ?, last_seq = ?,"
            + " deprecated_seq = ?, attributes = ? WHERE id = ?",
        withReplacement,
        (ps, e) -> {
          ps.setString(1, e.status.name());
          setInt(ps, 2, e.replacedBy);
          setInt(ps, 3, e.firstSeq);
          setInt(ps, 4, e.lastSeq);
          setInt(ps, 5, e.deprecatedSeq);
          ps.setString(6, e.attributes);
          ps.setInt(7, e.id);
        });
    List<Map.Entry<Integer, String>> presenceRows = new ArrayList<>(presence.entrySet());
    presenceRows.sort(Map.Entry.comparingByKey());
    batch(
        "INSERT INTO ref_concept_release (concept_id, seq, notation) VALUES (?, ?, ?)",
        presenceRows,
        (ps, p) -> {
          ps.setInt(1, p.getKey());
          ps.setInt(2, seq);
          ps.setString(3, p.getValue());
        });
    lap.run();
    log.info(
        "Reference: {}: {} concepts ({} new, {} deprecated, {} placeholders)",
        d.name(),
        presence.size(),
        inserts.size() - resolver.placeholders.size(),
        gone.size(),
        resolver.placeholders.size());

    // 4. Labels: per concept and language the release supplies, replace the set; close the labels
    // of concepts that left.
    Map<Integer, List<OpenRow>> openLabels = new HashMap<>();
    jdbc.query(
        "SELECT l.id, l.concept_id, l.lang, l.kind, l.text FROM ref_label l JOIN ref_concept c"
            + " ON c.id = l.concept_id WHERE c.scheme = ? AND l.last_seq IS NULL",
        rs -> {
          int cid = rs.getInt(2);
          openLabels
              .computeIfAbsent(cid, k -> new ArrayList<>())
              .add(
                  new OpenRow(
                      rs.getLong(1),
                      cid,
                      rs.getString(3) + '\u0001' + rs.getString(4) + '\u0001' + rs.getString(5)));
        },
        scheme);
    Map<Integer, Map<String, ReleaseData.NewLabel>> wanted = new HashMap<>();
    for (ReleaseData.NewLabel l : d.labels) {
      Existing e = byKey.get(key(d.scheme, l.code()));
      if (e == null || !presence.containsKey(e.id)) {
        throw new IllegalStateException("label for a concept not in the release: " + l.code());
      }
      if (l.text().length() > MAX_LABEL) {
        throw new ReferenceDataException(
            d.name()
                + ": a "
                + l.lang()
                + " label of "
                + l.code()
                + " has "
                + l.text().length()
                + " characters; at most "
                + MAX_LABEL
                + " fit");
      }
      wanted
          .computeIfAbsent(e.id, k -> new HashMap<>())
          .putIfAbsent(l.lang() + '\u0001' + l.kind() + '\u0001' + l.text(), l);
    }
    List<Long> closeLabels = new ArrayList<>();
    List<Object[]> openLabelRows = new ArrayList<>();
    long[] nextLabel = {maxLong("SELECT COALESCE(MAX(id), 0) FROM ref_label")};
    Set<Integer> touched = new HashSet<>(openLabels.keySet());
    touched.addAll(wanted.keySet());
    for (int cid : touched) {
      List<OpenRow> open = openLabels.getOrDefault(cid, List.of());
      Map<String, ReleaseData.NewLabel> want = wanted.getOrDefault(cid, Map.of());
      if (gone.contains(cid)) {
        open.forEach(o -> closeLabels.add(o.id()));
        continue;
      }
      if (!presence.containsKey(cid)) {
        continue; // placeholder or a concept of an older release: keep as is
      }
      String code = byId.get(cid).code;
      Set<String> openKeys = new HashSet<>();
      for (OpenRow o : open) {
        String lang = o.key().substring(0, o.key().indexOf('\u0001'));
        if (d.providesLabels(code, lang) && !want.containsKey(o.key())) {
          closeLabels.add(o.id());
        }
        openKeys.add(o.key());
      }
      for (Map.Entry<String, ReleaseData.NewLabel> w : want.entrySet()) {
        if (!openKeys.contains(w.getKey())) {
          ReleaseData.NewLabel l = w.getValue();
          openLabelRows.add(
              new Object[] {++nextLabel[0], cid, l.lang(), l.kind(), l.text(), l.source(), seq});
        }
      }
    }
    // Placeholders get the labels the release knows for them (one preferred label per language,
    // release 0 = before any loaded release) unless they have labels already.
    for (Existing e : resolver.touched) {
      List<ReleaseData.NewLabel> known = d.placeholderLabels.get(e.code);
      if (known == null || (!e.inserted && hasLabels(e.id))) {
        continue;
      }
      Set<String> langs = new HashSet<>();
      for (ReleaseData.NewLabel l : known) {
        if (l.kind().equals("pref") && langs.add(l.lang())) {
          openLabelRows.add(
              new Object[] {++nextLabel[0], e.id, l.lang(), l.kind(), l.text(), l.source(), 0});
        }
      }
    }
    openLabelRows.sort((a, b) -> Long.compare((Long) a[0], (Long) b[0]));
    closeRows("ref_label", closeLabels, prev);
    batch(
        "INSERT INTO ref_label (id, concept_id, lang, kind, text, source, first_seq, last_seq)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
        openLabelRows,
        (ps, r) -> {
          ps.setLong(1, (Long) r[0]);
          ps.setInt(2, (Integer) r[1]);
          ps.setString(3, (String) r[2]);
          ps.setString(4, (String) r[3]);
          ps.setString(5, (String) r[4]);
          ps.setString(6, (String) r[5]);
          ps.setInt(7, (Integer) r[6]);
        });
    lap.run();
    log.info(
        "Reference: {}: labels {} new, {} closed",
        d.name(),
        openLabelRows.size(),
        closeLabels.size());

    // 5. Relations owned by the scheme: per part the release supplies, replace the set; in other
    // parts close the relations of concepts the release no longer contains.
    RelationType[] types = RelationType.values();
    Map<String, Long> openRelations = new HashMap<>();
    List<Long> closeRelations = new ArrayList<>();
    jdbc.query(
        "SELECT r.id, r.type, r.from_id, r.to_id, r.link_rank, f.kind FROM ref_relation r"
            + " JOIN ref_concept f ON f.id = r.from_id WHERE r.scheme = ? AND r.last_seq IS NULL",
        rs -> {
          long id = rs.getLong(1);
          String type = rs.getString(2);
          int from = rs.getInt(3);
          int to = rs.getInt(4);
          Object rank = rs.getObject(5);
          String part = type + ":" + rs.getString(6);
          if (d.providedRelations.contains(part)) {
            openRelations.put(relationKey(type, from, to, rank), id);
          } else if (absent(byId.get(from), d.scheme, presence)
              || absent(byId.get(to), d.scheme, presence)) {
            closeRelations.add(id);
          }
        },
        scheme);
    List<long[]> relationInserts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (long[] r : newRelations) {
      String k =
          relationKey(types[(int) r[0]].name(), (int) r[1], (int) r[2], r[3] < 0 ? null : r[3]);
      if (!seen.add(k)) {
        continue;
      }
      if (openRelations.remove(k) == null) {
        relationInserts.add(r);
      }
    }
    closeRelations.addAll(openRelations.values());
    closeRows("ref_relation", closeRelations, prev);
    long[] nextRelation = {maxLong("SELECT COALESCE(MAX(id), 0) FROM ref_relation")};
    batch(
        "INSERT INTO ref_relation (id, scheme, type, from_id, to_id, link_rank, first_seq, last_seq)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
        relationInserts,
        (ps, r) -> {
          ps.setLong(1, ++nextRelation[0]);
          ps.setString(2, scheme);
          ps.setString(3, types[(int) r[0]].name());
          ps.setInt(4, (int) r[1]);
          ps.setInt(5, (int) r[2]);
          setInt(ps, 6, r[3] < 0 ? null : (int) r[3]);
          ps.setInt(7, seq);
        });
    lap.run();
    log.info(
        "Reference: {}: relations {} new, {} closed",
        d.name(),
        relationInserts.size(),
        closeRelations.size());

    // 6. Collections.
    Map<String, Long> openMembers = new HashMap<>();
    List<Long> closeMembers = new ArrayList<>();
    jdbc.query(
        "SELECT id, collection, concept_id FROM ref_collection_member WHERE scheme = ?"
            + " AND last_seq IS NULL",
        rs -> {
          String collection = rs.getString(2);
          int cid = rs.getInt(3);
          if (d.providedCollections.contains(collection)) {
            openMembers.put(collection + '\u0001' + cid, rs.getLong(1));
          } else if (absent(byId.get(cid), d.scheme, presence)) {
            closeMembers.add(rs.getLong(1));
          }
        },
        scheme);
    List<Object[]> memberInserts = new ArrayList<>();
    long[] nextMember = {maxLong("SELECT COALESCE(MAX(id), 0) FROM ref_collection_member")};
    Set<String> seenMembers = new HashSet<>();
    for (int i = 0; i < newMembers.size(); i++) {
      String k = memberCollections.get(i) + '\u0001' + newMembers.get(i)[0];
      if (seenMembers.add(k) && openMembers.remove(k) == null) {
        memberInserts.add(
            new Object[] {++nextMember[0], memberCollections.get(i), newMembers.get(i)[0]});
      }
    }
    closeMembers.addAll(openMembers.values());
    closeRows("ref_collection_member", closeMembers, prev);
    batch(
        "INSERT INTO ref_collection_member (id, scheme, collection, concept_id, first_seq, last_seq)"
            + " VALUES (?, ?, ?, ?, ?, NULL)",
        memberInserts,
        (ps, r) -> {
          ps.setLong(1, (Long) r[0]);
          ps.setString(2, scheme);
          ps.setString(3, (String) r[1]);
          ps.setInt(4, (Integer) r[2]);
          ps.setInt(5, seq);
        });

    lap.run();
    log.info(
        "Reference: {}: ms spent on state, concepts, labels, relations, collections: {}",
        d.name(),
        phases);

    // 7. The release row, last.
    StringBuilder fileLines = new StringBuilder();
    for (String f : d.files) {
      DataFiles.Entry e = files.entry(f);
      fileLines
          .append(f)
          .append(' ')
          .append(e.rows())
          .append(' ')
          .append(e.bytes())
          .append(' ')
          .append(e.sha256())
          .append('\n');
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    int labelsWritten = openLabelRows.size();
    int relationsWritten = relationInserts.size();
    // Label coverage: the kind:language pairs the release labels for every concept of that kind.
    Map<String, boolean[]> coverage = new TreeMap<>();
    for (int id : presence.keySet()) {
      Existing e = byId.get(id);
      for (String lang : LANGS) {
        boolean[] all =
            coverage.computeIfAbsent(e.kind.name() + ":" + lang, k -> new boolean[] {true});
        all[0] &= d.providesLabels(e.code, lang);
      }
    }
    List<String> covered = new ArrayList<>();
    coverage.forEach(
        (k, v) -> {
          if (v[0]) {
            covered.add(k);
          }
        });
    jdbc.update(
        "INSERT INTO ref_release (scheme, release_id, seq, status, source, files, provides, coverage,"
            + " concepts, labels, relations, notes, loaded_at, load_millis)"
            + " VALUES (?, ?, ?, 'LOADED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        scheme,
        d.release,
        seq,
        d.source,
        fileLines.toString().strip(),
        String.join("; ", d.provides),
        String.join(",", covered),
        presence.size(),
        labelsWritten,
        relationsWritten,
        notes.isEmpty() ? null : clip(String.join("\n", notes), 4000),
        Timestamp.from(clock.instant()),
        millis);
    return new Written(true, seq, presence.size(), labelsWritten, relationsWritten, millis);
  }

  private boolean hasLabels(int conceptId) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM ref_label WHERE concept_id = ?", Integer.class, conceptId);
    return n != null && n > 0;
  }

  /** A concept of the scheme being loaded that the release does not contain. */
  private static boolean absent(Existing e, Scheme scheme, Map<Integer, String> presence) {
    return e != null && e.scheme == scheme && !presence.containsKey(e.id);
  }

  private static String relationKey(String type, int from, int to, Object rank) {
    return type + ':' + from + ':' + to + ':' + (rank == null ? "" : rank.toString());
  }

  /** Resolves references of a release to concept ids, creating placeholders for accepted gaps. */
  private static final class Resolver {
    final ReleaseData d;
    final Map<String, Existing> byKey;
    final Map<Integer, Existing> byId;
    final Map<Integer, String> presence;
    final KnownGaps gaps;
    final int[] nextId;
    final List<String> notes;
    final List<Existing> placeholders = new ArrayList<>();
    final Set<Existing> touched = new LinkedHashSet<>();
    final Set<String> noted = new HashSet<>();

    Resolver(
        ReleaseData d,
        Map<String, Existing> byKey,
        Map<Integer, Existing> byId,
        Map<Integer, String> presence,
        KnownGaps gaps,
        int[] nextId,
        List<String> notes) {
      this.d = d;
      this.byKey = byKey;
      this.byId = byId;
      this.presence = presence;
      this.gaps = gaps;
      this.nextId = nextId;
      this.notes = notes;
    }

    int resolve(
        Scheme scheme, String code, ConceptKind kind, String file, int line, RelationType type) {
      Existing e = byKey.get(key(scheme, code));
      boolean ownScheme = scheme == d.scheme;
      boolean earlierRelease = type == RelationType.ROME_V3_PARENT;
      if (e != null && e.kind == kind) {
        boolean placeholder = e.firstSeq == null && !presence.containsKey(e.id);
        if (!ownScheme || earlierRelease || presence.containsKey(e.id)) {
          if (placeholder) {
            accept(scheme, code, kind, file, line, e);
          }
          return e.id;
        }
        if (placeholder) {
          return accept(scheme, code, kind, file, line, e);
        }
        KnownGaps.Gap g = gaps.allowed(code, file);
        if (g != null && g.kind() == kind) {
          note(code, file, g);
          return e.id;
        }
        throw new ReferenceDataException(
            file
                + " line "
                + line
                + ": "
                + code
                + " is not in "
                + d.name()
                + " (it is a "
                + e.status.name().toLowerCase(java.util.Locale.ROOT)
                + " "
                + kind.code()
                + ")");
      }
      if (e != null) {
        throw new ReferenceDataException(
            file
                + " line "
                + line
                + ": "
                + scheme.title()
                + " "
                + code
                + " is a "
                + e.kind.code()
                + ", not a "
                + kind.code());
      }
      return accept(scheme, code, kind, file, line, null);
    }

    private int accept(
        Scheme scheme, String code, ConceptKind kind, String file, int line, Existing known) {
      KnownGaps.Gap g = gaps.allowed(code, file);
      if (g == null || g.kind() != kind) {
        throw new ReferenceDataException(
            file
                + " line "
                + line
                + ": "
                + "refers to "
                + scheme.title()
                + " "
                + kind.code()
                + " "
                + code
                + ", which no loaded release contains");
      }
      note(code, file, g);
      if (known != null) {
        touched.add(known);
        return known.id;
      }
      Existing e = new Existing(++nextId[0], scheme, code, kind);
      e.inserted = true;
      e.status = ConceptStatus.DEPRECATED;
      e.attributes =
          JSON.writeValueAsString(
              new TreeMap<>(Map.of("placeholder", "retired before the first loaded release")));
      byKey.put(key(scheme, code), e);
      byId.put(e.id, e);
      placeholders.add(e);
      touched.add(e);
      return e.id;
    }

    private void note(String code, String file, KnownGaps.Gap g) {
      if (noted.add(code + " " + file)) {
        notes.add("accepted gap: " + file + " refers to " + code + " (" + g.reason() + ")");
      }
    }
  }

  // -------------------------------------------------------------------------------------- helpers

  private interface Setter<T> {
    void set(PreparedStatement ps, T row) throws SQLException;
  }

  private <T> void batch(String sql, List<T> rows, Setter<T> setter) {
    for (int from = 0; from < rows.size(); from += BATCH) {
      List<T> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
      jdbc.batchUpdate(
          sql,
          new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
              setter.set(ps, chunk.get(i));
            }

            @Override
            public int getBatchSize() {
              return chunk.size();
            }
          });
    }
  }

  private void closeRows(String table, List<Long> ids, int lastSeq) {
    ids.sort(Long::compare);
    batch(
        "UPDATE " + table + " SET last_seq = ? WHERE id = ?",
        ids,
        (ps, id) -> {
          ps.setInt(1, lastSeq);
          ps.setLong(2, id);
        });
  }

  private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }

  private int maxInt(String sql) {
    Integer v = jdbc.queryForObject(sql, Integer.class);
    return v == null ? 0 : v;
  }

  private long maxLong(String sql) {
    Long v = jdbc.queryForObject(sql, Long.class);
    return v == null ? 0 : v;
  }

  private static String key(Scheme scheme, String code) {
    return scheme.name() + ' ' + code;
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  static Map<String, String> attributes(String json) {
    if (json == null || json.isEmpty()) {
      return Map.of();
    }
    return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() {});
  }
}
