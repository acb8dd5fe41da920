package be.synerjob.hub.classification;

import be.synerjob.hub.core.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Mean reciprocal rank (of the first right occupation within the top 10; beyond it counts 0),
 * accuracy at 1 and at 5, per language and overall, over a list of items.
 */
public final class Evaluation {

  /** The depth the reciprocal rank looks at. */
  public static final int DEPTH = 10;

  /** Figures for one language or overall. */
  public record Figures(int items, double mrr, double acc1, double acc5) {
    public String line(String name) {
      return String.format(
          Locale.ROOT, "%-8s %6d  MRR %.3f  acc@1 %.3f  acc@5 %.3f", name, items, mrr, acc1, acc5);
    }
  }

  /** The figures per language ({@code nl}, …) and {@code all}. */
  public record Report(Map<String, Figures> figures) {
    public Figures all() {
      return figures.get("all");
    }

    public String table() {
      StringBuilder sb = new StringBuilder();
      figures.forEach((k, f) -> sb.append(f.line(k)).append('\n'));
      return sb.toString();
    }
  }

  private Evaluation() {}

  /** Reads {@code title<TAB>language<TAB>gold URIs (space or comma separated)}; # comments. */
  public static List<HeldOut.Item> read(Reader in) throws IOException {
    List<HeldOut.Item> items = new ArrayList<>();
    BufferedReader r = new BufferedReader(in);
    int line = 0;
    for (String s = r.readLine(); s != null; s = r.readLine()) {
      line++;
      if (s.isBlank() || s.startsWith("#")) {
        continue;
      }
      String[] f = s.split("\t", -1);
      if (f.length < 3) {
        throw new IllegalArgumentException(
            "line "
                + line
                + ": expected title<TAB>language<TAB>gold URIs, got "
                + f.length
                + " fields");
      }
      final int ln = line;
      Language l =
          f[1].isBlank()
              ? null
              : Language.parse(f[1])
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "line " + ln + ": unknown language '" + f[1] + "' (nl, fr, de, en)"));
      Set<String> gold = new LinkedHashSet<>(Arrays.asList(f[2].trim().split("[\\s,]+")));
      items.add(new HeldOut.Item(f[0], l, gold, null));
    }
    return items;
  }

  /** Writes items as the TSV {@link #read} reads. */
  public static String tsv(List<HeldOut.Item> items) {
    StringBuilder sb = new StringBuilder();
    for (HeldOut.Item i : items) {
      sb.append(i.title().replace('\t', ' '))
          .append('\t')
          .append(i.language() == null ? "" : i.language().code())
          .append('\t')
          .append(String.join(" ", i.gold()))
          .append('\n');
    }
    return sb.toString();
  }

  /**
   * Classifies every item (with its language when given, else detected) and scores the ranks.
   *
   * @param giveLanguage false to hide the items' language from the classifier (detection test)
   */
  public static Report run(
      OccupationClassifier classifier, List<HeldOut.Item> items, boolean giveLanguage) {
    Map<String, double[]> acc = new TreeMap<>();
    for (HeldOut.Item item : items) {
      Classification c =
          classifier.classify(item.title(), null, giveLanguage ? item.language() : null, DEPTH);
      int rank = 0;
      for (Classification.Match m : c.matches()) {
        if (item.gold().contains(m.uri())) {
          rank = m.rank();
          break;
        }
      }
      String lang = item.language() == null ? c.language() : item.language().code();
      for (String k : List.of(lang, "all")) {
        double[] a = acc.computeIfAbsent(k, x -> new double[4]);
        a[0]++;
        a[1] += rank == 0 ? 0 : 1.0 / rank;
        a[2] += rank == 1 ? 1 : 0;
        a[3] += rank >= 1 && rank <= 5 ? 1 : 0;
      }
    }
    Map<String, Figures> out = new LinkedHashMap<>();
    for (String k : List.of("nl", "fr", "de", "en", "all")) {
      double[] a = acc.get(k);
      if (a != null) {
        out.put(k, new Figures((int) a[0], a[1] / a[0], a[2] / a[0], a[3] / a[0]));
      }
    }
    return new Report(out);
  }
}
