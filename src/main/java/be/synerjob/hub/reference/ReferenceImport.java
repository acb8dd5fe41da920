package be.synerjob.hub.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * Loads reference releases into the database: the shipped ones ({@link #importShipped()}, run at
 * first start and callable from the operator CLI) or those of another folder with the same layout.
 *
 * <p>First every file is checked against the manifest (size and SHA-256): a corrupt or truncated
 * file stops the import before anything is written, naming the file. Then each release not yet
 * loaded is read and written in its own transaction, in catalogue order; a release already loaded
 * is skipped with a log line. A failing release rolls back completely and stops the import; the
 * releases before it stay loaded, and a later run continues where it stopped.
 */
@Service
public class ReferenceImport {

  private static final Logger log = LoggerFactory.getLogger(ReferenceImport.class);

  private final ResourceLoader resources;
  private final ReleaseWriter writer;
  private final ModelHolder holder;
  private final ReferenceProperties properties;
  private final ApplicationEventPublisher events;

  ReferenceImport(
      ResourceLoader resources,
      ReleaseWriter writer,
      ModelHolder holder,
      ReferenceProperties properties,
      ApplicationEventPublisher events) {
    this.resources = resources;
    this.writer = writer;
    this.holder = holder;
    this.properties = properties;
    this.events = events;
  }

  /** Loads every shipped release that is not in the database yet. */
  public ImportReport importShipped() {
    return importFrom(properties.location());
  }

  /**
   * Loads every release of the catalogue from a folder ({@code classpath:…/} or {@code file:…/})
   * holding the data files, their {@code manifest.csv} and {@code known_gaps.csv}.
   *
   * @throws ReferenceDataException naming the file (and line) at fault; nothing of the failing
   *     release is written
   */
  public ImportReport importFrom(String location) {
    long started = System.nanoTime();
    DataFiles files = DataFiles.open(resources, location);
    List<Catalogue.Plan> plans = Catalogue.SHIPPED;
    var names = Catalogue.files(plans);
    long bytes = names.stream().mapToLong(f -> files.entry(f).bytes()).sum();
    log.info(
        "Reference: checking {} files ({} MB) against the manifest of {}",
        names.size(),
        String.format(Locale.ROOT, "%.1f", bytes / 1e6),
        files.location());
    files.verify(names);
    KnownGaps gaps = KnownGaps.read(files);
    checkOrder(plans);

    Catalogue.Files tables = new Catalogue.Files(files);
    List<ImportReport.Release> report = new ArrayList<>();
    List<String> loaded = new ArrayList<>();
    try {
      for (Catalogue.Plan plan : plans) {
        if (writer.isLoaded(plan.scheme(), plan.release())) {
          log.info("Reference: {} is already loaded; skipped", plan.name());
          report.add(
              new ImportReport.Release(
                  plan.scheme(), plan.release(), ImportReport.Outcome.ALREADY_LOADED, 0, 0, 0, 0));
          continue;
        }
        long t0 = System.nanoTime();
        ReleaseData data = plan.reader().apply(tables.forPlan(plan));
        long readMillis = (System.nanoTime() - t0) / 1_000_000;
        log.info(
            "Reference: {} read in {} ms: {} concepts, {} labels, {} relations",
            plan.name(),
            readMillis,
            data.concepts.size(),
            data.labels.size(),
            data.relations.size());
        ReleaseWriter.Written w = writer.write(data, files, gaps);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        if (w.loaded()) {
          int rows = w.labels() + w.relations() + w.concepts();
          log.info(
              "Reference: {} loaded in {} ms ({} concepts, {} new labels, {} new relations;"
                  + " {} rows/s)",
              plan.name(),
              millis,
              w.concepts(),
              w.labels(),
              w.relations(),
              millis == 0 ? rows : rows * 1000L / millis);
          loaded.add(plan.name());
        }
        report.add(
            new ImportReport.Release(
                plan.scheme(),
                plan.release(),
                w.loaded() ? ImportReport.Outcome.LOADED : ImportReport.Outcome.ALREADY_LOADED,
                w.concepts(),
                w.labels(),
                w.relations(),
                millis));
      }
    } finally {
      if (!loaded.isEmpty()) {
        holder.invalidate(); // also when a later release failed: the loaded ones are committed
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    if (!loaded.isEmpty()) {
      log.info("Reference: import finished in {} ms; loaded {}", millis, loaded);
      events.publishEvent(new ReferenceReleasesLoaded(List.copyOf(loaded)));
    } else {
      log.info("Reference: every release is loaded already ({} ms)", millis);
    }
    return new ImportReport(List.copyOf(report), millis);
  }

  /** True when no release is loaded at all. */
  public boolean isEmpty() {
    return Catalogue.SHIPPED.stream().noneMatch(p -> writer.isLoaded(p.scheme(), p.release()));
  }

  /** A release may not be loaded after a newer release of its scheme. */
  private void checkOrder(List<Catalogue.Plan> plans) {
    for (int i = 0; i < plans.size(); i++) {
      Catalogue.Plan p = plans.get(i);
      if (writer.isLoaded(p.scheme(), p.release())) {
        continue;
      }
      for (int j = i + 1; j < plans.size(); j++) {
        Catalogue.Plan later = plans.get(j);
        if (later.scheme() == p.scheme() && writer.isLoaded(later.scheme(), later.release())) {
          throw new ReferenceDataException(
              p.name()
                  + " cannot be loaded: "
                  + later.name()
                  + " is loaded already and releases load oldest first");
        }
      }
    }
  }
}
