package be.synerjob.hub.classification;

import be.synerjob.hub.classification.OccupationVocabulary.Label;
import be.synerjob.hub.classification.OccupationVocabulary.Occupation;
import be.synerjob.hub.classification.OccupationVocabulary.Target;
import be.synerjob.hub.core.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The occupation classifier: an immutable in-memory index over the labels of an {@link
 * OccupationVocabulary}, answering a title with ranked ESCO occupations. Each label is scored by a
 * fusion of word-level BM25 (after {@link TextAnalyzer normalisation}, light stemming and
 * decompounding) and the cosine of character-trigram TF-IDF vectors (robust to typos, plurals and
 * unseen compounds); an occupation scores as its best label, weighted by the label's language (the
 * title's own first) and, for ROME job titles, by the mapping's relation. Thread-safe; CPU only;
 * about a tenth of a millisecond per title.
 */
public final class OccupationClassifier {

  /** The weights of the fusion; {@link #DEFAULT} is what the development set chose. */
  public record Tuning(
      double wordWeight,
      double otherLanguage,
      double alternative,
      double romeClose,
      double romeBroad,
      double exactBonus,
      double descriptionWeight,
      double commonFraction) {
    public static final Tuning DEFAULT = new Tuning(0.5, 0.85, 0.98, 0.96, 0.9, 0.15, 0.05, 0.01);
  }

  private static final double K1 = 1.2;
  private static final double B = 0.5;
  private static final int MAX_DESCRIPTION_WORDS = 400;

  /** Enough text for {@link #MAX_DESCRIPTION_WORDS} words of any language. */
  private static final int MAX_DESCRIPTION_CHARS = 8 * MAX_DESCRIPTION_WORDS;

  private final OccupationVocabulary vocabulary;
  private final Tuning tuning;
  private final Occupation[] occupations;
  private final String[] docText;
  private final String[] docNorm;
  private final byte[] docLang;
  private final byte[] docSource;
  private final String[] docSourceCode;
  private final int[][] docTargets;
  private final float[][] docTargetWeight;
  private final String[][] docRelation;
  private final int[] docLen;
  private final double avgLen;
  private final Map<String, Integer> termIds = new HashMap<>();
  private final int[][] termDocs;
  private final byte[][] termTf;
  private final float[] termIdf;
  private final int[][] gramDocs;
  private final float[][] gramWeight;
  private final float[] gramIdf;
  private final Decompounder[] decompounders = new Decompounder[Language.values().length];
  private final LanguageDetector detector;
  private final float unknownIdf;
  private final int commonDf;
  private final ThreadLocal<Scratch> scratch;

