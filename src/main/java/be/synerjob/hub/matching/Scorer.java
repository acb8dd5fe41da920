package be.synerjob.hub.matching;

import be.synerjob.hub.core.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores one vacancy for one profile (0 to 100) and, when asked, says why. Weights: occupation 40,
 * skills 20, languages 15, distance 15, contract 5, regime 5. A broken hard limit excludes the
 * vacancy; a broken soft limit costs up to 10 points. See docs/matching.md.
 */
final class Scorer {

  static final double W_OCCUPATION = 40;
  static final double W_SKILLS = 20;
  static final double W_LANGUAGE = 15;
  static final double W_DISTANCE = 15;
  static final double W_CONTRACT = 5;
  static final double W_REGIME = 5;
  static final double SOFT_PENALTY = 10;

  /** Licence categories that include others (a CE holder may drive what C, BE and B allow). */
  private static final Map<String, Set<String>> INCLUDES =
      Map.ofEntries(
          Map.entry("CE", Set.of("C", "C1", "C1E", "BE", "B")),
          Map.entry("C", Set.of("C1", "B")),
          Map.entry("C1E", Set.of("C1", "BE", "B")),
          Map.entry("C1", Set.of("B")),
          Map.entry("DE", Set.of("D", "D1", "D1E", "BE", "B")),
          Map.entry("D", Set.of("D1", "B")),
          Map.entry("D1E", Set.of("D1", "BE", "B")),
          Map.entry("D1", Set.of("B")),
          Map.entry("BE", Set.of("B")),
          Map.entry("B", Set.of("AM")),
          Map.entry("A", Set.of("A2", "A1", "AM")),
          Map.entry("A2", Set.of("A1", "AM")),
          Map.entry("A1", Set.of("AM")));

  private final OccupationGraph graph;

  Scorer(OccupationGraph graph) {
    this.graph = graph;
  }

  /** The outcome of scoring: the score, the estimated road km and the soft limits broken. */
  record Outcome(double score, double km, Set<Limit> broken) {}

  /**
   * Scores the vacancy; returns null when a hard limit excludes it. With {@code reasons} non-null,
   * appends the reasons in {@code lang}.
   *
   * @param wished the wished occupation the relation was found from
   */
  Outcome score(
      ProfileFacts p,
      IndexedVacancy v,
      int wished,
      OccupationGraph.Relation rel,
      Set<Limit> soft,
      Language lang,
      List<MatchReason> reasons) {
    double penalty = 0;
    Set<Limit> broken = null;
    // distance first: cheapest to reject on
    double km = Travel.roadKm(p.latitude(), p.longitude(), v.latitude(), v.longitude());
    boolean far = km > p.limitKm();
    if (far) {
      if (!soft.contains(Limit.DISTANCE)) {
        return null;
      }
      broken = add(broken, Limit.DISTANCE);
      penalty += SOFT_PENALTY * Math.min(1, (km - p.limitKm()) / p.limitKm());
    }
    // languages
    int met = 0;
    for (int i = 0; i < v.languages().length; i++) {
      Cefr has = p.languages().get(v.languages()[i]);
      if (has != null && has.compareTo(v.levels()[i]) >= 0) {
        met++;
      }
    }
    boolean weak = met < v.languages().length;
    if (weak) {
      if (!soft.contains(Limit.LANGUAGE)) {
        return null;
      }
      broken = add(broken, Limit.LANGUAGE);
      penalty += SOFT_PENALTY;
    }
    // licences
    String missing = null;
    for (String l : v.licences()) {
      if (!hasLicence(p.licences(), l)) {
        missing = l;
        break;
      }
    }
    if (missing != null) {
      if (!soft.contains(Limit.LICENCE)) {
        return null;
      }
      broken = add(broken, Limit.LICENCE);
      penalty += SOFT_PENALTY;
    }
    double score = W_OCCUPATION * rel.score();
    // skills
    int[] essential = v.essentialSkills();
    int[] optional = v.optionalSkills();
    if (essential == null) {
      int[][] s = graph.skillsOf(v.occupation());
      essential = s[0];
      optional = s[1];
    }
    int eh = 0;
    int oh = 0;
    boolean noSkills = p.skills().length == 0 || essential.length + optional.length == 0;
    if (noSkills) {
      score += W_SKILLS * 0.5;
    } else {
      eh = OccupationGraph.intersection(p.skills(), essential);
      oh = OccupationGraph.intersection(p.skills(), optional);
      score += W_SKILLS * (2.0 * eh + oh) / (2.0 * essential.length + optional.length);
    }
    score +=
        v.languages().length == 0 ? W_LANGUAGE : W_LANGUAGE * met / (double) v.languages().length;
    if (!far) {
      score += W_DISTANCE * (1 - 0.5 * km / p.limitKm());
    }
    boolean contractOk =
        p.contracts().isEmpty() || v.contract() == null || p.contracts().contains(v.contract());
    boolean regimeOk =
        p.regimes().isEmpty()
            || v.regime() == null
            || v.regime() == be.synerjob.hub.vacancy.WorkRegime.FULL_OR_PART_TIME
            || p.regimes().contains(v.regime());
    score += contractOk ? W_CONTRACT : 0;
    score += regimeOk ? W_REGIME : 0;
    score = Math.max(0, Math.min(100, score - penalty));
    if (reasons != null) {
      explain(
          p,
          v,
          wished,
          rel,
          km,
          essential,
          optional,
          eh,
          oh,
          noSkills,
          missing,
          contractOk,
          regimeOk,
          lang,
          reasons);
    }
    return new Outcome(score, km, broken == null ? Set.of() : broken);
  }

