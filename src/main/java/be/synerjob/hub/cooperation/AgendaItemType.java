package be.synerjob.hub.cooperation;

/** The kinds of agenda items; their titles exist in the four languages. */
public enum AgendaItemType {
  OPENING,
  MINUTES,
  CURRENT_PROJECTS,
  IN_DEPTH_THEME,
  WORKING_GROUP_REPORTS,
  THEME_VOTE,
  ANNUAL_ACCOUNTS,
  BUDGET,
  DISCHARGE,
  APPOINTMENTS,
  ANY_OTHER_BUSINESS,
  OTHER
}
