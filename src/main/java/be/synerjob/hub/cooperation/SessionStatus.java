package be.synerjob.hub.cooperation;

/** Where a session stands. A cancelled session keeps its record (and its calendar entry). */
public enum SessionStatus {
  PLANNED,
  HELD,
  CANCELLED
}
