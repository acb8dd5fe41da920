package be.synerjob.hub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts, over every match of a query, the values of keyword fields indexed with sorted-set doc
 * values: one array of counters per segment and field, resolved to values once at the end (no
 * per-document string work).
 */
final class FacetCounter
    implements CollectorManager<FacetCounter.Counting, Map<String, Map<String, Long>>> {

  private final List<String> fields;

  FacetCounter(List<String> fields) {
    this.fields = fields;
  }

  @Override
  public Counting newCollector() {
    return new Counting();
  }

  @Override
  public Map<String, Map<String, Long>> reduce(Collection<Counting> collectors) throws IOException {
    Map<String, Map<String, Long>> out = new HashMap<>();
    for (String f : fields) {
      out.put(f, new HashMap<>());
    }
    for (Counting c : collectors) {
      for (Segment s : c.segments) {
        for (int i = 0; i < fields.size(); i++) {
          int[] counts = s.counts[i];
          if (counts == null) {
            continue;
          }
          SortedSetDocValues dv = DocValues.getSortedSet(s.context.reader(), fields.get(i));
          Map<String, Long> m = out.get(fields.get(i));
          for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0) {
              m.merge(dv.lookupOrd(ord).utf8ToString(), (long) counts[ord], Long::sum);
            }
          }
        }
      }
    }
    return out;
  }

  private record Segment(LeafReaderContext context, int[][] counts) {}

  final class Counting implements Collector {
    private final List<Segment> segments = new ArrayList<>();

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SortedSetDocValues[] dvs = new SortedSetDocValues[fields.size()];
      int[][] counts = new int[fields.size()][];
      for (int i = 0; i < dvs.length; i++) {
        SortedSetDocValues dv = context.reader().getSortedSetDocValues(fields.get(i));
        if (dv != null) {
          dvs[i] = dv;
          counts[i] = new int[(int) dv.getValueCount()];
        }
      }
      segments.add(new Segment(context, counts));
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          for (int i = 0; i < dvs.length; i++) {
            SortedSetDocValues dv = dvs[i];
            if (dv != null && dv.advanceExact(doc)) {
              int[] c = counts[i];
              for (int k = 0, n = dv.docValueCount(); k < n; k++) {
                c[(int) dv.nextOrd()]++;
              }
            }
          }
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
