package be.synerjob.hub.cooperation;

import be.synerjob.hub.core.MemberCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a session's theme vote. Each member has one vote among the themes proposed for the
 * session. The theme with the most votes wins. A tie is broken, in this order: (1) the chair's vote
 * — the member whose representative holds the PRESIDENT mandate on the session's date — when the
 * chair voted for one of the tied themes; (2) otherwise the tied theme proposed first (lowest
 * proposal number). No vote cast: no outcome.
 */
public final class ThemeVote {

  private ThemeVote() {}

  /** How the outcome was reached. */
  public enum Rule {
    MAJORITY,
    TIE_CHAIR,
    TIE_EARLIEST_PROPOSAL,
    NO_VOTES
  }

  /**
   * The outcome: the winning theme (null when no vote was cast), the rule, and the votes per theme
   * in proposal order.
   */
  public record Outcome(Long winner, Rule rule, Map<Long, Integer> counts, List<Long> tied) {}

  /**
   * @param proposals theme ids in proposal order (earliest first)
   * @param votes each voting member's theme
   * @param chair the member of the president on the session's date, or null
   */
  public static Outcome decide(
      List<Long> proposals, Map<MemberCode, Long> votes, MemberCode chair) {
    Map<Long, Integer> counts = new LinkedHashMap<>();
    for (Long p : proposals) {
      counts.put(p, 0);
    }
    for (var v : votes.entrySet()) {
      if (!counts.containsKey(v.getValue())) {
        throw new IllegalArgumentException(
            v.getKey() + " voted for theme " + v.getValue() + ", which was not proposed");
      }
      counts.merge(v.getValue(), 1, Integer::sum);
    }
    int max = counts.values().stream().max(Comparator.naturalOrder()).orElse(0);
    if (max == 0) {
      return new Outcome(null, Rule.NO_VOTES, counts, List.of());
    }
    List<Long> top = new ArrayList<>();
    counts.forEach(
        (theme, n) -> {
          if (n == max) {
            top.add(theme);
          }
        });
    if (top.size() == 1) {
      return new Outcome(top.get(0), Rule.MAJORITY, counts, List.of());
    }
    Long chairVote = chair == null ? null : votes.get(chair);
    if (chairVote != null && top.contains(chairVote)) {
      return new Outcome(chairVote, Rule.TIE_CHAIR, counts, List.copyOf(top));
    }
    return new Outcome(top.get(0), Rule.TIE_EARLIEST_PROPOSAL, counts, List.copyOf(top));
  }
}
