package be.synerjob.hub.matching;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.Multilingual;
import java.util.Map;

/** Names of contract types and work regimes in the four languages. */
final class Labels {

  private Labels() {}

  private static final Map<String, Multilingual> CONTRACTS =
      Map.of(
          "PERMANENT",
          new Multilingual("vast contract", "CDI", "unbefristeter Vertrag", "permanent"),
          "FIXED_TERM",
          new Multilingual("bepaalde duur", "CDD", "befristeter Vertrag", "fixed term"),
          "TEMPORARY_AGENCY",
          new Multilingual("uitzendarbeid", "intérim", "Leiharbeit", "temporary agency work"),
          "REPLACEMENT",
          new Multilingual(
              "vervangingscontract", "contrat de remplacement", "Vertretung", "replacement"),
          "STUDENT",
          new Multilingual("studentenjob", "job étudiant", "Studentenjob", "student job"),
          "APPRENTICESHIP",
          new Multilingual(
              "opleiding op de werkvloer",
              "formation en entreprise",
              "Ausbildung",
              "apprenticeship"),
          "SEASONAL",
          new Multilingual("seizoenswerk", "travail saisonnier", "Saisonarbeit", "seasonal work"),
          "FREELANCE",
          new Multilingual("freelance", "indépendant", "freiberuflich", "freelance"),
          "FLEXI_JOB",
          new Multilingual("flexi-job", "flexi-job", "Flexi-Job", "flexi-job"));

  private static final Map<String, Multilingual> REGIMES =
      Map.of(
          "FULL_TIME",
          new Multilingual("voltijds", "temps plein", "Vollzeit", "full time"),
          "PART_TIME",
          new Multilingual("deeltijds", "temps partiel", "Teilzeit", "part time"),
          "FULL_OR_PART_TIME",
          new Multilingual(
              "voltijds of deeltijds",
              "temps plein ou partiel",
              "Voll- oder Teilzeit",
              "full or part time"));

  static String contract(String code, Language lang) {
    Multilingual m = CONTRACTS.get(code);
    return m == null ? code : m.in(lang);
  }

  static String regime(String code, Language lang) {
    Multilingual m = REGIMES.get(code);
    return m == null ? code : m.in(lang);
  }
}