  private OccupationClassifier(OccupationVocabulary vocabulary, Tuning tuning) {
    this.vocabulary = vocabulary;
    this.tuning = tuning;
    Map<String, Integer> occIndex = new HashMap<>();
    occupations = vocabulary.occupations().values().toArray(new Occupation[0]);
    for (int i = 0; i < occupations.length; i++) {
      occIndex.put(occupations[i].uri(), i);
    }
    List<Label> labels = vocabulary.labels();
    int n = labels.size();
    docText = new String[n];
    docNorm = new String[n];
    docLang = new byte[n];
    docSource = new byte[n];
    docSourceCode = new String[n];
    docTargets = new int[n][];
    docTargetWeight = new float[n][];
    docRelation = new String[n][];
    docLen = new int[n];

    // words per language, for decompounding and language detection
    @SuppressWarnings("unchecked")
    List<String>[] folded = new List[Language.values().length];
    List<Set<String>> known = new ArrayList<>();
    for (Language l : Language.values()) {
      folded[l.ordinal()] = new ArrayList<>();
      known.add(new HashSet<>());
    }
    String[][] docWords = new String[n][];
    for (int d = 0; d < n; d++) {
      Label lab = labels.get(d);
      String f = TextAnalyzer.fold(lab.text().replace('/', ' '));
      List<String> ws = TextAnalyzer.words(f);
      docWords[d] = ws.toArray(new String[0]);
      docNorm[d] = String.join(" ", ws);
      folded[lab.language().ordinal()].add(f);
      for (String w : ws) {
        if (w.length() >= 3) {
          known.get(lab.language().ordinal()).add(w);
        }
      }
    }
    List<Set<String>> knownSets = new ArrayList<>();
    for (Set<String> k : known) {
      knownSets.add(Set.copyOf(k));
    }
    for (Language l : List.of(Language.NL, Language.DE)) {
      decompounders[l.ordinal()] = new Decompounder(knownSets.get(l.ordinal()));
    }
    detector = new LanguageDetector(folded, knownSets);

    // words: postings with term frequencies
    List<Map<Integer, Integer>> perDoc = new ArrayList<>(n);
    List<int[]> postingsCount = new ArrayList<>();
    long totalLen = 0;
    for (int d = 0; d < n; d++) {
      Label lab = labels.get(d);
      docText[d] = lab.text();
      docLang[d] = (byte) lab.language().ordinal();
      docSource[d] = (byte) lab.source().ordinal();
      docSourceCode[d] = lab.sourceCode();
      List<Target> ts = lab.targets();
      docTargets[d] = new int[ts.size()];
      docTargetWeight[d] = new float[ts.size()];
      docRelation[d] = new String[ts.size()];
      double sourceWeight =
          switch (lab.source()) {
            case ESCO_PREFERRED -> 1.0;
            case ESCO_ALTERNATIVE -> tuning.alternative();
            case ROME_JOB_TITLE -> 1.0;
          };
      for (int k = 0; k < ts.size(); k++) {
        Integer o = occIndex.get(ts.get(k).uri());
        docTargets[d][k] = o == null ? -1 : o;
        String rel = ts.get(k).relation();
        docRelation[d][k] = rel;
        double rw =
            lab.source() != OccupationVocabulary.Source.ROME_JOB_TITLE
                ? 1.0
                : ("exact".equals(rel) || "close".equals(rel))
                    ? tuning.romeClose()
                    : tuning.romeBroad();
        docTargetWeight[d][k] = (float) (sourceWeight * rw);
      }
      Map<Integer, Integer> tf = new LinkedHashMap<>();
      for (String t : terms(docWords[d], lab.language())) {
        Integer id = termIds.computeIfAbsent(t, k -> termIds.size());
        tf.merge(id, 1, Integer::sum);
      }
      perDoc.add(tf);
      docLen[d] = docWords[d].length;
      totalLen += docLen[d];
      for (Integer id : tf.keySet()) {
        while (postingsCount.size() <= id) {
          postingsCount.add(new int[1]);
        }
        postingsCount.get(id)[0]++;
      }
    }
    avgLen = n == 0 ? 1 : (double) totalLen / n;
    unknownIdf = (float) (Math.log(1 + n) / 2);
    commonDf = Math.max(50, (int) (n * tuning.commonFraction()));
    int terms = termIds.size();
    termDocs = new int[terms][];
    termTf = new byte[terms][];
    termIdf = new float[terms];
    int[] fill = new int[terms];
    for (int t = 0; t < terms; t++) {
      int df = postingsCount.get(t)[0];
      termDocs[t] = new int[df];
      termTf[t] = new byte[df];
      termIdf[t] = (float) Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
    for (int d = 0; d < n; d++) {
      for (var e : perDoc.get(d).entrySet()) {
        int t = e.getKey();
        termDocs[t][fill[t]] = d;
        termTf[t][fill[t]++] = (byte) Math.min(127, e.getValue());
      }
    }

    // trigrams: TF-IDF, L2-normalised per label
    int[] df = new int[Grams.SPACE];
    int[][] docGrams = new int[n][];
    for (int d = 0; d < n; d++) {
      int[] g = Grams.of(docNorm[d]);
      Arrays.sort(g);
      docGrams[d] = g;
      for (int i = 0; i < g.length; i++) {
        if (i == 0 || g[i] != g[i - 1]) {
          df[g[i]]++;
        }
      }
    }
    gramIdf = new float[Grams.SPACE];
    gramDocs = new int[Grams.SPACE][];
    gramWeight = new float[Grams.SPACE][];
    for (int g = 0; g < Grams.SPACE; g++) {
      gramIdf[g] = (float) Math.log((n + 1.0) / (df[g] + 1.0)) + 1f;
      if (df[g] > 0) {
        gramDocs[g] = new int[df[g]];
        gramWeight[g] = new float[df[g]];
      }
    }
    int[] gfill = new int[Grams.SPACE];
    int[] distinct = new int[64];
    float[] weights = new float[64];
    for (int d = 0; d < n; d++) {
      int[] g = docGrams[d];
      int k = 0;
      double norm = 0;
      for (int i = 0; i < g.length; ) {
        int j = i;
        while (j < g.length && g[j] == g[i]) {
          j++;
        }
        if (k == distinct.length) {
          distinct = Arrays.copyOf(distinct, k * 2);
          weights = Arrays.copyOf(weights, k * 2);
        }
        distinct[k] = g[i];
        weights[k] = (float) ((1 + Math.log(j - i)) * gramIdf[g[i]]);
        norm += weights[k] * weights[k];
        k++;
        i = j;
      }
      float inv = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < k; i++) {
        int x = distinct[i];
        gramDocs[x][gfill[x]] = d;
        gramWeight[x][gfill[x]++] = weights[i] * inv;
      }
    }
    for (int d = 0; d < n; d++) {
      for (int t : perDoc.get(d).keySet()) {
        for (int o : docTargets[d]) {
          if (o >= 0) {
            occupationWordsAdd(o, t);
          }
        }
      }
    }
    occWords = new int[occupations.length][];
    occWordIdf = new double[occupations.length];
    for (var e : occWordSets.entrySet()) {
      int[] ts = e.getValue().stream().mapToInt(Integer::intValue).sorted().toArray();
      occWords[e.getKey()] = ts;
      for (int t : ts) {
        occWordIdf[e.getKey()] += termIdf[t];
      }
    }
    occWordSets.clear();
    int docs = n;
    int occs = occupations.length;
    int termCount = terms;
    scratch = ThreadLocal.withInitial(() -> new Scratch(docs, occs, termCount));
  }

