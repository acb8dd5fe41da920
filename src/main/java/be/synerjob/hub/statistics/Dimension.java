package be.synerjob.hub.statistics;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.Multilingual;
import be.synerjob.hub.core.Region;
import be.synerjob.hub.geo.Province;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A breakdown dimension of the statistics with its code list. {@code _T} is the total over the
 * dimension, {@code _U} an unknown or unclassified value (SDMX conventions); every code has a label
 * in the four languages.
 */
public enum Dimension {
  INSTITUTION(
      ml("Instelling", "Institution", "Einrichtung", "Institution"), false, members(), false),
  MEMBER(
      ml(
          "Publicerende dienst",
          "Service publiant",
          "Veröffentlichender Dienst",
          "Publishing service"),
      true,
      members(),
      false),
  SOURCE(ml("Bron", "Source", "Quelle", "Source"), true, members(), false),
  RECIPIENT(ml("Ontvanger", "Destinataire", "Empfänger", "Recipient"), true, members(), false),
  REGION(ml("Gewest", "Région", "Region", "Region"), true, regions(), true),
  PROVINCE(ml("Provincie", "Province", "Provinz", "Province"), true, provinces(), true),
  ORIGIN_REGION(
      ml("Gewest van herkomst", "Région d'origine", "Herkunftsregion", "Region of origin"),
      true,
      regions(),
      true),
  DESTINATION_REGION(
      ml("Gewest van bestemming", "Région de destination", "Zielregion", "Region of destination"),
      true,
      regions(),
      true),
  ISCO(
      ml(
          "ISCO-08-hoofdgroep",
          "Grand groupe CITP-08",
          "ISCO-08-Berufshauptgruppe",
          "ISCO-08 major group"),
      true,
      isco(),
      true),
  CONTRACT(
      ml("Contracttype", "Type de contrat", "Vertragsart", "Contract type"),
      true,
      contracts(),
      true),
  REGIME(
      ml("Arbeidsregime", "Régime de travail", "Arbeitszeitregelung", "Work regime"),
      true,
      regimes(),
      true),
  MEASURE(ml("Maatstaf", "Mesure", "Maß", "Measure"), false, measures(), false),
  SEX(ml("Geslacht", "Sexe", "Geschlecht", "Sex"), true, sexes(), true),
  AGE(ml("Leeftijdsklasse", "Classe d'âge", "Altersklasse", "Age band"), true, ages(), true),
  EDUCATION(
      ml("Studieniveau", "Niveau d'études", "Bildungsniveau", "Education level"),
      true,
      education(),
      true),
  DURATION(
      ml(
          "Duur van de werkloosheid",
          "Durée d'inoccupation",
          "Dauer der Arbeitslosigkeit",
          "Duration of unemployment"),
      true,
      durations(),
      true),
  TRAINING_TYPE(
      ml("Soort opleiding", "Type de formation", "Ausbildungsart", "Type of training"),
      true,
      trainingTypes(),
      true);

  /** The total over a dimension. */
  public static final String TOTAL = "_T";

  /** Unknown or not classified. */
  public static final String UNKNOWN = "_U";

  private final Multilingual label;
  private final boolean additive;
  private final Map<String, Multilingual> codes;
  private final boolean unknownAllowed;

  Dimension(
      Multilingual label,
      boolean additive,
      Map<String, Multilingual> codes,
      boolean unknownAllowed) {
    this.label = label;
    this.additive = additive;
    Map<String, Multilingual> all = new LinkedHashMap<>(codes);
    if (additive) {
      all.put(TOTAL, ml("Totaal", "Total", "Insgesamt", "Total"));
    }
    if (unknownAllowed) {
      all.put(UNKNOWN, ml("Onbekend", "Inconnu", "Unbekannt", "Unknown"));
    }
    this.codes = Collections.unmodifiableMap(all);
    this.unknownAllowed = unknownAllowed;
  }

