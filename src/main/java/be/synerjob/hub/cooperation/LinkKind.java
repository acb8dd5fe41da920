package be.synerjob.hub.cooperation;

/** Where a working group's link points: a console page, an API resource, or an outside address. */
public enum LinkKind {
  CONSOLE,
  API,
  EXTERNAL
}
