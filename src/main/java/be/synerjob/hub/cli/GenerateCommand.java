package be.synerjob.hub.cli;

import be.synerjob.hub.channel.FileFormat;
import be.synerjob.hub.channel.VacancyFileWriter;
import be.synerjob.hub.demo.GeneratedVacancy;
import be.synerjob.hub.demo.ScaleGenerator;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes generated vacancies to a file, with a labels file saying what each record is (original,
 * which kind of duplicate of which record, which defect). Runs without a database.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Generate realistic vacancies (deterministic by seed) with labelled duplicates and defects")
class GenerateCommand implements Callable<Integer> {

  @Option(names = "--vacancies", required = true, description = "How many records")
  long count;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--format",
      defaultValue = "ndjson",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--out", required = true, description = "Output file; .gz compresses")
  Path out;

  @Option(
      names = "--labels",
      description =
          "Labels file (TSV: member, reference, kind, related_to, defect_field, defect_code);"
              + " default: <out>.labels.tsv")
  Path labels;

  @Option(
      names = "--mix",
      defaultValue = "2,2,2,4,2,2",
      description =
          "Percent of exact cross-member copies, edited copies, translations, reposts, invalid records and"
              + " hard negatives (same employer and occupation, another job) (default ${DEFAULT-VALUE})")
  String mix;

  @Option(names = "--date", description = "The generator's 'today' (default: today)")
  LocalDate date;

  @Option(
      names = "--batch-size",
      defaultValue = "1000",
      description = "Records per API batch with --format batch (default ${DEFAULT-VALUE})")
  int batchSize;

  /**
   * Every format the hub reads, and {@code batch}: one API batch body ({@code {"vacancies":[…]}})
   * per line, ready for {@code POST /api/v1/vacancies/batch}.
   */
  enum Format {
    ndjson(FileFormat.NDJSON),
    csv(FileFormat.CSV),
    xml(FileFormat.XML),
    jsonld(FileFormat.JSONLD),
    batch(null);

    final FileFormat file;

    Format(FileFormat file) {
      this.file = file;
    }
  }

  @Override
  public Integer call() throws IOException {
    String[] m = mix.split(",");
    if (m.length != 6) {
      System.err.println("--mix takes six percentages, e.g. 2,2,2,4,2,2");
      return 2;
    }
    ScaleGenerator g =
        new ScaleGenerator(
            Gazetteer.load(),
            seed,
            date == null ? LocalDate.now() : date,
            new ScaleGenerator.Mix(
                Double.parseDouble(m[0]),
                Double.parseDouble(m[1]),
                Double.parseDouble(m[2]),
                Double.parseDouble(m[3]),
                Double.parseDouble(m[4]),
                Double.parseDouble(m[5])));
    Path labelsFile = labels == null ? Path.of(out + ".labels.tsv") : labels;
    if (batchSize < 1 || batchSize > 1000) {
      System.err.println("--batch-size must be between 1 and 1000");
      return 2;
    }
    Progress progress = new Progress("generate", count);
    try (Sink w = sink(format, batchSize, out);
        Writer l = writer(labelsFile)) {
      l.write("member\treference\tkind\trelated_to\tdefect_field\tdefect_code\n");
      for (long i = 0; i < count; i++) {
        GeneratedVacancy v = g.get(i);
        w.write(v.vacancy());
        l.write(
            String.join(
                "\t",
                v.vacancy().member(),
                v.vacancy().reference(),
                v.kind().name(),
                v.relatedTo() == null ? "" : v.relatedTo(),
                v.defect() == null ? "" : v.defect().field(),
                v.defect() == null ? "" : v.defect().code()));
        l.write('\n');
        progress.step(i + 1);
      }
    }
    progress.done();
    System.out.printf(
        Locale.ROOT, "Wrote %d vacancies to %s and their labels to %s%n", count, out, labelsFile);
    return 0;
  }

  /** Where generated vacancies go. */
  private interface Sink extends AutoCloseable {
    void write(Vacancy v) throws IOException;

    @Override
    void close() throws IOException;
  }

  private static Sink sink(Format format, int batchSize, Path out) throws IOException {
    if (format.file != null) {
      VacancyFileWriter files = VacancyFileWriter.open(format.file, stream(out));
      return new Sink() {
        @Override
        public void write(Vacancy v) {
          files.write(v);
        }

        @Override
        public void close() {
          files.close();
        }
      };
    }
    Writer w = writer(out);
    return new Sink() {
      int inBatch;

      @Override
      public void write(Vacancy v) throws IOException {
        w.write(inBatch == 0 ? "{\"vacancies\":[" : ",");
        w.write(VacancyJson.write(v));
        if (++inBatch == batchSize) {
          end();
        }
      }

      private void end() throws IOException {
        w.write("]}\n");
        inBatch = 0;
      }

      @Override
      public void close() throws IOException {
        if (inBatch > 0) {
          end();
        }
        w.close();
      }
    };
  }

  private static Writer writer(Path p) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(stream(p), StandardCharsets.UTF_8), 1 << 16);
  }

  private static OutputStream stream(Path p) throws IOException {
    if (p.getParent() != null) {
      Files.createDirectories(p.getParent());
    }
    var raw = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
    return p.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
  }
}
