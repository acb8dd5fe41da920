package be.synerjob.hub.reference;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.reference.ReferenceModel.Node;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;

/**
 * Autocomplete over every label (preferred and alternative, all four languages) of every active
 * concept of every scheme, in a Lucene index held in memory (rebuilt as a whole when the reference
 * changes, so no refresh machinery is needed). One document per label.
 *
 * <p>Analysis: standard tokenizer, French elision ({@code l'}, {@code d'}), lower case, ASCII
 * folding ({@code é} → {@code e}), apostrophes removed. Every query token must be the prefix of a
 * word of the label ("vrachtw" finds "vrachtwagenchauffeur"; a prefix query walks the term
 * dictionary, no n-grams needed, which keeps the index small and quick to build). STACK.md: the
 * French stemming analyzer found nothing for "écol", hence this light chain. Ranking (constant
 * scores, summed): the whole label equals the query (+5), starts with it (+3), preferred label
 * (+2), each query token that is a whole word (+1); then shorter labels first. Typos: when exact
 * prefixes give fewer results than asked, a token of 4+ characters may also match a word starting
 * with something one edit away (Damerau: "souderu" → "soudeur", "lasr" → "lasser"), first letter
 * fixed; these rank after the exact ones.
 */
final class SuggestIndex {

  private static final int MAX_TOKENS = 8;

  /** One suggestion before it becomes API output. */
  record Hit(Node node, String label, Language language, boolean preferred, boolean fuzzy) {}

  private final ByteBuffersDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final List<Node> nodesById;
  private static final Analyzer WORDS = words();
  private final int documents;

