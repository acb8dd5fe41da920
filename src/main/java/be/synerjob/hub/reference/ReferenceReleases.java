package be.synerjob.hub.reference;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.reference.ReferenceModel.Node;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Releases, their diffs and their downloadable data: the list of loaded releases, the diff between
 * two releases of a scheme (JSON or CSV), and a per-release archive (ZIP of CSV files with the
 * release's concepts, labels, relations, collections, its diff from the previous release and the
 * translation reviews).
 */
@Service
public class ReferenceReleases {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final ModelHolder holder;
  private final Diffs diffs;
  private final JdbcTemplate jdbc;
  private final Map<String, ReleaseDiff> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReleaseDiff> eldest) {
          return size() > 12;
        }
      };

  ReferenceReleases(ModelHolder holder, Diffs diffs, JdbcTemplate jdbc) {
    this.holder = holder;
    this.diffs = diffs;
    this.jdbc = jdbc;
  }

  /** Every loaded release, per scheme oldest first. */
  public List<ReleaseInfo> releases() {
    ReferenceModel m = holder.model();
    return Arrays.stream(Scheme.values()).flatMap(s -> m.releases(s).stream()).toList();
  }

  /** Parses a scheme parameter; 400 naming the valid values otherwise. */
  public static Scheme scheme(String parameter, String value) {
    return Scheme.parse(value)
        .orElseThrow(
            () ->
                HubException.invalidParameter(
                    parameter,
                    "unknown scheme '"
                        + Reference.clip(value)
                        + "'; valid values: "
                        + Scheme.validValues()));
  }

  /** Parses a concept kind parameter ({@code occupation}, {@code skill}, …); null stays null. */
  public static ConceptKind kind(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    for (ConceptKind k : ConceptKind.values()) {
      if (k.code().equals(v) || k.name().toLowerCase(Locale.ROOT).equals(v)) {
        return k;
      }
    }
    throw HubException.invalidParameter(
        parameter,
        "unknown kind '"
            + Reference.clip(value)
            + "'; valid values: "
            + Arrays.stream(ConceptKind.values())
                .map(ConceptKind::code)
                .collect(Collectors.joining(", ")));
  }

  /**
   * The loaded release, or 404 naming the loaded ones.
   *
   * @throws HubException 404 when the scheme has no such loaded release
   */
  public ReleaseInfo release(Scheme scheme, String release) {
    ReferenceModel m = holder.model();
    return m.release(scheme, release)
        .orElseThrow(
            () ->
                HubException.notFound(
                    scheme.title()
                        + " has no loaded release '"
                        + Reference.clip(release)
                        + "'; loaded: "
                        + (m.releases(scheme).isEmpty()
                            ? "none"
                            : m.releases(scheme).stream()
                                .map(ReleaseInfo::release)
                                .collect(Collectors.joining(", ")))));
  }

  /**
   * What changed from one release of a scheme to a later one. Cost: one query per table over the
   * changed rows (about a second for ESCO 1.1.1 → 1.2.0); the last dozen diffs are kept.
   *
   * @param only restrict to concepts of this kind; null for all
   * @param full include every label and relation change (large)
   * @throws HubException 404 for a release that is not loaded, 400 when {@code to} is not later
   */
  public ReleaseDiff diff(Scheme scheme, String from, String to, ConceptKind only, boolean full) {
    ReferenceModel m = holder.model();
    ReleaseInfo a = release(scheme, from);
    ReleaseInfo b = release(scheme, to);
    if (b.seq() <= a.seq()) {
      throw HubException.invalidParameter(
          "to",
          "release "
              + to
              + " is not later than "
              + from
              + "; "
              + scheme.title()
              + " releases in order: "
              + m.releases(scheme).stream()
                  .map(ReleaseInfo::release)
                  .collect(Collectors.joining(", ")));
    }
    String key = scheme + "|" + from + "|" + to + "|" + only + "|" + full + "|" + m.stamp;
    synchronized (cache) {
      ReleaseDiff d = cache.get(key);
      if (d != null) {
        return d;
      }
    }
    ReleaseDiff d = diffs.diff(m, a, b, only, full);
    synchronized (cache) {
      cache.put(key, d);
    }
    return d;
  }

  /**
   * Writes a diff as one CSV table (UTF-8, CRLF): change, kind, id, code, language, before, after.
   */
  public void writeCsv(ReleaseDiff d, Writer w) {
    CsvOut csv = new CsvOut(w);
    csv.row("change", "kind", "id", "code", "language", "before", "after", "detail");
    for (ReleaseDiff.ConceptChange c : d.added()) {
      csv.row("added", c.kind().code(), c.id(), c.code(), "en", "", c.label(), "");
    }
    for (ReleaseDiff.ConceptChange c : d.deprecated()) {
      csv.row(
          "deprecated",
          c.kind().code(),
          c.id(),
          c.code(),
          "en",
          c.label(),
          c.replacedBy() == null ? "" : c.replacedBy().id(),
          c.replacedBy() == null ? "no replacement known" : "replaced by");
    }
    for (ReleaseDiff.Relabel r : d.relabelled()) {
      csv.row("relabelled", r.kind().code(), r.id(), "", r.language(), r.before(), r.after(), "");
    }
    for (ReleaseDiff.CodeChange c : d.codeChanges()) {
      csv.row(
          c.field().equals("code") ? "code-changed" : "isco-group-changed",
          c.kind().code(),
          c.id(),
          "",
          "",
          c.before(),
          c.after(),
          c.label());
    }
    if (d.labels() != null) {
      for (ReleaseDiff.LabelChange l : d.labels()) {
        csv.row(
            l.labelKind() + "-label-" + l.change(),
            l.kind().code(),
            l.id(),
            "",
            l.language(),
            l.change().equals("removed") ? l.text() : "",
            l.change().equals("added") ? l.text() : "",
            "");
      }
    }
    if (d.relations() != null) {
      for (ReleaseDiff.RelationChange r : d.relations()) {
        csv.row("relation-" + r.change(), "", r.from(), "", "", "", r.to(), r.type());
      }
    }
    csv.flush();
  }

  /**
   * Writes the release's data archive: a ZIP with {@code README.txt}, {@code concepts.csv}, {@code
   * labels.csv}, {@code relations.csv}, {@code collections.csv} (ESCO), {@code reviews.csv} and,
   * when there is a previous release, {@code diff-<previous>-<release>.csv} and {@code .json}.
   * Streams from the database; a few seconds for an ESCO release.
   */
  public void writeArchive(Scheme scheme, String release, OutputStream out) {
    ReferenceModel m = holder.model();
    ReleaseInfo r = release(scheme, release);
    Optional<ReleaseInfo> previous =
        m.releases(scheme).stream().filter(x -> x.seq() == r.seq() - 1).findFirst();
    int k = r.seq();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      zip.putNextEntry(new ZipEntry("README.txt"));
      w.write(readme(m, r, previous));
      w.flush();
      zip.closeEntry();

      zip.putNextEntry(new ZipEntry("concepts.csv"));
      CsvOut csv = new CsvOut(w);
      csv.row(
          "id", "kind", "notation", "status_now", "first_release", "deprecated_in", "replaced_by");
      jdbc.query(
          "SELECT cr.concept_id, cr.notation FROM ref_concept_release cr JOIN ref_concept c"
              + " ON c.id = cr.concept_id WHERE c.scheme = ? AND cr.seq = ? ORDER BY c.code",
          rs -> {
            Node n = m.node(rs.getInt(1));
            csv.row(
                n.id(),
                n.kind.code(),
                rs.getString(2),
                n.status.name().toLowerCase(Locale.ROOT),
                m.releaseName(scheme, n.firstSeq),
                m.releaseName(scheme, n.deprecatedSeq),
                n.replacedBy == null ? "" : n.replacedBy.id());
          },
          scheme.name(),
          k);
      csv.flush();
      zip.closeEntry();

      zip.putNextEntry(new ZipEntry("labels.csv"));
      csv.row("id", "language", "kind", "text", "source");
      jdbc.query(
          "SELECT l.concept_id, l.lang, l.kind, l.text, l.source FROM ref_label l"
              + " JOIN ref_concept c ON c.id = l.concept_id"
              + " JOIN ref_concept_release cr ON cr.concept_id = l.concept_id AND cr.seq = ?"
              + " WHERE c.scheme = ? AND l.first_seq <= ? AND (l.last_seq IS NULL OR l.last_seq >= ?)"
              + " ORDER BY c.code, l.lang, l.kind DESC, l.text",
          rs -> {
            String kind = rs.getString(3);
            csv.row(
                m.node(rs.getInt(1)).id(),
                rs.getString(2),
                kind.equals("pref")
                    ? "preferred"
                    : kind.equals("alt") ? "alternative" : "description",
                rs.getString(4),
                rs.getString(5) == null ? release : rs.getString(5));
          },
          k,
          scheme.name(),
          k,
          k);
      csv.flush();
      zip.closeEntry();

      zip.putNextEntry(new ZipEntry("relations.csv"));
      csv.row("type", "from", "to", "rank");
      jdbc.query(
          "SELECT type, from_id, to_id, link_rank FROM ref_relation WHERE scheme = ?"
              + " AND first_seq <= ? AND (last_seq IS NULL OR last_seq >= ?) ORDER BY id",
          rs -> {
            csv.row(
                RelationType.valueOf(rs.getString(1)).json(),
                m.node(rs.getInt(2)).id(),
                m.node(rs.getInt(3)).id(),
                rs.getObject(4));
          },
          scheme.name(),
          k,
          k);
      csv.flush();
      zip.closeEntry();

      if (scheme == Scheme.ESCO) {
        zip.putNextEntry(new ZipEntry("collections.csv"));
        csv.row("collection", "id");
        jdbc.query(
            "SELECT collection, concept_id FROM ref_collection_member WHERE scheme = ?"
                + " AND first_seq <= ? AND (last_seq IS NULL OR last_seq >= ?)"
                + " ORDER BY collection, id",
            rs -> {
              csv.row(rs.getString(1), m.node(rs.getInt(2)).id());
            },
            scheme.name(),
            k,
            k);
        csv.flush();
        zip.closeEntry();
      }

      zip.putNextEntry(new ZipEntry("reviews.csv"));
      csv.row("id", "language", "label", "action", "proposed_label", "reviewer", "at", "note");
      jdbc.query(
          "SELECT r.concept_id, r.lang, r.label_text, r.action, r.proposed_text, r.reviewer, r.at,"
              + " r.note FROM ref_review r JOIN ref_concept c ON c.id = r.concept_id"
              + " WHERE c.scheme = ? ORDER BY r.id",
          rs -> {
            csv.row(
                m.node(rs.getInt(1)).id(),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4).toLowerCase(Locale.ROOT),
                rs.getString(5),
                rs.getString(6),
                rs.getTimestamp(7).toInstant(),
                rs.getString(8));
          },
          scheme.name());
      csv.flush();
      zip.closeEntry();

      if (previous.isPresent()) {
        ReleaseDiff d = diff(scheme, previous.get().release(), release, null, true);
        String name = "diff-" + previous.get().release() + "-" + release;
        zip.putNextEntry(new ZipEntry(name + ".csv"));
        writeCsv(d, w);
        w.flush();
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(name + ".json"));
        w.write(JSON.writeValueAsString(d));
        w.flush();
        zip.closeEntry();
      }
      zip.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readme(ReferenceModel m, ReleaseInfo r, Optional<ReleaseInfo> previous) {
    StringBuilder sb = new StringBuilder();
    sb.append("Synerjob Hub reference data: ")
        .append(r.scheme().title())
        .append(' ')
        .append(r.release())
        .append("\r\n\r\n");
    sb.append(Reference.ESCO_ATTRIBUTION).append("\r\n");
    if (r.scheme() == Scheme.ROME) {
      sb.append(Reference.ROME_ATTRIBUTION).append("\r\n");
    }
    if (r.scheme() == Scheme.COMPETENT) {
      sb.append(Reference.COMPETENT_ATTRIBUTION).append("\r\n");
    }
    sb.append(
        "The data are modified: columns reduced, labels whitespace-normalised, releases and"
            + " languages combined. See NOTICE and docs/reference.md of Synerjob Hub.\r\n\r\n");
    sb.append("Source: ").append(r.source()).append("\r\n");
    sb.append("Loaded: ").append(r.loadedAt()).append("\r\n");
    sb.append("Supplies: ").append(r.provides()).append("\r\n");
    sb.append("Concepts in this release: ").append(r.concepts()).append("\r\n");
    sb.append("Files (name, rows, gzipped bytes, SHA-256):\r\n");
    for (ReleaseInfo.FileInfo f : r.files()) {
      sb.append("  ")
          .append(f.name())
          .append(' ')
          .append(f.rows())
          .append(' ')
          .append(f.bytes())
          .append(' ')
          .append(f.sha256())
          .append("\r\n");
    }
    if (r.notes() != null) {
      sb.append("Notes:\r\n  ").append(r.notes().replace("\n", "\r\n  ")).append("\r\n");
    }
    sb.append("\r\nFiles in this archive (UTF-8 CSV, RFC 4180, CRLF):\r\n")
        .append("  concepts.csv   the concepts the release contains, with today's status\r\n")
        .append(
            "  labels.csv     their labels in the release (source = where a label comes from)\r\n")
        .append("  relations.csv  the relations the release states (SKOS names)\r\n");
    if (r.scheme() == Scheme.ESCO) {
      sb.append("  collections.csv  ESCO collection memberships in the release\r\n");
    }
    sb.append("  reviews.csv    translation reviews of the scheme's labels (full history)\r\n");
    previous.ifPresent(
        p ->
            sb.append("  diff-")
                .append(p.release())
                .append('-')
                .append(r.release())
                .append(".csv/.json  what changed since ")
                .append(p.release())
                .append("\r\n"));
    return sb.toString();
  }
}
