package be.synerjob.hub.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Statistical disclosure control of counts. Primary: a count from 1 to {@code threshold - 1} is
 * confidential ({@code C}). Secondary: a total and its breakdown along one additive dimension form
 * an equation (total = sum of the cells); where exactly one of its terms is hidden it could be
 * recovered by subtraction, so the smallest other non-zero term is hidden too ({@code D}), repeated
 * until no equation has a single hidden term. Relations this does not see (between months and their
 * year, between postings and unique vacancies, between statistics) are documented in {@code
 * docs/statistics.md}.
 */
final class Suppression {

  private Suppression() {}

  /** One cell: its series and value. */
  record Cell(Map<Dimension, String> series, long value) {}

  /**
   * The confidentiality status of each cell of one table (one statistic, institution and period):
   * {@code F} free, {@code C} primary, {@code D} secondary.
   */
  static char[] apply(List<Cell> cells, List<Dimension> dimensions, long threshold) {
    char[] status = new char[cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      long v = cells.get(i).value();
      status[i] = v > 0 && v < threshold ? 'C' : 'F';
    }
    if (threshold <= 1) {
      return status;
    }
    Map<Map<Dimension, String>, Integer> index = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      index.put(cells.get(i).series(), i);
    }
    // the equations: parent index followed by its children's, per additive dimension
    List<List<Integer>> equations = new ArrayList<>();
    for (Dimension d : dimensions) {
      if (!d.additive()) {
        continue;
      }
      Map<Map<Dimension, String>, List<Integer>> groups = new HashMap<>();
      for (int i = 0; i < cells.size(); i++) {
        Map<Dimension, String> s = cells.get(i).series();
        String code = s.get(d);
        if (code == null || code.equals(Dimension.TOTAL)) {
          continue;
        }
        Map<Dimension, String> parent = new EnumMap<>(Dimension.class);
        parent.putAll(s);
        parent.put(d, Dimension.TOTAL);
        groups.computeIfAbsent(parent, k -> new ArrayList<>()).add(i);
      }
      for (var g : groups.entrySet()) {
        Integer p = index.get(g.getKey());
        if (p == null) {
          continue;
        }
        List<Integer> eq = new ArrayList<>();
        eq.add(p);
        eq.addAll(g.getValue());
        equations.add(eq);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (List<Integer> eq : equations) {
        int hidden = 0;
        for (int i : eq) {
          if (status[i] != 'F') {
            hidden++;
          }
        }
        if (hidden != 1) {
          continue;
        }
        int pick = -1;
        // prefer a cell of the breakdown, the smallest non-zero; the total only when none is left
        for (int j = 1; j < eq.size(); j++) {
          int i = eq.get(j);
          if (status[i] == 'F'
              && cells.get(i).value() > 0
              && (pick < 0 || cells.get(i).value() < cells.get(pick).value())) {
            pick = i;
          }
        }
        if (pick < 0 && status[eq.get(0)] == 'F') {
          pick = eq.get(0);
        }
        if (pick >= 0) {
          status[pick] = 'D';
          changed = true;
        }
      }
    }
    return status;
  }
}
