package be.synerjob.hub.matching;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import be.synerjob.hub.vacancy.ContractType;
import be.synerjob.hub.vacancy.WorkRegime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A profile as matching needs it: ints, sets and the home centroid. */
record ProfileFacts(
    MemberCode member,
    String id,
    int[] wished,
    int[] skills,
    Map<String, Cefr> languages,
    double latitude,
    double longitude,
    Region region,
    int limitKm,
    Set<String> licences,
    Set<ContractType> contracts,
    Set<WorkRegime> regimes) {

  static ProfileFacts of(
      JobseekerProfile p, double latitude, double longitude, OccupationGraph graph) {
    int[] wished =
        p.occupations().stream()
            .flatMap(
                o -> o.esco() == null ? java.util.stream.Stream.<String>empty() : o.esco().stream())
            .mapToInt(graph::occupation)
            .distinct()
            .toArray();
    int[] skills =
        graph.skills(
            p.competences().stream()
                .flatMap(
                    c ->
                        c.esco() == null
                            ? java.util.stream.Stream.<String>empty()
                            : c.esco().stream())
                .toList());
    Map<String, Cefr> languages = new HashMap<>();
    for (JobseekerProfile.LanguageSkill l : p.languages()) {
      languages.put(l.language(), Cefr.parse(l.level()).orElse(Cefr.A1));
    }
    return new ProfileFacts(
        new MemberCode(p.member()),
        p.id(),
        wished,
        skills,
        languages,
        latitude,
        longitude,
        Region.parse(p.homeRegion()).orElse(null),
        p.maxTravel() == null || p.maxTravel().effectiveKm() == null
            ? ProfileValidator.DEFAULT_KM
            : p.maxTravel().effectiveKm(),
        Set.copyOf(p.drivingLicences() == null ? List.of() : p.drivingLicences()),
        p.contracts() == null || p.contracts().isEmpty() ? Set.of() : EnumSet.copyOf(p.contracts()),
        p.regimes() == null || p.regimes().isEmpty() ? Set.of() : EnumSet.copyOf(p.regimes()));
  }
}