  private static Set<Limit> add(Set<Limit> s, Limit l) {
    Set<Limit> out = s == null ? Limit.none() : s;
    out.add(l);
    return out;
  }

  static boolean hasLicence(Set<String> held, String required) {
    if (held.contains(required)) {
      return true;
    }
    for (String h : held) {
      if (INCLUDES.getOrDefault(h, Set.of()).contains(required)) {
        return true;
      }
    }
    return false;
  }

  private void explain(
      ProfileFacts p,
      IndexedVacancy v,
      int wished,
      OccupationGraph.Relation rel,
      double km,
      int[] essential,
      int[] optional,
      int eh,
      int oh,
      boolean noSkills,
      String missingLicence,
      boolean contractOk,
      boolean regimeOk,
      Language lang,
      List<MatchReason> out) {
    String label = graph.label(v.occupation(), lang);
    switch (rel.kind()) {
      case SAME:
        out.add(
            ReasonCode.OCCUPATION_SAME.reason(
                params("occupation", graph.uri(v.occupation()), "label", label), lang));
        break;
      case MOBILITY:
        out.add(
            ReasonCode.OCCUPATION_RELATED_MOBILITY.reason(
                params(
                    "occupation", graph.uri(v.occupation()),
                    "label", label,
                    "wished", graph.uri(wished),
                    "wishedLabel", graph.label(wished, lang)),
                lang));
        break;
      default:
        out.add(
            ReasonCode.OCCUPATION_RELATED_SKILLS.reason(
                params(
                    "occupation", graph.uri(v.occupation()),
                    "label", label,
                    "wished", graph.uri(wished),
                    "wishedLabel", graph.label(wished, lang),
                    "shared", rel.shared(),
                    "of", rel.of()),
                lang));
    }
    if (noSkills) {
      out.add(ReasonCode.SKILLS_UNKNOWN.reason(Map.of(), lang));
    } else {
      if (essential.length > 0) {
        ReasonCode c =
            2 * eh >= essential.length
                ? ReasonCode.SKILLS_ESSENTIAL
                : ReasonCode.SKILLS_ESSENTIAL_MISSING;
        out.add(c.reason(params("has", eh, "of", essential.length), lang));
      }
      if (optional.length > 0) {
        out.add(ReasonCode.SKILLS_OPTIONAL.reason(params("has", oh, "of", optional.length), lang));
      }
    }
    for (int i = 0; i < v.languages().length; i++) {
      String l = v.languages()[i];
      Cefr has = p.languages().get(l);
      Cefr req = v.levels()[i];
      if (has == null) {
        out.add(
            ReasonCode.LANGUAGE_MISSING.reason(
                params("language", l, "required", req.name()), lang));
      } else if (has.compareTo(req) < 0) {
        out.add(
            ReasonCode.LANGUAGE_TOO_WEAK.reason(
                params("language", l, "required", req.name(), "has", has.name()), lang));
      } else {
        out.add(
            ReasonCode.LANGUAGE_OK.reason(
                params("language", l, "required", req.name(), "has", has.name()), lang));
      }
    }
    long rkm = Math.round(km);
    out.add(
        (km > p.limitKm() ? ReasonCode.TOO_FAR : ReasonCode.DISTANCE)
            .reason(params("km", rkm, "limit", p.limitKm()), lang));
    for (String l : v.licences()) {
      boolean ok = hasLicence(p.licences(), l);
      out.add(
          (ok ? ReasonCode.LICENCE_OK : ReasonCode.LICENCE_MISSING)
              .reason(params("licence", l), lang));
    }
    if (!p.contracts().isEmpty() && v.contract() != null) {
      out.add(
          (contractOk ? ReasonCode.CONTRACT_OK : ReasonCode.CONTRACT_NOT_WISHED)
              .reason(params("contract", v.contract().name()), lang));
    }
    if (!p.regimes().isEmpty() && v.regime() != null) {
      out.add(
          (regimeOk ? ReasonCode.REGIME_OK : ReasonCode.REGIME_NOT_WISHED)
              .reason(params("regime", v.regime().name()), lang));
    }
  }

  private static Map<String, Object> params(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