  private SuggestIndex(
      ByteBuffersDirectory directory, DirectoryReader reader, List<Node> nodes, int documents) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.searcher.setQueryCache(null); // every query differs; caching costs more than it saves
    this.nodesById = nodes;
    this.documents = documents;
  }

  int documents() {
    return documents;
  }

  /** The index's size in memory. */
  long bytes() {
    long sum = 0;
    try {
      for (String f : directory.listAll()) {
        sum += directory.fileLength(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sum;
  }

  /** Indexes the labels of the model's active concepts. Cost: a few seconds for 300,000 labels. */
  static SuggestIndex build(ReferenceModel model) {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    Analyzer index = WORDS;
    int maxId = 0;
    for (Node n : model.nodes) {
      maxId = Math.max(maxId, n.id);
    }
    List<Node> byId = new ArrayList<>(maxId + 1);
    for (int i = 0; i <= maxId; i++) {
      byId.add(null);
    }
    IndexWriterConfig config = new IndexWriterConfig(index);
    config.setRAMBufferSizeMB(48);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    List<Node> indexed = new ArrayList<>();
    for (Node n : model.nodes) {
      if (n.active() && SuggestType.of(n.scheme, n.kind).isPresent()) {
        byId.set(n.id, n);
        indexed.add(n);
      }
    }
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "reference-index");
              t.setDaemon(true);
              return t;
            });
    int docs = 0;
    try (IndexWriter w = new IndexWriter(dir, config)) {
      List<Future<Integer>> parts = new ArrayList<>();
      for (int p = 0; p < threads; p++) {
        int part = p;
        parts.add(
            pool.submit(
                () -> {
                  int count = 0;
                  for (int i = part; i < indexed.size(); i += threads) {
                    count += index(w, indexed.get(i));
                  }
                  return count;
                }));
      }
      for (Future<Integer> f : parts) {
        docs += f.get();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while indexing", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("indexing failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    try {
      return new SuggestIndex(dir, DirectoryReader.open(dir), byId, docs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds one document per distinct label of the concept; returns how many. */
  private static int index(IndexWriter w, Node n) throws IOException {
    SuggestType type = SuggestType.of(n.scheme, n.kind).orElseThrow();
    int docs = 0;
    for (Language l : ReferenceModel.LANGUAGES) {
      ReferenceModel.LangLabels ll = n.labels(l);
      if (ll == null) {
        continue;
      }
      Set<String> done = new HashSet<>();
      if (ll.pref != null && done.add(ll.pref)) {
        w.addDocument(doc(n, type, l, ll.pref, true));
        docs++;
      }
      for (String alt : ll.alts) {
        if (done.add(alt)) {
          w.addDocument(doc(n, type, l, alt, false));
          docs++;
        }
      }
    }
    return docs;
  }

  private static Document doc(Node n, SuggestType type, Language l, String label, boolean pref) {
    Document d = new Document();
    d.add(new StoredField("node", n.id));
    d.add(new StoredField("label", label));
    d.add(new StringField("lang", l.code(), Field.Store.YES));
    d.add(new StringField("type", type.code(), Field.Store.NO));
    d.add(new StringField("pref", pref ? "1" : "0", Field.Store.YES));
    d.add(new TextField("words", label, Field.Store.NO));
    d.add(new StringField("exact", fold(label), Field.Store.NO));
    d.add(new NumericDocValuesField("len", label.length()));
    d.add(new NumericDocValuesField("id", n.id));
    return d;
  }

  /**
   * The best {@code limit} concepts for the query, each with the label that matched best. Cost: one
   * or two Lucene searches over the label index (typically well under a millisecond).
   */
  List<Hit> search(String query, Language lang, Set<SuggestType> types, int limit) {
    List<String> tokens = tokens(WORDS, query);
    if (tokens.isEmpty() || limit <= 0) {
      return List.of();
    }
    if (tokens.size() > MAX_TOKENS) {
      tokens = tokens.subList(0, MAX_TOKENS);
    }
    String wholeQuery = fold(query);
    List<Hit> hits = new ArrayList<>();
    Set<Node> seen = new HashSet<>();
    collect(build(tokens, wholeQuery, lang, types, false), limit, false, hits, seen);
    if (hits.size() < limit && tokens.stream().anyMatch(t -> t.length() >= 4)) {
      collect(build(tokens, wholeQuery, lang, types, true), limit, true, hits, seen);
    }
    return hits;
  }

  private Query build(
      List<String> tokens, String whole, Language lang, Set<SuggestType> types, boolean fuzzy) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : tokens) {
      Query prefix = new ConstantScoreQuery(new PrefixQuery(new Term("words", t)));
      if (fuzzy && t.length() >= 4) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(prefix, Occur.SHOULD);
        either.add(new ConstantScoreQuery(fuzzyPrefix(t)), Occur.SHOULD);
        b.add(new ConstantScoreQuery(either.build()), Occur.MUST);
      } else {
        b.add(prefix, Occur.MUST);
      }
      b.add(
          new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("words", t))), 1f),
          Occur.SHOULD);
    }
    if (!whole.isEmpty()) {
      b.add(
          new BoostQuery(new ConstantScoreQuery(new PrefixQuery(new Term("exact", whole))), 3f),
          Occur.SHOULD);
      b.add(
          new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("exact", whole))), 5f),
          Occur.SHOULD);
    }
    b.add(
        new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("pref", "1"))), 2f),
        Occur.SHOULD);
    if (lang != null) {
      b.add(new TermQuery(new Term("lang", lang.code())), Occur.FILTER);
    }
    if (types != null && !types.isEmpty() && types.size() < SuggestType.values().length) {
      BooleanQuery.Builder t = new BooleanQuery.Builder();
      for (SuggestType type : types) {
        t.add(new TermQuery(new Term("type", type.code())), Occur.SHOULD);
      }
      b.add(t.build(), Occur.FILTER);
    }
    return b.build();
  }

  /**
   * Words that start with something one edit (insertion, deletion, substitution or transposition)
   * away from the token, whose first letter is the token's: a Levenshtein automaton followed by any
   * suffix, intersected with the term dictionary (no scan of the terms).
   */
  private static Query fuzzyPrefix(String token) {
    Automaton lev = new LevenshteinAutomata(token.substring(1), true).toAutomaton(1);
    Automaton a =
        Operations.concatenate(
            List.of(Automata.makeString(token.substring(0, 1)), lev, Automata.makeAnyString()));
    a = Operations.determinize(a, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
    return new AutomatonQuery(new Term("words", token + "~"), a);
  }

  private static final Sort SORT =
      new Sort(
          SortField.FIELD_SCORE,
          new SortField("len", SortField.Type.INT),
          new SortField("id", SortField.Type.INT));

  private void collect(Query q, int limit, boolean fuzzy, List<Hit> hits, Set<Node> seen) {
    try {
      int n = Math.max(limit * 4, 20);
      while (true) {
        TopDocs top = searcher.search(q, n, SORT, true);
        StoredFields stored = searcher.storedFields();
        int before = hits.size();
        List<Hit> found = new ArrayList<>();
        Set<Node> local = new HashSet<>(seen);
        for (ScoreDoc sd : top.scoreDocs) {
          Document d = stored.document(sd.doc);
          Node node = nodesById.get(d.getField("node").numericValue().intValue());
          if (local.add(node)) {
            found.add(
                new Hit(
                    node,
                    d.get("label"),
                    Language.parse(d.get("lang")).orElse(Language.EN),
                    "1".equals(d.get("pref")),
                    fuzzy));
            if (before + found.size() >= limit) {
              break;
            }
          }
        }
        boolean exhausted = top.scoreDocs.length < n || top.totalHits.value <= n;
        if (before + found.size() >= limit || exhausted || n >= 5000) {
          for (Hit h : found) {
            seen.add(h.node());
            hits.add(h);
          }
          return;
        }
        n *= 4;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> tokens(Analyzer a, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("q", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() > 0) {
          out.add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Folds a whole text the way the {@code exact} field holds it: lower case, no accents (ASCII
   * folding), no apostrophes, runs of white space as one space, trimmed. Plain Java, no analyzer.
   */
  static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    char[] in = lower.toCharArray();
    char[] out = new char[in.length * 4];
    int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    StringBuilder sb = new StringBuilder(n);
    boolean space = true;
    for (int i = 0; i < n; i++) {
      char c = out[i];
      if (c == '\'' || c == '’' || c == '`') {
        continue;
      }
      if (Character.isWhitespace(c)) {
        if (!space) {
          sb.append(' ');
          space = true;
        }
      } else {
        sb.append(c);
        space = false;
      }
    }
    int len = sb.length();
    if (len > 0 && sb.charAt(len - 1) == ' ') {
      sb.setLength(len - 1);
    }
    return sb.toString();
  }

  /** Words: standard tokens, elision, lower case, ASCII folding, no apostrophes. */
  static Analyzer words() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer src = new StandardTokenizer();
        TokenStream ts = new ElisionFilter(src, ELISIONS);
        ts = new LowerCaseFilter(ts);
        ts = new ASCIIFoldingFilter(ts);
        ts = new ApostropheFilter(ts);
        return new TokenStreamComponents(src, ts);
      }
    };
  }

  private static final CharArraySet ELISIONS = FrenchAnalyzer.DEFAULT_ARTICLES;

  /** Removes apostrophes left inside tokens ("driver's" → "drivers") after elision. */
  private static final class ApostropheFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ApostropheFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      char[] b = term.buffer();
      int len = term.length();
      int w = 0;
      for (int r = 0; r < len; r++) {
        char c = b[r];
        if (c != '\'' && c != '’' && c != '`') {
          b[w++] = c;
        }
      }
      term.setLength(w);
      return true;
    }
  }
}
