package be.synerjob.hub.channel.sftp;

import be.synerjob.hub.channel.ChannelProperties;
import be.synerjob.hub.channel.FileIngestor;
import be.synerjob.hub.channel.IngestReport;
import be.synerjob.hub.core.MemberCode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Takes complete files from the members' inboxes exactly once and has them processed.
 *
 * <p>Claiming: the file is registered ({@code channel_file}, state RECEIVED) and then moved by an
 * atomic rename into the staging folder, outside the member's reach. A restart finds RECEIVED rows
 * whose rename had not happened yet and does it, resumes PROCESSING files after their last
 * committed batch, and finishes files whose report was not written yet. When a file is done it is
 * moved to {@code processed/} (read to its end) or {@code rejected/} (it failed as a whole), with
 * {@code <name>.report.json} beside it; an older outcome of the same name is first renamed to
 * {@code <time>_<name>}.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnExpression("${hub.scheduling.enabled:true}")
class Inbox implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(Inbox.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final FileIngestor ingestor;
  private final MemberHomes homes;
  private final ChannelProperties properties;
  private final Map<Path, Boolean> scheduled = new ConcurrentHashMap<>();
  private final Map<Path, AtomicInteger> writing = new ConcurrentHashMap<>();
  private ExecutorService workers;
  private ScheduledExecutorService timer;
  private volatile boolean running;

  Inbox(FileIngestor ingestor, MemberHomes homes, ChannelProperties properties) {
    this.ingestor = ingestor;
    this.homes = homes;
    this.properties = properties;
  }

  @Override
  public void start() {
    homes.create();
    AtomicInteger n = new AtomicInteger();
    workers =
        Executors.newFixedThreadPool(
            properties.workers(), r -> new Thread(r, "channel-file-" + n.incrementAndGet()));
    timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "channel-inbox"));
    running = true;
    resume();
    long scan = properties.inbox().scanInterval().toMillis();
    timer.scheduleWithFixedDelay(this::scan, scan, scan, TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    running = false;
    timer.shutdownNow();
    // No interrupt (it would close H2's file channel): a file being processed stops after its
    // current batch commits and resumes at the next start.
    workers.shutdown();
    try {
      workers.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 200; // after the database, before the web server stops
  }

  /** A client opened a file for writing: it is not complete before it is closed. */
  void writing(Path file) {
    writing.computeIfAbsent(file, k -> new AtomicInteger()).incrementAndGet();
  }

  /** The client closed it, normally ({@code complete}) or because its connection dropped. */
  void written(MemberCode member, Path file, boolean complete) {
    writing.computeIfPresent(file, (k, c) -> c.decrementAndGet() <= 0 ? null : c);
    String name = file.getFileName().toString();
    if (!complete) {
      log.warn(
          "Upload of {} by {} was interrupted; the partial file stays in inbox/ and is not processed",
          name,
          member);
      return;
    }
    if (name.endsWith(".done")) {
      Path target = file.resolveSibling(name.substring(0, name.length() - 5));
      later(member, target);
    } else if (!properties.inbox().markerOnly()) {
      later(member, file);
    }
  }

  /** A client renamed a file in its inbox (the temporary-name-then-rename upload). */
  void renamed(MemberCode member, Path to) {
    if (!properties.inbox().markerOnly()) {
      later(member, to);
    }
  }

  private void later(MemberCode member, Path file) {
    if (!running || MemberHomes.temporary(file.getFileName().toString())) {
      return;
    }
    if (scheduled.putIfAbsent(file, Boolean.TRUE) == null) {
      timer.schedule(
          () -> {
            scheduled.remove(file);
            claim(member, file, "SFTP");
          },
          properties.inbox().claimDelay().toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  /** Takes a complete file from an inbox: registers it, moves it to staging, queues it. */
  void claim(MemberCode member, Path file, String source) {
    try {
      if (writing.containsKey(file) || !Files.isRegularFile(file)) {
        return; // reopened for writing meanwhile, or already taken
      }
      String name = file.getFileName().toString();
      Path staged = homes.staging().resolve(java.util.UUID.randomUUID().toString());
      String id = ingestor.register(member, name, source, staged, null);
      try {
        move(file, staged);
      } catch (NoSuchFileException e) {
        ingestor.forget(id);
        return;
      }
      Files.deleteIfExists(file.resolveSibling(name + ".done"));
      log.info("Took {} from the inbox of {} as file {}", name, member, id);
      submit(id);
    } catch (IOException | RuntimeException e) {
      log.error("Could not take {} from the inbox of {}", file, member, e);
    }
  }

  /** Queues a file fetched from a member's own server (already in staging and registered). */
  void submit(String id) {
    if (running) {
      workers.submit(() -> run(id));
    }
  }

  private void run(String id) {
    try {
      IngestReport report = ingestor.process(id, () -> running);
      if (!report.finished()) {
        return; // interrupted: resumes at the next start
      }
      finish(report);
    } catch (RuntimeException e) {
      log.error("File {} could not be processed; retrying in a minute", id, e);
      if (running) {
        timer.schedule(() -> submit(id), 1, TimeUnit.MINUTES);
      }
    }
  }

  private void finish(IngestReport report) {
    MemberCode member = new MemberCode(report.member());
    String folder = report.state().equals("DONE") ? "processed" : "rejected";
    Path dir = homes.folder(member, folder);
    String name = report.file();
    try {
      keepPrevious(member, name);
      Path staged = ingestor.stagedPath(report.id()).orElseThrow();
      if (Files.exists(staged)) {
        move(staged, dir.resolve(name));
      }
      Path reportFile = dir.resolve(name + ".report.json");
      Path tmp = dir.resolve("." + name + ".report.json.part");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        ingestor.writeReport(report.id(), out);
      }
      move(tmp, reportFile);
      ingestor.reportWritten(report.id(), reportFile);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** An earlier outcome of the same name is renamed {@code <time>_<name>}, not overwritten. */
  private void keepPrevious(MemberCode member, String name) throws IOException {
    for (String folder : new String[] {"processed", "rejected"}) {
      Path dir = homes.folder(member, folder);
      Path report = dir.resolve(name + ".report.json");
      Path file = dir.resolve(name);
      if (Files.exists(report) || Files.exists(file)) {
        FileTime t =
            Files.exists(report)
                ? Files.getLastModifiedTime(report)
                : Files.getLastModifiedTime(file);
        String stamp = STAMP.format(t.toInstant());
        if (Files.exists(file)) {
          move(file, dir.resolve(stamp + "_" + name));
        }
        if (Files.exists(report)) {
          move(report, dir.resolve(stamp + "_" + name + ".report.json"));
        }
      }
    }
  }

  private void resume() {
    workers.submit(ingestor::resumeClosures);
    for (IngestReport r : ingestor.unfinished()) {
      Path staged = ingestor.stagedPath(r.id()).orElseThrow();
      if (r.state().equals("RECEIVED") && !Files.exists(staged)) {
        Path inbox = homes.folder(new MemberCode(r.member()), "inbox").resolve(r.file());
        try {
          move(inbox, staged);
        } catch (IOException e) {
          ingestor.forget(r.id()); // neither staged nor in the inbox: the claim never happened
          continue;
        }
      }
      log.info("Resuming file {} ({}) of {}: {}", r.file(), r.id(), r.member(), r.state());
      submit(r.id());
    }
  }

  /** Markers, and (when configured) files that settled without an SFTP upload. */
  private void scan() {
    try (DirectoryStream<Path> members = Files.newDirectoryStream(homes.root())) {
      for (Path home : members) {
        String code = home.getFileName().toString();
        if (code.startsWith(".") || !Files.isDirectory(home.resolve("inbox"))) {
          continue;
        }
        MemberCode member = new MemberCode(code);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(home.resolve("inbox"))) {
          for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".done") && !writing.containsKey(f)) {
              Path target = f.resolveSibling(name.substring(0, name.length() - 5));
              if (Files.isRegularFile(target) && !writing.containsKey(target)) {
                claim(member, target, "SFTP");
              }
            } else if (properties.inbox().settleTime() != null
                && !properties.inbox().markerOnly()
                && !MemberHomes.temporary(name)
                && !writing.containsKey(f)
                && Files.getLastModifiedTime(f)
                    .toInstant()
                    .isBefore(Instant.now().minus(properties.inbox().settleTime()))) {
              claim(member, f, "SFTP");
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      log.warn("Inbox scan failed: {}", e.toString());
    }
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
