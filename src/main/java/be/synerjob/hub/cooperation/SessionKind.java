package be.synerjob.hub.cooperation;

/** A meeting of the board of directors or of the general assembly. */
public enum SessionKind {
  BOARD,
  GENERAL_ASSEMBLY
}
