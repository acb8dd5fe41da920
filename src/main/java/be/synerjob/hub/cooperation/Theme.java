package be.synerjob.hub.cooperation;

import be.synerjob.hub.core.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A rolling-agenda theme: proposed for a session's vote, presented in depth by a member at a later
 * board session.
 *
 * @param titles its title in the languages it was given in (at least one)
 * @param proposedBy the member that proposed it (null for recorded history)
 * @param presenter the member presenting it in depth
 * @param voteSessionId the session whose vote it was proposed for (null for recorded history)
 * @param presentedSessionId the session it is (to be) presented at
 * @param presentedOn the day it was presented
 */
public record Theme(
    long id,
    Map<Language, String> titles,
    String proposedBy,
    String presenter,
    Long voteSessionId,
    Long presentedSessionId,
    LocalDate presentedOn,
    ThemeStatus status,
    boolean illustrative) {

  private static final List<Language> FALLBACK =
      List.of(Language.EN, Language.FR, Language.NL, Language.DE);

  /** Its title in a language, or in the first language it exists in (EN, FR, NL, DE). */
  public String title(Language language) {
    String t = titles.get(language);
    if (t != null) {
      return t;
    }
    for (Language l : FALLBACK) {
      if (titles.get(l) != null) {
        return titles.get(l);
      }
    }
    return "";
  }
}
