package be.synerjob.hub.matching;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.Multilingual;
import java.util.Locale;
import java.util.Map;

/**
 * The reasons a match carries, each with its sentence in the four languages. Placeholders name the
 * reason's parameters; {@code {languageName}} is the language's name in the reader's language.
 */
enum ReasonCode {
  OCCUPATION_SAME(
      true,
      "zelfde beroep als gewenst: {label}",
      "même métier que souhaité : {label}",
      "gleicher Beruf wie gewünscht: {label}",
      "same occupation as wished: {label}"),
  OCCUPATION_RELATED_SKILLS(
      true,
      "verwant beroep ({label}): {shared} van {of} essentiële vaardigheden gemeenschappelijk met {wishedLabel}",
      "métier proche ({label}) : {shared} compétences essentielles sur {of} en commun avec {wishedLabel}",
      "verwandter Beruf ({label}): {shared} von {of} wesentlichen Fertigkeiten gemeinsam mit {wishedLabel}",
      "related occupation ({label}): shares {shared} of {of} essential skills with {wishedLabel}"),
  OCCUPATION_RELATED_MOBILITY(
      true,
      "verwant beroep ({label}): ROME-mobiliteit vanuit {wishedLabel}",
      "métier proche ({label}) : mobilité ROME depuis {wishedLabel}",
      "verwandter Beruf ({label}): ROME-Mobilität von {wishedLabel}",
      "related occupation ({label}): ROME mobility from {wishedLabel}"),
  SKILLS_ESSENTIAL(
      true,
      "heeft {has} van {of} essentiële vaardigheden",
      "possède {has} compétences essentielles sur {of}",
      "hat {has} von {of} wesentlichen Fertigkeiten",
      "has {has} of {of} essential skills"),
  SKILLS_ESSENTIAL_MISSING(
      false,
      "heeft slechts {has} van {of} essentiële vaardigheden",
      "ne possède que {has} compétences essentielles sur {of}",
      "hat nur {has} von {of} wesentlichen Fertigkeiten",
      "has only {has} of {of} essential skills"),
  SKILLS_OPTIONAL(
      true,
      "heeft {has} van {of} optionele vaardigheden",
      "possède {has} compétences optionnelles sur {of}",
      "hat {has} von {of} optionalen Fertigkeiten",
      "has {has} of {of} optional skills"),
  SKILLS_UNKNOWN(
      false,
      "het profiel vermeldt geen vaardigheden om te vergelijken",
      "le profil ne mentionne aucune compétence à comparer",
      "das Profil nennt keine Fertigkeiten zum Vergleich",
      "the profile lists no skills to compare"),
  LANGUAGE_OK(
      true,
      "{languageName} {required} vereist, heeft {has}",
      "{languageName} {required} exigé, a {has}",
      "{languageName} {required} verlangt, hat {has}",
      "{languageName} {required} required, has {has}"),
  LANGUAGE_TOO_WEAK(
      false,
      "vereist {languageName} {required}, heeft {has}",
      "exige {languageName} {required}, a {has}",
      "verlangt {languageName} {required}, hat {has}",
      "needs {languageName} {required}, has {has}"),
  LANGUAGE_MISSING(
      false,
      "vereist {languageName} {required}, niet in het profiel",
      "exige {languageName} {required}, absent du profil",
      "verlangt {languageName} {required}, nicht im Profil",
      "needs {languageName} {required}, not in the profile"),
  DISTANCE(
      true,
      "{km} km, limiet {limit}",
      "{km} km, limite {limit}",
      "{km} km, Grenze {limit}",
      "{km} km, limit {limit}"),
  TOO_FAR(
      false,
      "{km} km, voorbij de limiet van {limit}",
      "{km} km, au-delà de la limite de {limit}",
      "{km} km, über der Grenze von {limit}",
      "{km} km, beyond the limit of {limit}"),
  LICENCE_OK(
      true,
      "rijbewijs {licence} aanwezig",
      "permis {licence} présent",
      "Führerschein {licence} vorhanden",
      "has driving licence {licence}"),
  LICENCE_MISSING(
      false,
      "vereist rijbewijs {licence}",
      "exige le permis {licence}",
      "verlangt Führerschein {licence}",
      "needs driving licence {licence}"),
  CONTRACT_OK(
      true,
      "contract zoals gewenst: {contractName}",
      "contrat souhaité : {contractName}",
      "Vertrag wie gewünscht: {contractName}",
      "contract as wished: {contractName}"),
  CONTRACT_NOT_WISHED(
      false,
      "contract niet gewenst: {contractName}",
      "contrat non souhaité : {contractName}",
      "Vertrag nicht gewünscht: {contractName}",
      "contract not wished: {contractName}"),
  REGIME_OK(
      true,
      "arbeidsregime zoals gewenst: {regimeName}",
      "régime souhaité : {regimeName}",
      "Arbeitszeit wie gewünscht: {regimeName}",
      "work regime as wished: {regimeName}"),
  REGIME_NOT_WISHED(
      false,
      "arbeidsregime niet gewenst: {regimeName}",
      "régime non souhaité : {regimeName}",
      "Arbeitszeit nicht gewünscht: {regimeName}",
      "work regime not wished: {regimeName}");

  private final boolean fits;
  private final Multilingual template;

  ReasonCode(boolean fits, String nl, String fr, String de, String en) {
    this.fits = fits;
    this.template = new Multilingual(nl, fr, de, en);
  }

  boolean fits() {
    return fits;
  }

  /** The reason with its sentence in {@code lang}. */
  MatchReason reason(Map<String, Object> params, Language lang) {
    return new MatchReason(name(), fits, params, render(template.in(lang), params, lang));
  }

  static String render(String template, Map<String, Object> params, Language lang) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      out.append(template, i, open);
      String name = template.substring(open + 1, close);
      out.append(value(name, params, lang));
      i = close + 1;
    }
    return out.toString();
  }

  private static String value(String name, Map<String, Object> params, Language lang) {
    switch (name) {
      case "languageName":
        return languageName(String.valueOf(params.get("language")), lang);
      case "contractName":
        return Labels.contract(String.valueOf(params.get("contract")), lang);
      case "regimeName":
        return Labels.regime(String.valueOf(params.get("regime")), lang);
      default:
        Object v = params.get(name);
        return v == null ? "?" : String.valueOf(v);
    }
  }

  /** The name of an ISO 639-1 language in the reader's language ("Dutch", "néerlandais"). */
  static String languageName(String code, Language lang) {
    Locale l = Locale.forLanguageTag(code);
    String name = l.getDisplayLanguage(lang.locale());
    return name.isEmpty() || name.equalsIgnoreCase(code) ? code : name;
  }
}
