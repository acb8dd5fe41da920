package be.synerjob.hub.cli;

import be.synerjob.hub.classification.Classification;
import be.synerjob.hub.classification.OccupationClassifier;
import be.synerjob.hub.classification.OccupationVocabulary;
import be.synerjob.hub.core.Language;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Codes a TSV of job titles to ESCO occupations, without database or server: the index is built
 * from the reference files inside the jar (about two seconds).
 */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    description =
        "Code job titles to ESCO: reads id<TAB>language<TAB>title (language may be empty), writes"
            + " id<TAB>rank<TAB>escoUri<TAB>score for the top N")
class ClassifyCommand implements Callable<Integer> {

  @Option(names = "--in", required = true, description = "Input TSV (UTF-8)")
  Path in;

  @Option(names = "--out", required = true, description = "Output TSV")
  Path out;

  @Option(names = "--top", defaultValue = "5", description = "Occupations per title (default 5)")
  int top;

  @Override
  public Integer call() throws Exception {
    if (top < 1 || top > 100) {
      System.err.println("--top must be between 1 and 100");
      return 2;
    }
    long t0 = System.nanoTime();
    OccupationClassifier c = OccupationClassifier.build(OccupationVocabulary.fromShippedFiles());
    long t1 = System.nanoTime();
    long n = 0;
    long errors = 0;
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      long line = 0;
      for (String s = r.readLine(); s != null; s = r.readLine()) {
        line++;
        if (s.isBlank()) {
          continue;
        }
        String[] f = s.split("\t", 3);
        if (f.length < 3) {
          System.err.println("line " + line + ": expected id<TAB>language<TAB>title; skipped");
          errors++;
          continue;
        }
        Language lang = null;
        if (!f[1].isBlank()) {
          lang = Language.parse(f[1]).orElse(null);
          if (lang == null) {
            System.err.println(
                "line " + line + ": unknown language '" + f[1] + "' (nl, fr, de, en); skipped");
            errors++;
            continue;
          }
        }
        Classification res = c.classify(f[2], null, lang, top);
        for (Classification.Match m : res.matches()) {
          w.write(
              f[0]
                  + '\t'
                  + m.rank()
                  + '\t'
                  + m.uri()
                  + '\t'
                  + String.format(Locale.ROOT, "%.3f", m.score())
                  + '\n');
        }
        n++;
      }
    }
    long t2 = System.nanoTime();
    System.err.printf(
        Locale.ROOT,
        "%d titles coded in %.1f s (index of %d labels built in %.1f s); %d lines skipped%n",
        n,
        (t2 - t1) / 1e9,
        c.size(),
        (t1 - t0) / 1e9,
        errors);
    return errors == 0 ? 0 : 1;
  }
}
