package be.synerjob.hub.channel;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.channel.format.FileFailure;
import be.synerjob.hub.channel.format.Formats;
import be.synerjob.hub.channel.format.RecordReader;
import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.vacancy.BatchResult;
import be.synerjob.hub.vacancy.IncomingRecord;
import be.synerjob.hub.vacancy.RecordResult;
import be.synerjob.hub.vacancy.VacancyService;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ingests a received file: streams it record by record, publishes batches of at most {@code
 * hub.vacancy.max-batch-size} through {@link VacancyService#publish} (each batch one transaction
 * that also records the file's progress and its rejected records), so a file interrupted by a
 * restart resumes exactly after its last committed batch, and nothing is half-written.
 *
 * <p>A file is applied in order, like a log: a reference that appears again later in the file
 * updates what the earlier record wrote (the repeat starts a new batch). Memory does not grow with
 * the file: one record and one batch at a time.
 */
@Service
public class FileIngestor {

  private static final Logger log = LoggerFactory.getLogger(FileIngestor.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ChannelFiles files;
  private final VacancyService vacancies;
  private final TransactionTemplate tx;
  private final AuditLog audit;
  private final FullFiles fullFiles;
  private final Formats.Limits limits = Formats.Limits.DEFAULT;

  FileIngestor(
      ChannelFiles files,
      VacancyService vacancies,
      TransactionTemplate tx,
      AuditLog audit,
      FullFiles fullFiles) {
    this.files = files;
    this.vacancies = vacancies;
    this.tx = tx;
    this.audit = audit;
    this.fullFiles = fullFiles;
  }

  /** Ingests a local file at once (CLI, tests): registers it, processes it, returns the report. */
  public IngestReport ingest(MemberCode member, Path file, String source) {
    String id = register(member, file.getFileName().toString(), source, file, null);
    return process(id);
  }

  /**
   * Records a file as received (state {@code RECEIVED}).
   *
   * @param staged where the file is (or is about to be) while it is processed
   * @param remoteKey for files fetched from a member's server: what identifies that remote file
   * @return the file's id
   */
  public String register(
      MemberCode member, String name, String source, Path staged, String remoteKey) {
    String id = UUID.randomUUID().toString();
    files.insert(id, member.value(), name, source, staged.toString(), remoteKey);
    return id;
  }

  /** Whether a remote file (by its key) was already fetched. */
  public boolean remoteSeen(String remoteKey) {
    return files.remoteSeen(remoteKey);
  }

  /** Forgets a file that was registered but never staged (its claim failed). */
  public void forget(String id) {
    files.delete(id);
  }

  /** Where a registered file is while processed. */
  public void restage(String id, Path staged) {
    files.staged(id, staged.toString());
  }

  /** Notes where the file's report was written. */
  public void reportWritten(String id, Path report) {
    files.reportPath(id, report.toString());
  }

  /** Files a restart must finish: received but not taken on, or interrupted. */
  public List<IngestReport> unfinished() {
    return files.unfinished().stream().map(this::summary).toList();
  }

  public Optional<IngestReport> find(String id) {
    return files.find(id).map(this::summary);
  }

  public Optional<Path> stagedPath(String id) {
    return files.find(id).map(r -> Path.of(r.stagedPath()));
  }

  /** The newest files, of one member or all. */
  public List<IngestReport> list(MemberCode member, int limit) {
    return files.list(member == null ? null : member.value(), limit).stream()
        .map(this::summary)
        .toList();
  }

  /**
   * Processes (or resumes) a registered file to its end. Safe to call again on a finished file
   * (returns its report) or an interrupted one (continues after the last committed batch).
   *
   * @throws UncheckedIOException when the file cannot be read from disk; it stays {@code
   *     PROCESSING} and can be retried
   */
  public IngestReport process(String id) {
    return process(id, () -> true);
  }

  /**
   * Processes a file while {@code keepGoing} says so: checked after each committed batch, so a
   * stopping hub leaves the file PROCESSING at a batch boundary (never interrupted mid-transaction)
   * and the next start resumes it.
   */
  public IngestReport process(String id, java.util.function.BooleanSupplier keepGoing) {
    ChannelFiles.Row row =
        files.find(id).orElseThrow(() -> HubException.notFound("No received file " + id));
    if (row.state().equals("DONE") || row.state().equals("FAILED")) {
      return summary(row);
    }
    MemberCode member = new MemberCode(row.member());
    Path path = Path.of(row.stagedPath());
    String[] hash = {row.sha256()};
    long size;
    try {
      size = Files.size(path);
      if (hash[0] == null) {
        hash[0] = sha256(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String format = FileFormat.ofName(row.name()).map(Enum::name).orElse(null);
    files.started(id, format, hash[0], size);
    int done = row.records();
    String channel = row.source().equals("CLI") ? "FILE" : "SFTP";
    boolean full = FullFiles.isFullName(row.name());
    // A full file closes what it does not name: every reference it names counts, even rejected.
    FullFiles.Named named = full ? new FullFiles.Named() : null;
    FileFailure failure = null;
    try (InputStream in = Files.newInputStream(path);
        RecordReader reader = Formats.open(in, row.name(), limits)) {
      for (int i = 0; i < done; i++) {
        IncomingRecord skipped = reader.next();
        if (skipped == null) {
          break; // resumed past the end: nothing left
        }
        if (named != null) {
          named.add(skipped.reference());
        }
      }
      List<IncomingRecord> batch = new ArrayList<>();
      Set<String> references = new HashSet<>();
      int max = vacancies.maxBatchSize();
      try {
        IncomingRecord r;
        while ((r = reader.next()) != null) {
          if (batch.size() == max || (r.reference() != null && !references.add(r.reference()))) {
            done = publish(id, member, channel, reader, batch, done);
            if (!keepGoing.getAsBoolean()) {
              log.info(
                  "File {} interrupted after {} records; it resumes at the next start", id, done);
              return summary(files.find(id).orElseThrow());
            }
            batch.clear();
            references.clear();
            if (r.reference() != null) {
              references.add(r.reference());
            }
          }
          batch.add(r);
          if (named != null) {
            named.add(r.reference());
          }
        }
      } catch (FileFailure f) {
        failure = f;
      }
      publish(id, member, channel, reader, batch, done);
    } catch (FileFailure f) {
      failure = f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FileFailure failed = failure;
    String error =
        failure == null
            ? null
            : JSON.writeValueAsString(
                new IngestReport.Error(failure.code(), failure.getMessage(), failure.location()));
    String state = failure == null ? "DONE" : "FAILED";
    String[] closures = {null};
    ChannelFiles.Row finished =
        tx.execute(
            s -> {
              files.finish(id, state, error);
              ChannelFiles.Row f = files.find(id).orElseThrow();
              if (full) {
                closures[0] =
                    fullFiles.decide(
                        id,
                        member,
                        named,
                        f.startedAt(),
                        failed == null ? null : failed.getMessage());
              }
              audit.record(
                  member.value() + "/" + row.source().toLowerCase(java.util.Locale.ROOT),
                  member.value(),
                  AuditAction.FILE_PROCESSED,
                  "file " + row.name(),
                  failed == null ? "OK" : "FAILED",
                  f.records() + " records " + f.counts() + (failed == null ? "" : " " + error));
              return f;
            });
    log.info(
        "File {} of {} ({}): {} {} records {}",
        row.name(),
        member,
        id,
        state,
        finished.records(),
        finished.counts());
    if ("CLOSING".equals(closures[0])) {
      fullFiles.close(id, channel);
    }
    return summary(finished);
  }

  /** Finishes the closures of full files that a stop interrupted. */
  public void resumeClosures() {
    for (String id : fullFiles.closing()) {
      files
          .find(id)
          .ifPresent(r -> fullFiles.close(id, r.source().equals("CLI") ? "FILE" : "SFTP"));
    }
  }

  /** One batch in one transaction with the file's progress and its rejected records. */
  private int publish(
      String id,
      MemberCode member,
      String channel,
      RecordReader reader,
      List<IncomingRecord> batch,
      int done) {
    if (batch.isEmpty()) {
      return done;
    }
    tx.executeWithoutResult(
        s -> {
          BatchResult result = vacancies.publish(member, batch, channel);
          Map<String, Integer> counts = new LinkedHashMap<>();
          result.counts().forEach((k, v) -> counts.put(k.name(), v));
          files.progress(id, batch.size(), counts);
          List<Object[]> problems = new ArrayList<>();
          for (RecordResult r : result.results()) {
            if (!r.problems().isEmpty()) {
              IncomingRecord in = batch.get(r.index());
              problems.add(
                  new Object[] {
                    id,
                    done + r.index() + 1,
                    in.location() == null ? "record " + (done + r.index() + 1) : in.location(),
                    clip(r.reference() != null ? r.reference() : in.reference()),
                    problemsJson(reader, r.problems())
                  });
            }
          }
          files.problems(id, problems);
        });
    return done + batch.size();
  }

  private static String problemsJson(RecordReader reader, List<FieldProblem> problems) {
    List<Map<String, String>> out = new ArrayList<>();
    for (FieldProblem p : problems) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("field", p.field());
      String source = reader.sourceField(p.field());
      if (source != null) {
        m.put("source", source);
      }
      m.put("code", p.code());
      m.put("reason", p.reason());
      out.add(m);
    }
    String json = JSON.writeValueAsString(out);
    return json.length() > 19_000 ? json.substring(0, 18_990) + "\"}]" : json;
  }

  private static String clip(String s) {
    return s == null || s.length() <= 200 ? s : s.substring(0, 200);
  }

  /**
   * Writes the full report: the summary and every rejected record with its location and reasons,
   * streamed from the database (memory stays flat however many records were rejected).
   */
  public void writeReport(String id, OutputStream out) {
    IngestReport summary = find(id).orElseThrow(() -> HubException.notFound("No file " + id));
    JsonMapper pretty = JSON.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    try (JsonGenerator g = pretty.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringProperty("file", summary.file());
      g.writeStringProperty("id", summary.id());
      g.writeStringProperty("member", summary.member());
      g.writeStringProperty(
          "status",
          summary.state().equals("DONE")
              ? "PROCESSED"
              : summary.state().equals("FAILED") ? "FAILED" : summary.state());
      writeOptional(g, "format", summary.format());
      writeOptional(g, "sha256", summary.sha256());
      if (summary.bytes() != null) {
        g.writeNumberProperty("bytes", summary.bytes());
      }
      g.writeStringProperty("receivedAt", summary.receivedAt().toString());
      if (summary.finishedAt() != null) {
        g.writeStringProperty("finishedAt", summary.finishedAt().toString());
      }
      g.writeNumberProperty("records", summary.records());
      g.writeName("counts");
      g.writePOJO(summary.counts());
      if (summary.error() != null) {
        g.writeName("error");
        g.writePOJO(summary.error());
      }
      if (summary.sameContentAs() != null) {
        g.writeName("sameContentAs");
        g.writePOJO(summary.sameContentAs());
      }
      if (summary.fullFile() != null) {
        g.writeName("fullFile");
        g.writePOJO(summary.fullFile());
      }
      g.writeArrayPropertyStart("rejected");
      files.eachProblem(
          id,
          (no, location, reference, problems) -> {
            g.writeStartObject();
            g.writeNumberProperty("record", no);
            g.writeStringProperty("location", location);
            writeOptional(g, "reference", reference);
            g.writeName("problems");
            g.writeRawValue(problems);
            g.writeEndObject();
          });
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void writeOptional(JsonGenerator g, String name, String value) {
    if (value != null) {
      g.writeStringProperty(name, value);
    }
  }

  private IngestReport summary(ChannelFiles.Row r) {
    IngestReport.Error error = null;
    if (r.error() != null) {
      error = JSON.readValue(r.error(), IngestReport.Error.class);
    }
    IngestReport.Earlier earlier =
        r.sha256() == null
            ? null
            : files
                .sameContent(r.member(), r.sha256(), r.id())
                .filter(e -> e.receivedAt().isBefore(r.receivedAt()))
                .map(e -> new IngestReport.Earlier(e.id(), e.name(), e.receivedAt()))
                .orElse(null);
    return new IngestReport(
        r.id(),
        r.member(),
        r.name(),
        r.source(),
        r.state(),
        r.format(),
        r.sha256(),
        r.size(),
        r.records(),
        r.counts(),
        error,
        earlier,
        r.receivedAt(),
        r.finishedAt(),
        fullFiles.find(r.id()).orElse(null));
  }

  static String sha256(Path file) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
