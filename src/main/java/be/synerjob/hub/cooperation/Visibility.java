package be.synerjob.hub.cooperation;

/**
 * Who may see a session or a document: {@link #PUBLIC} anyone (also without a key, in the public
 * calendar and pages); {@link #INTERNAL} only the members' staff (a member's API key, a logged-in
 * member user) and the secretariat.
 */
public enum Visibility {
  PUBLIC,
  INTERNAL
}
