package be.synerjob.hub.organisation;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import java.util.List;
import java.util.Map;

/**
 * A member service of Synerjob.
 *
 * @param names official name per language
 * @param languages ISO 639-1 codes of the languages it works in, main language first
 * @param territory the regions it serves
 * @param territoryNames its territory described per language
 */
public record Member(
    MemberCode code,
    String shortName,
    Map<Language, String> names,
    List<String> languages,
    List<Region> territory,
    Map<Language, String> territoryNames,
    boolean employment,
    boolean training) {

  public String name(Language language) {
    return names.get(language);
  }

  /** The language a member writes its vacancies in by default. */
  public String mainLanguage() {
    return languages.get(0);
  }
}