  public String label(Language language) {
    return label.in(language);
  }

  /**
   * Whether a total {@code _T} exists and equals the sum of the dimension's other codes (members,
   * regions, sexes…); not for the measure (postings and unique vacancies do not add up).
   */
  public boolean additive() {
    return additive;
  }

  public boolean unknownAllowed() {
    return unknownAllowed;
  }

  /** Every valid code with its labels, in publication order (totals and unknown last). */
  public Map<String, Multilingual> codes() {
    return codes;
  }

  public boolean valid(String code) {
    return codes.containsKey(code);
  }

  public String codeLabel(String code, Language language) {
    Multilingual m = codes.get(code);
    return m == null ? code : m.in(language);
  }

  public static Optional<Dimension> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String v = s.trim().toUpperCase(java.util.Locale.ROOT);
    for (Dimension d : values()) {
      if (d.name().equals(v)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  static Multilingual ml(String nl, String fr, String de, String en) {
    return new Multilingual(nl, fr, de, en);
  }

  private static Map<String, Multilingual> members() {
    Map<String, Multilingual> m = new LinkedHashMap<>();
    m.put("VDAB", ml("VDAB", "VDAB", "VDAB", "VDAB"));
    m.put("FOREM", ml("Le Forem", "Le Forem", "Le Forem", "Le Forem"));
    m.put("ACTIRIS", ml("Actiris", "Actiris", "Actiris", "Actiris"));
    m.put(
        "BF",
        ml(
            "Bruxelles Formation",
            "Bruxelles Formation",
            "Bruxelles Formation",
            "Bruxelles Formation"));
    m.put("ADG", ml("ADG", "ADG", "ADG", "ADG"));
    return m;
  }

  private static Map<String, Multilingual> regions() {
    Map<String, Multilingual> m = new LinkedHashMap<>();
    for (Region r : Region.values()) {
      m.put(
          r.code(),
          ml(
              r.label(Language.NL),
              r.label(Language.FR),
              r.label(Language.DE),
              r.label(Language.EN)));
    }
    m.put("ABROAD", ml("Buitenland", "Étranger", "Ausland", "Abroad"));
    return m;
  }

  private static Map<String, Multilingual> provinces() {
    Map<String, Multilingual> m = new LinkedHashMap<>();
    for (Province p : Province.values()) {
      m.put(
          p.isoCode(),
          ml(
              p.label(Language.NL),
              p.label(Language.FR),
              p.label(Language.DE),
              p.label(Language.EN)));
    }
    return m;
  }

  private static Map<String, Multilingual> isco() {
    Map<String, Multilingual> m = new LinkedHashMap<>();
    m.put(
        "1",
        ml(
            "Leidinggevenden",
            "Directeurs, cadres de direction et gérants",
            "Führungskräfte",
            "Managers"));
    m.put(
        "2",
        ml(
            "Intellectuele, wetenschappelijke en artistieke beroepen",
            "Professions intellectuelles et scientifiques",
            "Akademische Berufe",
            "Professionals"));
    m.put(
        "3",
        ml(
            "Technici en verwante beroepen",
            "Professions intermédiaires",
            "Techniker und gleichrangige nichttechnische Berufe",
            "Technicians and associate professionals"));
    m.put(
        "4",
        ml(
            "Administratief personeel",
            "Employés de type administratif",
            "Bürokräfte und verwandte Berufe",
            "Clerical support workers"));
    m.put(
        "5",
        ml(
            "Dienstverlenend personeel en verkopers",
            "Personnel des services directs aux particuliers, commerçants et vendeurs",
            "Dienstleistungsberufe und Verkäufer",
            "Service and sales workers"));
    m.put(
        "6",
        ml(
            "Geschoolde landbouwers, bosbouwers en vissers",
            "Agriculteurs et ouvriers qualifiés de l'agriculture, de la sylviculture et de la pêche",
            "Fachkräfte in Land- und Forstwirtschaft und Fischerei",
            "Skilled agricultural, forestry and fishery workers"));
    m.put(
        "7",
        ml(
            "Ambachtslieden",
            "Métiers qualifiés de l'industrie et de l'artisanat",
            "Handwerks- und verwandte Berufe",
            "Craft and related trades workers"));
    m.put(
        "8",
        ml(
            "Bedieners van machines en installaties, assembleurs",
            "Conducteurs d'installations et de machines, et ouvriers de l'assemblage",
            "Bediener von Anlagen und Maschinen und Montageberufe",
            "Plant and machine operators and assemblers"));
    m.put(
        "9",
        ml(
            "Elementaire beroepen",
            "Professions élémentaires",
            "Hilfsarbeitskräfte",
            "Elementary occupations"));
    m.put(
        "0",
        ml(
            "Militaire beroepen",
            "Professions militaires",
            "Angehörige der regulären Streitkräfte",
            "Armed forces occupations"));
    return m;
  }

  private static Map<String, Multilingual> contracts() {
    Map<String, Multilingual> m = new LinkedHashMap<>();
    m.put(
        "PERMANENT",
        ml("Vast contract", "Contrat à durée indéterminée", "Unbefristeter Vertrag", "Permanent"));
    m.put(
        "FIXED_TERM",
        ml("Bepaalde duur", "Contrat à durée déterminée", "Befristeter Vertrag", "Fixed term"));
    m.put(
        "TEMPORARY_AGENCY", ml("Uitzendarbeid", "Intérim", "Leiharbeit", "Temporary agency work"));
    m.put(
        "REPLACEMENT",
        ml("Vervangingscontract", "Contrat de remplacement", "Ersatzvertrag", "Replacement"));
    m.put("STUDENT", ml("Studentenjob", "Job étudiant", "Studentenjob", "Student job"));
    m.put(
        "APPRENTICESHIP",
        ml(
            "Duaal leren of opleiding op de werkvloer",
            "Alternance ou formation en entreprise",
            "Lehre oder betriebliche Ausbildung",
            "Apprenticeship or in-company training"));
    m.put("SEASONAL", ml("Seizoensarbeid", "Travail saisonnier", "Saisonarbeit", "Seasonal work"));
    m.put(
        "FREELANCE",
        ml("Zelfstandige opdracht", "Mission indépendante", "Selbständiger Auftrag", "Freelance"));
    m.put("FLEXI_JOB", ml("Flexi-job", "Flexi-job", "Flexi-Job", "Flexi-job"));
    return m;
  }

  private static Map<String, Multilingual> regimes() {
    Map<String, Multilingual> m = new LinkedHashMap<>();
    m.put("FULL_TIME", ml("Voltijds", "Temps plein", "Vollzeit", "Full time"));
    m.put("PART_TIME", ml("Deeltijds", "Temps partiel", "Teilzeit", "Part time"));
    m.put(
        "FULL_OR_PART_TIME",
        ml(
            "Voltijds of deeltijds",
            "Temps plein ou partiel",
            "Voll- oder Teilzeit",
            "Full or part time"));
    return m;
  }

  private static Map<String, Multilingual> measures() {
    Map<String, Multilingual> m = new LinkedHashMap<>();
    m.put("POSTINGS", ml("Publicaties", "Publications", "Veröffentlichungen", "Postings"));
    m.put(
        "UNIQUE",
        ml(
            "Unieke vacatures (na ontdubbeling)",
            "Offres uniques (après dédoublonnage)",
            "Eindeutige Stellen (nach Bereinigung von Dubletten)",
            "Unique vacancies (after de-duplication)"));
    return m;
  }

  private static Map<String, Multilingual> sexes() {
    Map<String, Multilingual> m = new LinkedHashMap<>();
    m.put("M", ml("Man", "Homme", "Mann", "Male"));
    m.put("F", ml("Vrouw", "Femme", "Frau", "Female"));
    m.put("X", ml("X (niet-binair)", "X (non binaire)", "X (nicht binär)", "X (non-binary)"));
    return m;
  }

  private static Map<String, Multilingual> ages() {
    Map<String, Multilingual> m = new LinkedHashMap<>();
    m.put("Y_LT25", ml("Jonger dan 25", "Moins de 25 ans", "Unter 25 Jahren", "Under 25"));
    m.put("Y25T49", ml("25 tot 49", "25 à 49 ans", "25 bis 49 Jahre", "25 to 49"));
    m.put("Y_GE50", ml("50 en ouder", "50 ans et plus", "50 Jahre und älter", "50 and over"));
    return m;
  }

  private static Map<String, Multilingual> education() {
    Map<String, Multilingual> m = new LinkedHashMap<>();
    m.put(
        "ISCED0T2",
        ml(
            "Laaggeschoold (ISCED 0-2)",
            "Faiblement qualifié (CITE 0-2)",
            "Niedrige Bildung (ISCED 0-2)",
            "Low (ISCED 0-2)"));
    m.put(
        "ISCED3T4",
        ml(
            "Middengeschoold (ISCED 3-4)",
            "Moyennement qualifié (CITE 3-4)",
            "Mittlere Bildung (ISCED 3-4)",
            "Medium (ISCED 3-4)"));
    m.put(
        "ISCED5T8",
        ml(
            "Hooggeschoold (ISCED 5-8)",
            "Hautement qualifié (CITE 5-8)",
            "Hohe Bildung (ISCED 5-8)",
            "High (ISCED 5-8)"));
    m.put(
        "FOREIGN",
        ml(
            "Buitenlands diploma zonder gelijkwaardigheid",
            "Diplôme étranger sans équivalence",
            "Ausländischer Abschluss ohne Gleichwertigkeit",
            "Foreign qualification without equivalence"));
    return m;
  }

  private static Map<String, Multilingual> durations() {
    Map<String, Multilingual> m = new LinkedHashMap<>();
    m.put(
        "M_LT6",
        ml("Minder dan 6 maanden", "Moins de 6 mois", "Unter 6 Monaten", "Less than 6 months"));
    m.put("M6T11", ml("6 tot 11 maanden", "6 à 11 mois", "6 bis 11 Monate", "6 to 11 months"));
    m.put("M12T23", ml("1 tot 2 jaar", "1 à 2 ans", "1 bis 2 Jahre", "1 to 2 years"));
    m.put(
        "M_GE24",
        ml("2 jaar en langer", "2 ans et plus", "2 Jahre und länger", "2 years and more"));
    return m;
  }

  private static Map<String, Multilingual> trainingTypes() {
    Map<String, Multilingual> m = new LinkedHashMap<>();
    m.put(
        "QUALIFYING",
        ml(
            "Beroepskwalificerende opleiding",
            "Formation qualifiante",
            "Qualifizierende Ausbildung",
            "Qualifying training"));
    m.put(
        "IN_COMPANY",
        ml(
            "Opleiding op de werkvloer (IBO/PFI/IBU)",
            "Formation en entreprise (PFI/IBO/IBU)",
            "Betriebliche Ausbildung (IBU/PFI/IBO)",
            "In-company training (PFI/IBO/IBU)"));
    m.put(
        "LANGUAGE", ml("Taalopleiding", "Formation en langues", "Sprachkurs", "Language training"));
    m.put(
        "DIGITAL",
        ml(
            "Digitale vaardigheden",
            "Compétences numériques",
            "Digitale Kompetenzen",
            "Digital skills"));
    m.put(
        "ORIENTATION",
        ml(
            "Oriëntering en basisvaardigheden",
            "Orientation et compétences de base",
            "Orientierung und Grundkompetenzen",
            "Orientation and basic skills"));
    return m;
  }
}
