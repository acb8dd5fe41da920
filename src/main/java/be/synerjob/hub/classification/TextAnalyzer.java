package be.synerjob.hub.classification;

import be.synerjob.hub.core.Language;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a title or a label into what the index compares: gender markers, seniority and contract
 * words removed, lower case without accents, words with a light plural/feminine stemming per
 * language, Belgian and abbreviated words expanded. The same analysis runs on the labels and on the
 * queries, so whatever it does wrong it does the same way on both sides.
 */
final class TextAnalyzer {

  private TextAnalyzer() {}

  /** Gender markers in parentheses or not: (m/v/x), h/f, (M/W/D), (F/H/X), (w|m|d), m-v-x … */
  private static final Pattern GENDER_PAREN =
      Pattern.compile(
          "[(\\[]\\s*[mhfvwxdgn]\\s*(?:[/|,.\\-]\\s*[mhfvwxdgn]\\s*){1,3}[)\\]]",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern GENDER_BARE =
      Pattern.compile(
          "(?<![\\p{L}\\d])[mhfvwx]\\s*[/|]\\s*[mhfvwxd](?:\\s*[/|]\\s*[mhfvwxd])?(?![\\p{L}\\d])",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern GENDER_WORDS =
      Pattern.compile(
          "[(\\[]\\s*(?:all genders|alle geschlechter|gn|genderneutraal|tous genres|divers|d)\\s*[)\\]]",
          Pattern.CASE_INSENSITIVE);

  /** German gender forms: Mitarbeiter*in, Mitarbeiter:innen, MitarbeiterIn, Mitarbeiter/-in. */
  private static final Pattern DE_GENDER_SUFFIX =
      Pattern.compile("(\\p{Ll})(?:[*:_]|/-?|\\(|\\s/\\s?-)in(?:nen)?\\)?(?![\\p{L}])");

  private static final Pattern DE_BINNEN_I = Pattern.compile("(\\p{Ll})In(?:nen)?(?![\\p{L}])");

  /** French feminine endings glued with (, /, ., · or -: vendeur(se), employé.e, vendeur/euse. */
  private static final Pattern FR_GENDER_SUFFIX =
      Pattern.compile(
          "(\\p{Ll})(?:\\(|/|\\.|·|-)(?:e|ne|se|euse|rice|trice|ice|ère|ere|ve|le|te|es|fe)\\)?(?![\\p{L}])");

  /**
   * Words about seniority, contract or working time that say nothing about the occupation; also the
   * single letters left over from gender markers.
   */
  static final Set<String> NOISE =
      Set.of(
          "junior",
          "senior",
          "medior",
          "jr",
          "sr",
          "ervaren",
          "startend",
          "starter",
          "beginnend",
          "debutant",
          "debutante",
          "confirme",
          "confirmee",
          "experimente",
          "experimentee",
          "erfahren",
          "erfahrener",
          "erfahrene",
          "experienced",
          "stagiair",
          "stagiaire",
          "stagiairs",
          "stagiaires",
          "student",
          "studente",
          "jobstudent",
          "etudiant",
          "etudiante",
          "werkstudent",
          "werkstudentin",
          "interim",
          "interimaire",
          "interimair",
          "uitzendarbeid",
          "uitzendkracht",
          "cdi",
          "cdd",
          "fulltime",
          "parttime",
          "deeltijds",
          "voltijds",
          "deeltijdse",
          "voltijdse",
          "vollzeit",
          "teilzeit",
          "befristet",
          "unbefristet",
          "minijob",
          "dringend",
          "urgent",
          "urgente",
          "h",
          "f",
          "x",
          "m",
          "v",
          "w",
          "d",
          "mv",
          "hf",
          "mwd",
          "mvx",
          "hfx",
          "vast",
          "contract",
          "contrat",
          "vaste",
          "tijdelijk",
          "tijdelijke",
          "temporaire",
          "ptp",
          "job",
          "jobs",
          "vacature",
          "emploi",
          "stelle",
          "offre");

  /**
   * Belgian wording and abbreviations, expanded to the words the labels use (added, not replaced).
   */
  static final Map<String, String> EXPANSIONS =
      Map.ofEntries(
          Map.entry("technieker", "technicus"),
          Map.entry("kuisvrouw", "schoonmaker"),
          Map.entry("kuisman", "schoonmaker"),
          Map.entry("poetsvrouw", "schoonmaker"),
          Map.entry("poetshulp", "huishoudhulp"),
          Map.entry("kuisploeg", "schoonmaak"),
          Map.entry("onthaalmedewerker", "receptionist"),
          Map.entry("onthaal", "receptie"),
          Map.entry("bediende", "medewerker"),
          Map.entry("magazijnier", "magazijnmedewerker"),
          Map.entry("verpleger", "verpleegkundige"),
          Map.entry("kinesist", "fysiotherapeut"),
          Map.entry("kine", "kinesitherapeute"),
          Map.entry("ploegbaas", "teamleider"),
          Map.entry("elektrieker", "elektricien"),
          Map.entry("automecanicien", "automonteur"),
          Map.entry("mecanicien", "monteur"),
          Map.entry("heftruckchauffeur", "heftruckbestuurder"),
          Map.entry("chauffeur", "bestuurder"),
          Map.entry("camionneur", "vrachtwagenchauffeur"),
          Map.entry("boekhouder", "boekhouder"),
          Map.entry("surface", "nettoyage"),
          Map.entry("puericultrice", "auxiliaire"),
          Map.entry("puericulteur", "auxiliaire"),
          Map.entry("cariste", "chariot"),
          Map.entry("lkw", "lastkraftwagen"),
          Map.entry("kfz", "kraftfahrzeug"),
          Map.entry("pkw", "personenkraftwagen"),
          Map.entry("dev", "developer"),
          Map.entry("mgr", "manager"),
          Map.entry("eng", "engineer"),
          Map.entry("asst", "assistant"),
          Map.entry("admin", "administrative"),
          Map.entry("hr", "human resources"),
          Map.entry("rh", "ressources humaines"),
          Map.entry("ceo", "chief executive officer"),
          Map.entry("cfo", "chief financial officer"),
          Map.entry("cto", "chief technology officer"),
          Map.entry("ict", "ict"),
          Map.entry("it", "ict"),
          Map.entry("qa", "quality assurance"),
          Map.entry("ux", "user experience"),
          Map.entry("pa", "personal assistant"),
          Map.entry("rn", "nurse"),
          Map.entry("ce", "vrachtwagenchauffeur"));

  /**
   * How each character below U+2000 (Latin with its extensions, the combining diacritics, Greek,
   * Cyrillic…) folds: null to drop it (a combining mark), else its letters a–z and digits, or a
   * space.
   */
  private static final String[] PLAIN = new String[0x2000];

  static {
    for (char c = 0; c < PLAIN.length; c++) {
      String d =
          Normalizer.normalize(String.valueOf(c).toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
              .replace("ß", "ss")
              .replace("œ", "oe")
              .replace("æ", "ae");
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < d.length(); i++) {
        char x = d.charAt(i);
        if ((x >= 'a' && x <= 'z') || (x >= '0' && x <= '9')) {
          b.append(x);
        }
      }
      PLAIN[c] =
          b.length() > 0
              ? b.toString()
              : Character.getType(c) == Character.NON_SPACING_MARK ? null : " ";
    }
  }

  /**
   * The character fold: lower case, accents folded, everything but letters and digits turned into
   * single spaces; trimmed. One pass with a lookup table; a character from U+2000 on (punctuation,
   * symbols) is a separator. Descriptions get only this; titles get the gender-marker rules of
   * {@link #fold} first.
   */
  static String foldPlain(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String f = c < PLAIN.length ? PLAIN[c] : " ";
      if (f == null) {
        continue;
      }
      if (f.equals(" ")) {
        if (!space) {
          sb.append(' ');
          space = true;
        }
      } else {
        sb.append(f);
        space = false;
      }
    }
    int n = sb.length();
    if (n > 0 && sb.charAt(n - 1) == ' ') {
      sb.setLength(n - 1);
    }
    return sb.toString();
  }

  /**
   * Lower case, gender markers removed, accents folded, everything but letters and digits turned
   * into single spaces; trimmed.
   */
  static String fold(String s) {
    if (s == null) {
      return "";
    }
    String t = DE_BINNEN_I.matcher(s).replaceAll("$1");
    t = GENDER_PAREN.matcher(t).replaceAll(" ");
    t = GENDER_WORDS.matcher(t).replaceAll(" ");
    t = GENDER_BARE.matcher(t).replaceAll(" ");
    t = t.toLowerCase(Locale.ROOT);
    t = DE_GENDER_SUFFIX.matcher(t).replaceAll("$1");
    t = FR_GENDER_SUFFIX.matcher(t).replaceAll("$1");
    return foldPlain(t);
  }

  /**
   * The folded words without noise and French elisions (l', d'); if nothing is left, the folded
   * words as they were.
   */
  static List<String> words(String folded) {
    List<String> all = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (String w : folded.split(" ")) {
      if (w.isEmpty()) {
        continue;
      }
      all.add(w);
      if (!NOISE.contains(w) && !(w.length() == 1 && !Character.isDigit(w.charAt(0)))) {
        kept.add(w);
      }
    }
    return kept.isEmpty() ? all : kept;
  }

  /** Light stemming: plurals and feminine forms to one form, per language. */
  static String stem(String w, Language l) {
    int n = w.length();
    if (n <= 3) {
      return w;
    }
    switch (l) {
      case EN:
        if (w.endsWith("ies") && n > 4) {
          return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
          return w.substring(0, n - 1);
        }
        return w;
      case FR:
        if ((w.endsWith("s") || w.endsWith("x")) && !w.endsWith("ss")) {
          w = w.substring(0, n - 1);
          n--;
        }
        if (w.endsWith("euse")) {
          return w.substring(0, n - 4) + "eur";
        }
        if (w.endsWith("trice")) {
          return w.substring(0, n - 5) + "teur";
        }
        if (w.endsWith("iere")) {
          return w.substring(0, n - 4) + "ier";
        }
        if (w.endsWith("ienne")) {
          return w.substring(0, n - 5) + "ien";
        }
        if (w.endsWith("ive")) {
          return w.substring(0, n - 3) + "if";
        }
        if (w.endsWith("e") && n > 4) {
          return w.substring(0, n - 1);
        }
        return w;
      case NL:
        if (w.endsWith("ssen") && n > 6) {
          return w.substring(0, n - 3);
        }
        if (w.endsWith("en") && n > 5) {
          return w.substring(0, n - 2);
        }
        if (w.endsWith("s") && n > 4 && !w.endsWith("ss")) {
          return w.substring(0, n - 1);
        }
        if (w.endsWith("e") && n > 4) {
          return w.substring(0, n - 1);
        }
        return w;
      case DE:
        if (w.endsWith("innen") && n > 8) {
          return w.substring(0, n - 5);
        }
        if (w.endsWith("erin") && n > 6) {
          return w.substring(0, n - 2);
        }
        if (w.endsWith("en") && n > 5) {
          return w.substring(0, n - 2);
        }
        if ((w.endsWith("e") || w.endsWith("n") || w.endsWith("s")) && n > 5) {
          return w.substring(0, n - 1);
        }
        return w;
      default:
        return w;
    }
  }
}
