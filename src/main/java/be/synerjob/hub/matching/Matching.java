package be.synerjob.hub.matching;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import be.synerjob.hub.feed.FeedOperation;
import be.synerjob.hub.feed.FeedReader;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.geo.PostcodeArea;
import be.synerjob.hub.organisation.AgreementSet;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.vacancy.StoredVacancy;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import be.synerjob.hub.vacancy.VacancyStore;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matching of profiles and open vacancies: on demand for one profile (from this node's in-memory
 * index, fresh from the feed), and in a batch that keeps the top N of every profile in {@code
 * jobseeker_match}, incrementally for the profiles a feed change or a profile change concerns.
 */
@Service
public class Matching {

  private static final Logger log = LoggerFactory.getLogger(Matching.class);

  /** Counts below this are shown as "<5" in the candidates-by-region table. */
  public static final int SMALL_COUNT = 5;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final LiveIndex live;
  private final Gazetteer gazetteer;
  private final SharingAgreements agreements;
  private final VacancyStore vacancies;
  private final FeedReader feed;
  private final Jobseekers jobseekers;
  private final int topN;

  Matching(
      JdbcTemplate jdbc,
      TransactionTemplate tx,
      LiveIndex live,
      Gazetteer gazetteer,
      SharingAgreements agreements,
      VacancyStore vacancies,
      FeedReader feed,
      Jobseekers jobseekers,
      @Value("${hub.matching.top-n:20}") int topN) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.live = live;
    this.gazetteer = gazetteer;
    this.agreements = agreements;
    this.vacancies = vacancies;
    this.feed = feed;
    this.jobseekers = jobseekers;
    this.topN = topN;
  }

  /** What to ask: how many, which limits are soft, the language of the reasons, filters. */
  public record Query(int limit, Set<Limit> soft, Language lang, Region region, int minScore) {
    public static Query defaults() {
      return new Query(20, Set.of(), Language.EN, null, 0);
    }
  }

  /** The vacancy of a match, as much as the map and the list need. */
  public record VacancySummary(
      UUID id,
      String member,
      String reference,
      String title,
      String occupation,
      String occupationLabel,
      String postcode,
      String municipality,
      String region,
      double latitude,
      double longitude,
      String contractType) {}

  /** One match with its explanation. */
  public record Match(
      VacancySummary vacancy,
      int score,
      int distanceKm,
      Set<Limit> softLimitsBroken,
      List<MatchReason> reasons) {}

  /** A profile's matches. */
  public record Matches(
      String profile,
      String homePostcode,
      String homeRegion,
      double latitude,
      double longitude,
      int limitKm,
      Set<Limit> soft,
      String lang,
      int considered,
      Instant at,
      List<Match> matches) {}

  /** The matches of one of the member's profiles (404 for another member's). */
  public Matches matches(MemberCode member, String id, Query q) {
    JobseekerProfile p = jobseekers.require(member, id);
    live.refresh(false);
    PostcodeArea home = gazetteer.postcode(p.homePostcode()).orElseThrow();
    ProfileFacts facts = ProfileFacts.of(p, home.latitude(), home.longitude(), live.graph());
    AgreementSet set = agreements.current();
    Predicate<IndexedVacancy> visible = visibleTo(member, set);
    if (q.region() != null) {
      visible = visible.and(v -> v.region() == q.region());
    }
    int limit = Math.max(1, Math.min(200, q.limit()));
    Matcher.Result r = live.matcher().top(facts, visible, q.soft(), limit);
    List<Match> out = new ArrayList<>();
    for (Matcher.Scored s : r.top()) {
      int score = (int) Math.round(s.outcome().score());
      if (score < q.minScore()) {
        continue;
      }
      out.add(match(facts, s, q.soft(), q.lang()));
    }
    return new Matches(
        id,
        p.homePostcode(),
        p.homeRegion(),
        home.latitude(),
        home.longitude(),
        facts.limitKm(),
        q.soft(),
        q.lang().code(),
        r.considered(),
        Instant.now(),
        out);
  }

  private Match match(ProfileFacts facts, Matcher.Scored s, Set<Limit> soft, Language lang) {
    IndexedVacancy v = s.vacancy();
    OccupationGraph g = live.graph();
    return new Match(
        new VacancySummary(
            v.id(),
            v.routing().source().value(),
            v.routing().reference(),
            v.title(),
            g.uri(v.occupation()),
            g.label(v.occupation(), lang),
            v.postcode(),
            v.municipality(),
            v.region() == null ? null : v.region().code(),
            v.latitude(),
            v.longitude(),
            v.contract() == null ? null : v.contract().name()),
        (int) Math.round(s.outcome().score()),
        (int) Math.round(s.outcome().km()),
        s.outcome().broken(),
        live.matcher().explain(facts, s, soft, lang));
  }

  static Predicate<IndexedVacancy> visibleTo(MemberCode member, AgreementSet set) {
    return v -> v.routing().source().equals(member) || set.admits(member, v.routing());
  }

  /** One region's count of suitable jobseekers, with the small-count rule applied. */
  public record RegionCount(String region, String label, String jobseekers) {}

  /**
   * For a vacancy of {@code owner}: how many jobseekers of each home region have it among their
   * stored top matches (as of the last batch). Counts from 1 to 4 are shown as "<5"; who they are
   * is never shown. 404 for a vacancy the caller does not own.
   */
  public List<RegionCount> candidatesByRegion(MemberCode owner, UUID vacancyId, Language lang) {
    StoredVacancy v =
        vacancies
            .find(vacancyId)
            .filter(x -> x.routing().source().equals(owner))
            .orElseThrow(() -> HubException.notFound("No vacancy " + vacancyId + " of yours"));
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.query(
        "SELECT p.home_region, COUNT(*) FROM jobseeker_match m JOIN jobseeker_profile p"
            + " ON p.member_code = m.member_code AND p.profile_id = m.profile_id"
            + " WHERE m.vacancy_id = ? GROUP BY p.home_region",
        rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        },
        v.id());
    List<RegionCount> out = new ArrayList<>();
    for (Region r : Region.values()) {
      long n = counts.getOrDefault(r.code(), 0L);
      out.add(
          new RegionCount(
              r.code(),
              r.label(lang),
              n == 0 ? "0" : n < SMALL_COUNT ? "<" + SMALL_COUNT : Long.toString(n)));
    }
    return out;
  }

  /** What a batch run did. */
  public record BatchReport(
      boolean full, int vacancies, int profiles, int matchesWritten, long millis) {}

  /** Recomputes every profile's top N. */
  public BatchReport runFull() {
    return run(true);
  }

  /**
   * Catches up with the feed (marking the profiles that a changed vacancy concerns) and recomputes
   * the profiles marked as changed.
   */
  public BatchReport runIncremental() {
    return run(false);
  }

  private synchronized BatchReport run(boolean full) {
    long started = System.nanoTime();
    if (!full
        && jdbc.queryForList("SELECT profile_id FROM jobseeker_profile LIMIT 1", String.class)
            .isEmpty()) {
      // no profile: nothing to mark or match; skip the feed without loading the index
      jdbc.update("UPDATE matching_state SET last_seq = ? WHERE id = 1", feed.head());
      return new BatchReport(false, live.index().size(), 0, 0, 0);
    }
    live.refresh(true);
    long upTo = live.seq();
    if (!full) {
      markAffected(upTo);
    }
    AgreementSet set = agreements.current();
    int[] counts = {0, 0};
    List<Object[]> chunk = new ArrayList<>(500);
    String sql =
        "SELECT member_code, profile_id, content, content_hash FROM jobseeker_profile"
            + (full ? "" : " WHERE needs_match = TRUE")
            + " ORDER BY member_code, profile_id";
    jdbc.query(
        sql,
        rs -> {
          chunk.add(
              new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
          if (chunk.size() == 500) {
            counts[1] += writeChunk(chunk, set);
            counts[0] += chunk.size();
            chunk.clear();
          }
        });
    if (!chunk.isEmpty()) {
      counts[1] += writeChunk(chunk, set);
      counts[0] += chunk.size();
    }
    if (full) {
      jdbc.update("UPDATE matching_state SET last_seq = ? WHERE id = 1", upTo);
    }
    BatchReport r =
        new BatchReport(
            full,
            live.index().size(),
            counts[0],
            counts[1],
            (System.nanoTime() - started) / 1_000_000);
    if (counts[0] > 0) {
      log.info("Matching batch: {}", r);
    }
    return r;
  }

  /** Marks the profiles that the vacancy changes after the stored cursor concern. */
  private void markAffected(long upTo) {
    long cursor =
        jdbc.queryForObject("SELECT last_seq FROM matching_state WHERE id = 1", Long.class);
    while (cursor < upTo) {
      List<FeedReader.Entry> entries = feed.entries(FeedReader.HUB, cursor, 1000);
      if (entries.isEmpty()) {
        break;
      }
      Set<UUID> ids = new HashSet<>();
      Set<Integer> occupations = new HashSet<>();
      for (FeedReader.Entry e : entries) {
        if (e.seq() > upTo) {
          break;
        }
        ids.add(e.vacancyId());
        if (e.op() == FeedOperation.UPSERT && e.content() != null) {
          IndexedVacancy iv = live.index().get(e.vacancyId());
          if (iv != null) {
            occupations.add(iv.occupation());
          } else {
            Vacancy v = VacancyJson.read(e.content());
            if (v.occupations() != null) {
              v.occupations().stream()
                  .filter(c -> c.code() != null && c.code().contains("/occupation/"))
                  .forEach(c -> occupations.add(live.graph().occupation(c.code())));
            }
          }
        }
        cursor = e.seq();
      }
      long next = cursor;
      tx.executeWithoutResult(
          status -> {
            markByVacancies(ids);
            markByOccupations(occupations);
            jdbc.update("UPDATE matching_state SET last_seq = ? WHERE id = 1", next);
          });
    }
  }

  private void markByVacancies(Set<UUID> ids) {
    List<UUID> list = new ArrayList<>(ids);
    for (int i = 0; i < list.size(); i += 500) {
      List<UUID> part = list.subList(i, Math.min(list.size(), i + 500));
      jdbc.update(
          "UPDATE jobseeker_profile SET needs_match = TRUE WHERE (member_code, profile_id) IN"
              + " (SELECT member_code, profile_id FROM jobseeker_match WHERE vacancy_id IN ("
              + String.join(",", Collections.nCopies(part.size(), "?"))
              + "))",
          part.toArray());
    }
  }

  private void markByOccupations(Set<Integer> changed) {
    if (changed.isEmpty()) {
      return;
    }
    OccupationGraph g = live.graph();
    List<String> wished =
        jdbc.queryForList("SELECT DISTINCT esco_uri FROM jobseeker_occupation", String.class);
    List<String> concerned = new ArrayList<>();
    for (String w : wished) {
      int wi = g.occupation(w);
      for (int c : changed) {
        if (g.relation(wi, c).kind() != OccupationGraph.Kind.NONE) {
          concerned.add(w);
          break;
        }
      }
    }
    for (int i = 0; i < concerned.size(); i += 500) {
      List<String> part = concerned.subList(i, Math.min(concerned.size(), i + 500));
      jdbc.update(
          "UPDATE jobseeker_profile SET needs_match = TRUE WHERE (member_code, profile_id) IN"
              + " (SELECT member_code, profile_id FROM jobseeker_occupation WHERE esco_uri IN ("
              + String.join(",", Collections.nCopies(part.size(), "?"))
              + "))",
          part.toArray());
    }
  }

  private int writeChunk(List<Object[]> rows, AgreementSet set) {
    List<List<Object[]>> results =
        rows.parallelStream()
            .map(
                r -> {
                  JobseekerProfile p = ProfileJson.read((String) r[2]);
                  PostcodeArea home = gazetteer.postcode(p.homePostcode()).orElse(null);
                  if (home == null) {
                    return List.<Object[]>of();
                  }
                  ProfileFacts f =
                      ProfileFacts.of(p, home.latitude(), home.longitude(), live.graph());
                  Matcher.Result res =
                      live.matcher().top(f, visibleTo(f.member(), set), Set.of(), topN);
                  List<Object[]> out = new ArrayList<>();
                  int rank = 1;
                  for (Matcher.Scored s : res.top()) {
                    List<MatchReason> reasons = live.matcher().explain(f, s, Set.of(), Language.EN);
                    out.add(
                        new Object[] {
                          r[0],
                          r[1],
                          rank++,
                          s.vacancy().id(),
                          (int) Math.round(s.outcome().score()),
                          codes(reasons)
                        });
                  }
                  return out;
                })
            .toList();
    Timestamp now = Timestamp.from(Instant.now());
    int[] written = {0};
    tx.executeWithoutResult(
        status -> {
          List<Object[]> keys = rows.stream().map(r -> new Object[] {r[0], r[1]}).toList();
          jdbc.batchUpdate(
              "DELETE FROM jobseeker_match WHERE member_code = ? AND profile_id = ?", keys);
          List<Object[]> inserts = new ArrayList<>();
          for (List<Object[]> l : results) {
            for (Object[] m : l) {
              inserts.add(new Object[] {m[0], m[1], m[2], m[3], m[4], m[5], now});
            }
          }
          jdbc.batchUpdate(
              "INSERT INTO jobseeker_match (member_code, profile_id, rank_no, vacancy_id, score, reasons, computed_at)"
                  + " SELECT ?, ?, ?, ?, ?, ?, ? FROM jobseeker_profile WHERE member_code = ? AND profile_id = ?",
              inserts.stream()
                  .map(m -> new Object[] {m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[0], m[1]})
                  .toList());
          written[0] = inserts.size();
          jdbc.batchUpdate(
              "UPDATE jobseeker_profile SET needs_match = FALSE, matched_at = ? WHERE member_code = ? AND profile_id = ?"
                  + " AND content_hash = ?",
              rows.stream().map(r -> new Object[] {now, r[0], r[1], r[3]}).toList());
        });
    return written[0];
  }

  /** The reasons as stored: their codes with a + (fits) or - (does not), comma-separated. */
  private static String codes(List<MatchReason> reasons) {
    StringBuilder b = new StringBuilder();
    for (MatchReason r : reasons) {
      if (b.length() > 0) {
        b.append(',');
      }
      b.append(r.fits() ? '+' : '-').append(r.code());
    }
    return b.length() > 3900 ? b.substring(0, 3900) : b.toString();
  }

  /** A stored match (from the last batch). */
  public record StoredMatch(
      int rank, UUID vacancyId, int score, List<String> reasons, Instant computedAt) {}

  /** The stored top matches of one of the member's profiles (404 for another member's). */
  public List<StoredMatch> stored(MemberCode member, String id) {
    jobseekers.require(member, id);
    return jdbc.query(
        "SELECT rank_no, vacancy_id, score, reasons, computed_at FROM jobseeker_match"
            + " WHERE member_code = ? AND profile_id = ? ORDER BY rank_no",
        (rs, n) ->
            new StoredMatch(
                rs.getInt(1),
                rs.getObject(2, UUID.class),
                rs.getInt(3),
                List.of(rs.getString(4).split(",")),
                rs.getTimestamp(5).toInstant()),
        member.value(),
        id);
  }

  public static Set<Limit> soft(List<String> values) {
    Set<Limit> out = EnumSet.noneOf(Limit.class);
    if (values == null) {
      return out;
    }
    for (String v : values) {
      for (String part : v.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        out.add(
            Limit.parse(part)
                .orElseThrow(
                    () ->
                        HubException.invalidParameter(
                            "soft",
                            "'"
                                + part.trim()
                                + "' is not a limit; valid: language, distance, licence")));
      }
    }
    return out;
  }
}
