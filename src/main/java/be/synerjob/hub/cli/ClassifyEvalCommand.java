package be.synerjob.hub.cli;

import be.synerjob.hub.classification.Evaluation;
import be.synerjob.hub.classification.HeldOut;
import be.synerjob.hub.classification.OccupationClassifier;
import be.synerjob.hub.classification.OccupationVocabulary;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Evaluates the classifier on a gold TSV, or writes the development sets. Without a database: the
 * index is built from the reference files in the jar, without the held-out labels (unless {@code
 * --full-index}), so the shipped sets are never in the index.
 */
@Command(
    name = "classify-eval",
    mixinStandardHelpOptions = true,
    description =
        "Evaluate occupation coding on title<TAB>language<TAB>gold ESCO URIs: MRR, acc@1, acc@5 per"
            + " language and overall; or write the development sets (--write-sets DIR)")
class ClassifyEvalCommand implements Callable<Integer> {

  @Option(names = "--in", description = "Gold TSV (UTF-8)")
  Path in;

  @Option(
      names = "--write-sets",
      description =
          "Write the held-out sets to this folder: {test,dev}-{nl,fr,de,en}-esco.tsv,"
              + " {test,dev}-fr-rome.tsv, and noisy-* copies")
  Path writeSets;

  @Option(
      names = "--full-index",
      description = "Index every label, held-out ones included (for your own gold files)")
  boolean fullIndex;

  @Option(
      names = "--detect-language",
      description = "Hide the gold file's languages from the classifier")
  boolean detect;

  @Override
  public Integer call() throws Exception {
    OccupationVocabulary full = OccupationVocabulary.fromShippedFiles();
    if (writeSets != null) {
      Files.createDirectories(writeSets);
      for (HeldOut.Part part : List.of(HeldOut.Part.TEST, HeldOut.Part.DEV)) {
        List<HeldOut.Item> items = HeldOut.items(full, part);
        String p = part.name().toLowerCase(java.util.Locale.ROOT);
        for (String lang : List.of("nl", "fr", "de", "en")) {
          List<HeldOut.Item> esco =
              items.stream()
                  .filter(
                      i ->
                          i.source() != OccupationVocabulary.Source.ROME_JOB_TITLE
                              && i.language().code().equals(lang))
                  .toList();
          write(p + "-" + lang + "-esco.tsv", esco);
          write(
              "noisy-" + p + "-" + lang + "-esco.tsv", esco.stream().map(HeldOut::noisy).toList());
        }
        List<HeldOut.Item> rome =
            items.stream()
                .filter(i -> i.source() == OccupationVocabulary.Source.ROME_JOB_TITLE)
                .toList();
        write(p + "-fr-rome.tsv", rome);
        write("noisy-" + p + "-fr-rome.tsv", rome.stream().map(HeldOut::noisy).toList());
      }
      if (in == null) {
        return 0;
      }
    }
    if (in == null) {
      System.err.println("give --in FILE or --write-sets DIR");
      return 2;
    }
    List<HeldOut.Item> items;
    try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      items = Evaluation.read(r);
    }
    long t0 = System.nanoTime();
    OccupationClassifier c = OccupationClassifier.build(fullIndex ? full : HeldOut.training(full));
    long t1 = System.nanoTime();
    Evaluation.Report report = Evaluation.run(c, items, !detect);
    long t2 = System.nanoTime();
    System.out.print(report.table());
    System.err.printf(
        java.util.Locale.ROOT,
        "index of %d labels%s in %.1f s; %d titles in %.1f s%n",
        c.size(),
        fullIndex ? "" : " (held-out labels excluded)",
        (t1 - t0) / 1e9,
        items.size(),
        (t2 - t1) / 1e9);
    return 0;
  }

  private void write(String name, List<HeldOut.Item> items) throws java.io.IOException {
    Files.writeString(
        writeSets.resolve(name),
        "# title\tlanguage\tgold ESCO URIs; "
            + be.synerjob.hub.reference.Reference.ESCO_ATTRIBUTION
            + "\n"
            + Evaluation.tsv(items),
        StandardCharsets.UTF_8);
  }
}
