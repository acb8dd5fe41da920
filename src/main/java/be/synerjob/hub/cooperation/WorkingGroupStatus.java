package be.synerjob.hub.cooperation;

import java.util.Set;

/**
 * A working group's status. Transitions: ACTIVE → SUSPENDED or CLOSED; SUSPENDED → ACTIVE or
 * CLOSED; CLOSED is final (the board mandates a new group instead, so a closed group's history,
 * experts and reports stay as they were when it closed). Every change needs a reason and is kept.
 */
public enum WorkingGroupStatus {
  ACTIVE,
  SUSPENDED,
  CLOSED;

  public Set<WorkingGroupStatus> next() {
    return switch (this) {
      case ACTIVE -> Set.of(SUSPENDED, CLOSED);
      case SUSPENDED -> Set.of(ACTIVE, CLOSED);
      case CLOSED -> Set.of();
    };
  }

  public boolean canMoveTo(WorkingGroupStatus to) {
    return next().contains(to);
  }
}
