package be.synerjob.hub.matching;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.geo.PostcodeArea;
import be.synerjob.hub.organisation.AgreementSet;
import be.synerjob.hub.reference.Reference;
import be.synerjob.hub.vacancy.Routing;
import be.synerjob.hub.vacancy.Vacancy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The matching engine on its own, without database or feed: the same index, candidate generation
 * and scoring as the hub uses, fed with vacancies and profiles directly. For the evaluation on a
 * labelled set and for benchmarks (docs/matching.md).
 */
public final class MatchingWorkbench {

  private final Gazetteer gazetteer;
  private final OccupationGraph graph;
  private final VacancyIndex index;
  private final Matcher matcher;

  public MatchingWorkbench(Reference reference, Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.graph = new OccupationGraph(reference);
    this.index = new VacancyIndex(gazetteer, graph);
    this.matcher = new Matcher(index, graph);
  }

  /** Adds an open vacancy (its id, or a new one); false when it cannot be matched. */
  public boolean add(Vacancy v) {
    UUID id = v.id() == null ? UUID.randomUUID() : v.id();
    return index.put(id, Routing.of(v), v.toBuilder().id(id).build());
  }

  public int size() {
    return index.size();
  }

  /** A scored vacancy: id, score, estimated road km and the soft limits it breaks. */
  public record Hit(UUID vacancy, int score, int km, Set<Limit> broken, List<String> reasons) {}

  /** A profile prepared once for repeated matching (home centroid and interned codes). */
  public final class Prepared {
    private final ProfileFacts facts;

    private Prepared(ProfileFacts facts) {
      this.facts = facts;
    }
  }

  /**
   * Prepares a profile whose occupations and competences already carry their ESCO URIs (as the
   * validator stores them).
   */
  public Prepared prepare(JobseekerProfile p) {
    PostcodeArea home = gazetteer.postcode(p.homePostcode()).orElseThrow();
    JobseekerProfile withRegion =
        new JobseekerProfile(
            p.id(),
            p.member(),
            p.occupations(),
            p.competences() == null ? List.of() : p.competences(),
            p.languages() == null ? List.of() : p.languages(),
            home.postcode(),
            home.region().code(),
            p.maxTravel(),
            p.drivingLicences(),
            p.car(),
            p.contracts(),
            p.regimes(),
            p.availableFrom(),
            p.note(),
            null);
    return new Prepared(ProfileFacts.of(withRegion, home.latitude(), home.longitude(), graph));
  }

  /**
   * The best {@code n} vacancies the profile's member may see ({@code agreements} null: all), with
   * reason codes when {@code explain}.
   */
  public List<Hit> top(
      Prepared p, Set<Limit> soft, int n, AgreementSet agreements, boolean explain) {
    MemberCode member = p.facts.member();
    Matcher.Result r =
        matcher.top(
            p.facts,
            agreements == null ? v -> true : Matching.visibleTo(member, agreements),
            soft,
            n);
    List<Hit> out = new ArrayList<>(r.top().size());
    for (Matcher.Scored s : r.top()) {
      List<String> reasons = List.of();
      if (explain) {
        reasons =
            matcher.explain(p.facts, s, soft, be.synerjob.hub.core.Language.EN).stream()
                .map(x -> (x.fits() ? "+" : "-") + x.code())
                .toList();
      }
      out.add(
          new Hit(
              s.vacancy().id(),
              (int) Math.round(s.outcome().score()),
              (int) Math.round(s.outcome().km()),
              s.outcome().broken(),
              reasons));
    }
    return out;
  }

  /** Estimated road distance between two postcodes (great circle × detour factor). */
  public double roadKm(String postcodeA, String postcodeB) {
    PostcodeArea a = gazetteer.postcode(postcodeA).orElseThrow();
    PostcodeArea b = gazetteer.postcode(postcodeB).orElseThrow();
    return Travel.roadKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
  }
}
