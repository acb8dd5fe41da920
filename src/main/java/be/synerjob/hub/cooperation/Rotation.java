package be.synerjob.hub.cooperation;

import be.synerjob.hub.core.MemberCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rotation of the members presenting their current projects at board sessions. The order is
 * configured ({@code hub.cooperation.rotation.order}, by default VDAB, FOREM, ACTIRIS, BF, ADG, the
 * order of the members' table); members listed in {@code hub.cooperation.rotation.skip} are passed
 * over. The next presenter is the first member after the last presenter in that order (wrapping
 * around) that is not skipped; with no last presenter, or one no longer in the order, the first one
 * that is not skipped. Only board sessions that were not cancelled count, so a cancelled session's
 * presenter presents at the next one.
 */
public record Rotation(List<MemberCode> order, Set<MemberCode> skip) {

  public Rotation {
    order = List.copyOf(new LinkedHashSet<>(order));
    skip = Set.copyOf(skip);
    if (order.stream().allMatch(skip::contains)) {
      throw new IllegalArgumentException(
          "The rotation skips every member of its order " + order + ": nobody could present");
    }
  }

  /** The member presenting after {@code last} (null: nobody presented yet). */
  public MemberCode next(MemberCode last) {
    int start = last == null ? -1 : order.indexOf(last);
    for (int i = 1; i <= order.size(); i++) {
      MemberCode candidate = order.get(Math.floorMod(start + i, order.size()));
      if (!skip.contains(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("unreachable: the constructor checks one member is left");
  }

  /** The next {@code count} presenters after {@code last}. */
  public List<MemberCode> upcoming(MemberCode last, int count) {
    List<MemberCode> out = new ArrayList<>();
    MemberCode m = last;
    for (int i = 0; i < count; i++) {
      m = next(m);
      out.add(m);
    }
    return out;
  }
}
