package be.synerjob.hub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks the matched words of a stored text: the text is analysed again with its field's analyzer
 * and every token whose term the query looked for is wrapped in {@code <mark>}; the rest is
 * HTML-escaped. A decompounded part marks its whole compound word.
 */
final class Highlights {

  private Highlights() {}

  /** The whole text with its matches marked, or null when nothing matched. */
  static String marked(Analyzer analyzer, String field, String text, Set<String> terms) {
    List<int[]> spans = spans(analyzer, field, text, terms);
    return spans.isEmpty() ? null : render(text, spans, 0, text.length());
  }

  /**
   * A fragment of about {@code size} characters around the first match, with its matches marked, or
   * null when nothing matched.
   */
  static String fragment(
      Analyzer analyzer, String field, String text, Set<String> terms, int size) {
    List<int[]> spans = spans(analyzer, field, text, terms);
    if (spans.isEmpty()) {
      return null;
    }
    int first = spans.get(0)[0];
    int from = Math.max(0, first - size / 3);
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    int to = Math.min(text.length(), from + size);
    while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
      to++;
    }
    String body = render(text, spans, from, to);
    return (from > 0 ? "… " : "") + body + (to < text.length() ? " …" : "");
  }

  private static List<int[]> spans(
      Analyzer analyzer, String field, String text, Set<String> terms) {
    List<int[]> out = new ArrayList<>();
    if (text == null || terms.isEmpty()) {
      return out;
    }
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (terms.contains(term.toString())) {
          int s = offset.startOffset();
          int e = offset.endOffset();
          if (!out.isEmpty() && out.get(out.size() - 1)[1] >= s) {
            int[] last = out.get(out.size() - 1);
            last[1] = Math.max(last[1], e);
          } else {
            out.add(new int[] {s, e});
          }
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String render(String text, List<int[]> spans, int from, int to) {
    StringBuilder b = new StringBuilder();
    int at = from;
    for (int[] s : spans) {
      if (s[1] <= from || s[0] >= to) {
        continue;
      }
      int start = Math.max(s[0], at);
      escape(b, text, at, start);
      b.append("<mark>");
      escape(b, text, start, Math.min(s[1], to));
      b.append("</mark>");
      at = Math.min(s[1], to);
    }
    escape(b, text, at, to);
    return b.toString();
  }

  private static void escape(StringBuilder b, String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
  }
}