  /** Filled while building, then turned into {@link #occWords}. */
  private final Map<Integer, Set<Integer>> occWordSets = new HashMap<>();

  /** The terms of each occupation's labels (null when it has none), and their summed idf. */
  private final int[][] occWords;

  private final double[] occWordIdf;

  private void occupationWordsAdd(int occupation, int term) {
    occWordSets.computeIfAbsent(occupation, k -> new HashSet<>()).add(term);
  }

  /** Builds the index (about a second for the 120,000 labels of the shipped reference). */
  public static OccupationClassifier build(OccupationVocabulary vocabulary) {
    return new OccupationClassifier(vocabulary, Tuning.DEFAULT);
  }

  public static OccupationClassifier build(OccupationVocabulary vocabulary, Tuning tuning) {
    return new OccupationClassifier(vocabulary, tuning);
  }

  public OccupationVocabulary vocabulary() {
    return vocabulary;
  }

  /** Number of labels indexed. */
  public int size() {
    return docText.length;
  }

  /** The language the title looks like it is written in. */
  public Language detectLanguage(String title) {
    return detector.detect(title, TextAnalyzer.fold(title));
  }

  /** The parts of a compound word (folded) in the language; empty when it is not one. */
  List<String> decompound(String word, Language l) {
    Decompounder dc = decompounders[l.ordinal()];
    return dc == null ? List.of() : dc.split(word);
  }

  /** The terms of a word list: stemmed words, plus the stemmed parts of compounds. */
  private List<String> terms(String[] words, Language l) {
    List<String> out = new ArrayList<>(words.length + 2);
    Decompounder dc = decompounders[l.ordinal()];
    for (String w : words) {
      out.add(TextAnalyzer.stem(w, l));
      if (dc != null) {
        for (String part : dc.split(w)) {
          out.add(TextAnalyzer.stem(part, l));
        }
      }
    }
    return out;
  }

