package be.synerjob.hub.cooperation;

/**
 * A rolling-agenda theme: {@link #PROPOSED} for a session's vote; {@link #CHOSEN} by the vote (to
 * be presented in depth at a next board session); {@link #NOT_CHOSEN} when another theme won;
 * {@link #PRESENTED} once the session that presented it is held.
 */
public enum ThemeStatus {
  PROPOSED,
  CHOSEN,
  NOT_CHOSEN,
  PRESENTED
}