  private static final class Scratch {
    final float[] words;
    final float[] grams;
    final boolean[] seen;
    final int[] touched;
    final float[] occScore;
    final int[] occDoc;
    final int[] occTouched;
    final boolean[] descTerm;
    final int[] descTouched = new int[MAX_DESCRIPTION_WORDS];

    Scratch(int docs, int occs, int terms) {
      descTerm = new boolean[terms];
      words = new float[docs];
      grams = new float[docs];
      seen = new boolean[docs];
      touched = new int[docs];
      occScore = new float[occs];
      occDoc = new int[occs];
      occTouched = new int[occs];
    }
  }

  /**
   * Classifies one title.
   *
   * @param language the title's language, or null to detect it
   * @param description the vacancy's description, or null: a weak signal that reorders close
   *     candidates
   * @param top how many occupations to return
   */
  public Classification classify(String title, String description, Language language, int top) {
    String folded = TextAnalyzer.fold(title);
    boolean detected = language == null;
    Language lang = detected ? detector.detect(title == null ? "" : title, folded) : language;
    List<String> ws = TextAnalyzer.words(folded);
    String norm = String.join(" ", ws);
    String release = vocabulary.release();
    if (ws.isEmpty() || docText.length == 0) {
      return new Classification(title, lang.code(), detected, norm, release, List.of());
    }
    Scratch s = scratch.get();
    int nt = 0;

    // query terms with weights: words, compound parts, expansions (half weight)
    Map<Integer, Double> q = new LinkedHashMap<>();
    Map<Integer, String> qWord = new HashMap<>();
    double unknown = 0;
    for (String w : ws) {
      if (!addTerm(q, qWord, TextAnalyzer.stem(w, lang), w, 1.0)) {
        unknown += unknownIdf;
      }
      Decompounder dc = decompounders[lang.ordinal()];
      if (dc != null) {
        for (String part : dc.split(w)) {
          addTerm(q, qWord, TextAnalyzer.stem(part, lang), part, 0.7);
        }
      }
      String exp = TextAnalyzer.EXPANSIONS.get(w);
      if (exp != null) {
        for (String e : exp.split(" ")) {
          addTerm(q, qWord, TextAnalyzer.stem(e, lang), w, 0.5);
          Decompounder d2 = decompounders[lang.ordinal()];
          if (d2 != null) {
            for (String part : d2.split(e)) {
              addTerm(q, qWord, TextAnalyzer.stem(part, lang), w, 0.35);
            }
          }
        }
      }
    }
    double maxWords = unknown;
    for (var e : q.entrySet()) {
      int t = e.getKey();
      double qw = e.getValue();
      maxWords += qw * termIdf[t];
      int[] docs = termDocs[t];
      if (docs.length > commonDf) {
        continue; // a word in more than 1 label in 20 (de, of, van): not worth the walk
      }
      byte[] tfs = termTf[t];
      float idf = termIdf[t];
      for (int i = 0; i < docs.length; i++) {
        int d = docs[i];
        double tf = tfs[i];
        double bm = idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * docLen[d] / avgLen));
        if (!s.seen[d]) {
          s.seen[d] = true;
          s.touched[nt++] = d;
        }
        s.words[d] += (float) (qw * bm / (K1 + 1));
      }
    }

    // trigrams
    int[] g = Grams.of(norm);
    Arrays.sort(g);
    double qnorm = 0;
    int distinctCount = 0;
    int[] qg = new int[g.length];
    float[] qgw = new float[g.length];
    for (int i = 0; i < g.length; ) {
      int j = i;
      while (j < g.length && g[j] == g[i]) {
        j++;
      }
      qg[distinctCount] = g[i];
      qgw[distinctCount] = (float) ((1 + Math.log(j - i)) * gramIdf[g[i]]);
      qnorm += qgw[distinctCount] * qgw[distinctCount];
      distinctCount++;
      i = j;
    }
    float qinv = qnorm == 0 ? 0 : (float) (1 / Math.sqrt(qnorm));
    for (int i = 0; i < distinctCount; i++) {
      int[] docs = gramDocs[qg[i]];
      if (docs == null || docs.length > commonDf) {
        continue; // a very common trigram: a small share of the cosine, most of the time
      }
      float[] dw = gramWeight[qg[i]];
      float w = qgw[i] * qinv;
      for (int k = 0; k < docs.length; k++) {
        int d = docs[k];
        if (!s.seen[d]) {
          s.seen[d] = true;
          s.touched[nt++] = d;
        }
        s.grams[d] += w * dw[k];
      }
    }

    // fuse per label, aggregate per occupation (best label)
    double ww = tuning.wordWeight();
    int no = 0;
    float inv = maxWords == 0 ? 0 : (float) (1 / maxWords);
    for (int i = 0; i < nt; i++) {
      int d = s.touched[i];
      double score = ww * Math.min(1.0, s.words[d] * inv) + (1 - ww) * s.grams[d];
      if (docLang[d] != lang.ordinal()) {
        score *= tuning.otherLanguage();
      }
      int[] ts = docTargets[d];
      for (int k = 0; k < ts.length; k++) {
        int o = ts[k];
        if (o < 0) {
          continue;
        }
        float sc = (float) (score * docTargetWeight[d][k]);
        if (s.occScore[o] == 0) {
          s.occTouched[no++] = o;
          s.occScore[o] = sc;
          s.occDoc[o] = d;
        } else if (sc > s.occScore[o]) {
          s.occScore[o] = sc;
          s.occDoc[o] = d;
        }
      }
    }
    // exact label: a bonus, so the same words always win
    int keep = Math.max(top, 30);
    int[] best = topK(s.occScore, s.occTouched, no, keep);
    for (int o : best) {
      int d = s.occDoc[o];
      if (docNorm[d].equals(norm)) {
        s.occScore[o] += (float) tuning.exactBonus();
      }
    }
    if (description != null && !description.isBlank() && tuning.descriptionWeight() > 0) {
      description(description, lang, best, s);
    }
    best = topK(s.occScore, best, best.length, top);
    List<Classification.Match> matches = new ArrayList<>(best.length);
    double runnerUp = best.length > 1 ? s.occScore[best[1]] : 0;
    for (int r = 0; r < best.length; r++) {
      int o = best[r];
      int d = s.occDoc[o];
      double score = Math.min(1.0, s.occScore[o]);
      double confidence = r == 0 ? confidence(score, Math.min(1.0, runnerUp)) : 0;
      if (r > 0) {
        confidence = Math.min(score, confidence(score, Math.min(1.0, s.occScore[best[0]])));
      }
      matches.add(
          new Classification.Match(
              r + 1,
              occupations[o].uri(),
              occupations[o].code(),
              occupations[o].label(lang),
              round(score),
              round(confidence),
              explain(d, o, norm, s, inv, q, qWord)));
    }
    // reset the scratch
    for (int i = 0; i < nt; i++) {
      int d = s.touched[i];
      s.words[d] = 0;
      s.grams[d] = 0;
      s.seen[d] = false;
    }
    for (int i = 0; i < no; i++) {
      s.occScore[s.occTouched[i]] = 0;
    }
    return new Classification(title, lang.code(), detected, norm, release, List.copyOf(matches));
  }

  /**
   * The score, lowered by how close the runner-up is: a title that fits two occupations equally is
   * not a confident coding.
   */
  static double confidence(double score, double other) {
    double margin = Math.max(0, score - other);
    return score * (0.75 + 0.25 * Math.min(1.0, margin / 0.1));
  }

  private void description(String description, Language lang, int[] candidates, Scratch s) {
    // The first words are all that count: fold no more text than they can take.
    String text =
        description.length() > MAX_DESCRIPTION_CHARS
            ? description.substring(0, MAX_DESCRIPTION_CHARS)
            : description;
    List<String> ws = TextAnalyzer.words(TextAnalyzer.foldPlain(text));
    int limit = Math.min(ws.size(), MAX_DESCRIPTION_WORDS);
    int nt = 0;
    for (int i = 0; i < limit; i++) {
      Integer t = termIds.get(TextAnalyzer.stem(ws.get(i), lang));
      if (t != null && termIdf[t] > 2.0 && !s.descTerm[t]) {
        s.descTerm[t] = true;
        s.descTouched[nt++] = t;
      }
    }
    if (nt > 0) {
      for (int o : candidates) {
        int[] ow = occWords[o];
        if (ow == null || occWordIdf[o] == 0) {
          continue;
        }
        double hit = 0;
        for (int t : ow) {
          if (s.descTerm[t]) {
            hit += termIdf[t];
          }
        }
        s.occScore[o] += (float) (tuning.descriptionWeight() * hit / occWordIdf[o]);
      }
    }
    for (int i = 0; i < nt; i++) {
      s.descTerm[s.descTouched[i]] = false;
    }
  }

  private boolean addTerm(
      Map<Integer, Double> q, Map<Integer, String> qWord, String term, String word, double w) {
    Integer id = termIds.get(term);
    if (id == null) {
      return false;
    }
    q.merge(id, w, Math::max);
    qWord.putIfAbsent(id, word);
    return true;
  }

  private Classification.Explanation explain(
      int d,
      int o,
      String norm,
      Scratch s,
      float inv,
      Map<Integer, Double> q,
      Map<Integer, String> qWord) {
    List<String> matched = new ArrayList<>();
    for (int t : q.keySet()) {
      if (Arrays.binarySearch(termDocs[t], d) >= 0) {
        String w = qWord.get(t);
        if (!matched.contains(w)) {
          matched.add(w);
        }
      }
    }
    int k = 0;
    for (int i = 0; i < docTargets[d].length; i++) {
      if (docTargets[d][i] == o) {
        k = i;
      }
    }
    OccupationVocabulary.Source source = OccupationVocabulary.Source.values()[docSource[d]];
    return new Classification.Explanation(
        docText[d],
        Language.values()[docLang[d]].code(),
        source.name(),
        source == OccupationVocabulary.Source.ROME_JOB_TITLE ? docSourceCode[d] : null,
        docRelation[d][k],
        docNorm[d].equals(norm) ? "exact" : "words+trigrams",
        round(Math.min(1.0, s.words[d] * inv)),
        round(s.grams[d]),
        List.copyOf(matched));
  }

  /** The k best ids by score, best first (a small min-heap; no boxing). */
  static int[] topK(float[] score, int[] ids, int n, int k) {
    int m = Math.min(k, n);
    int[] heap = new int[m];
    int size = 0;
    for (int i = 0; i < n; i++) {
      int id = ids[i];
      float v = score[id];
      if (size < m) {
        heap[size] = id;
        int c = size++;
        while (c > 0) {
          int p = (c - 1) >> 1;
          if (score[heap[p]] <= score[heap[c]]) {
            break;
          }
          int t = heap[p];
          heap[p] = heap[c];
          heap[c] = t;
          c = p;
        }
      } else if (m > 0 && v > score[heap[0]]) {
        heap[0] = id;
        int c = 0;
        while (true) {
          int l = 2 * c + 1;
          int r = l + 1;
          int smallest = c;
          if (l < size && score[heap[l]] < score[heap[smallest]]) {
            smallest = l;
          }
          if (r < size && score[heap[r]] < score[heap[smallest]]) {
            smallest = r;
          }
          if (smallest == c) {
            break;
          }
          int t = heap[smallest];
          heap[smallest] = heap[c];
          heap[c] = t;
          c = smallest;
        }
      }
    }
    int[] out = Arrays.copyOf(heap, size);
    // sort best first (size is small)
    for (int a = 1; a < size; a++) {
      int x = out[a];
      int b = a - 1;
      while (b >= 0 && score[out[b]] < score[x]) {
        out[b + 1] = out[b];
        b--;
      }
      out[b + 1] = x;
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
