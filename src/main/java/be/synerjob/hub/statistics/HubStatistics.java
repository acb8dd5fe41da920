package be.synerjob.hub.statistics;

import be.synerjob.hub.core.Region;
import be.synerjob.hub.geo.Province;
import be.synerjob.hub.reference.CrosswalkMatch;
import be.synerjob.hub.reference.Reference;
import be.synerjob.hub.reference.Scheme;
import be.synerjob.hub.vacancy.VacancyJson;
import be.synerjob.hub.vacancy.VacancyService;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Computes the hub's own statistics from its tables in one pass over the vacancy versions: a
 * vacancy is <em>received</em> in the period of its first version, and <em>open at the end</em> of
 * a period when its latest version at or before that instant is open; its attributes (region,
 * province, ISCO major group, contract type, work regime) are those of that version. Unique
 * vacancies count the duplicate clusters of the {@code dedup} module ({@code vacancy_cluster}; a
 * vacancy not yet clustered is its own cluster). Exchanges count, per source and recipient, the
 * vacancies that entered the recipient's feed (an upsert entry) during the period. Month and year
 * boundaries are Belgian civil time.
 */
@Component
class HubStatistics {

  private static final Logger log = LoggerFactory.getLogger(HubStatistics.class);
  static final ZoneId ZONE = VacancyService.BRUSSELS;

  /** The breakdowns crossed with the member: each alone, others total. */
  private static final List<Dimension> BREAKDOWNS =
      List.of(
          Dimension.REGION,
          Dimension.PROVINCE,
          Dimension.ISCO,
          Dimension.CONTRACT,
          Dimension.REGIME);

  /** The attributes of one version that the statistics break down by. */
  record Attributes(String region, String province, String isco, String contract, String regime) {
    String of(Dimension d) {
      return switch (d) {
        case REGION -> region;
        case PROVINCE -> province;
        case ISCO -> isco;
        case CONTRACT -> contract;
        case REGIME -> regime;
        default -> Dimension.TOTAL;
      };
    }
  }

  private record Version(boolean open, Instant at, Attributes attributes) {}

  /** A vacancy's member and its cluster as a small integer. */
  private record Owner(String member, int cluster) {}

  /** The counts of one statistic for one period: series key → postings, series key → clusters. */
  static final class Cells {
    final Map<String, Long> postings = new TreeMap<>();

    /** Clusters as small integers in a bit set per series: a few kB per series, not a hash set. */
    final Map<String, BitSet> clusters = new HashMap<>();

    void add(Statistic s, String member, Attributes a, int cluster) {
      for (String m : List.of(member, Dimension.TOTAL)) {
        add(s, m, null, null, cluster);
        for (Dimension d : BREAKDOWNS) {
          add(s, m, d, a.of(d), cluster);
        }
      }
    }

    private void add(Statistic s, String member, Dimension d, String code, int cluster) {
      Map<Dimension, String> k = new EnumMap<>(Dimension.class);
      k.put(Dimension.MEMBER, member);
      if (d != null) {
        k.put(d, code);
      }
      k.put(Dimension.MEASURE, "POSTINGS");
      postings.merge(SeriesKey.encode(s.dimensions(), k), 1L, Long::sum);
      k.put(Dimension.MEASURE, "UNIQUE");
      clusters.computeIfAbsent(SeriesKey.encode(s.dimensions(), k), x -> new BitSet()).set(cluster);
    }

    Map<String, Long> values() {
      Map<String, Long> out = new TreeMap<>(postings);
      clusters.forEach((k, v) -> out.put(k, (long) v.cardinality()));
      return out;
    }
  }

  private final JdbcTemplate jdbc;
  private final Reference reference;
  private final Map<String, String> iscoCache = new ConcurrentHashMap<>();

  HubStatistics(JdbcTemplate jdbc, Reference reference) {
    this.jdbc = jdbc;
    this.reference = reference;
  }

  /** The periods' values for the received and open statistics. */
  record Computed(Map<StatPeriod, Cells> received, Map<StatPeriod, Cells> open) {}

  /**
   * Computes received and open vacancies for the given periods (months and years), as of {@code
   * now}: the end of a period not yet over is {@code now}.
   */
  Computed vacancies(List<StatPeriod> periods, Instant now) {
    Map<StatPeriod, Cells> received = new LinkedHashMap<>();
    Map<StatPeriod, Cells> open = new LinkedHashMap<>();
    Instant horizon = Instant.MIN;
    for (StatPeriod p : periods) {
      received.put(p, new Cells());
      open.put(p, new Cells());
      Instant end = min(p.end(ZONE), now);
      horizon = end.isAfter(horizon) ? end : horizon;
    }
    Map<UUID, Owner> vacancies = new HashMap<>();
    Map<UUID, Integer> clusterIndex = new HashMap<>();
    jdbc.query(
        "SELECT v.id, v.member_code, c.cluster_id FROM vacancy v LEFT JOIN vacancy_cluster c ON c.vacancy_id = v.id",
        rs -> {
          UUID id = rs.getObject(1, UUID.class);
          UUID cluster = rs.getObject(3, UUID.class);
          Integer index = clusterIndex.get(cluster == null ? id : cluster);
          if (index == null) {
            index = clusterIndex.size();
            clusterIndex.put(cluster == null ? id : cluster, index);
          }
          vacancies.put(id, new Owner(rs.getString(2), index));
        });
    final Instant until = horizon;
    List<Version> versions = new ArrayList<>();
    UUID[] current = new UUID[1];
    jdbc.query(
        con -> {
          var ps =
              con.prepareStatement(
                  "SELECT vacancy_id, status, changed_at, content FROM vacancy_version WHERE changed_at < ?"
                      + " ORDER BY vacancy_id, version");
          ps.setTimestamp(1, Timestamp.from(until));
          ps.setFetchSize(500);
          return ps;
        },
        rs -> {
          UUID id = rs.getObject(1, UUID.class);
          if (current[0] != null && !current[0].equals(id)) {
            count(current[0], versions, vacancies, received, open, now);
            versions.clear();
          }
          current[0] = id;
          versions.add(
              new Version(
                  "OPEN".equals(rs.getString(2)),
                  rs.getTimestamp(3).toInstant(),
                  attributes(rs.getString(4))));
        });
    if (current[0] != null) {
      count(current[0], versions, vacancies, received, open, now);
    }
    return new Computed(received, open);
  }

  private static void count(
      UUID id,
      List<Version> versions,
      Map<UUID, Owner> vacancies,
      Map<StatPeriod, Cells> received,
      Map<StatPeriod, Cells> open,
      Instant now) {
    Owner owner = vacancies.get(id);
    if (owner == null) {
      return;
    }
    String member = owner.member();
    int cluster = owner.cluster();
    Version first = versions.get(0);
    for (Map.Entry<StatPeriod, Cells> e : received.entrySet()) {
      StatPeriod p = e.getKey();
      if (!first.at().isBefore(p.start(ZONE)) && first.at().isBefore(p.end(ZONE))) {
        e.getValue().add(Statistic.VAC_RECEIVED, member, first.attributes(), cluster);
      }
    }
    for (Map.Entry<StatPeriod, Cells> e : open.entrySet()) {
      Instant end = min(e.getKey().end(ZONE), now);
      Version latest = null;
      for (Version v : versions) {
        if (v.at().isBefore(end)) {
          latest = v;
        } else {
          break;
        }
      }
      if (latest != null && latest.open()) {
        e.getValue().add(Statistic.VAC_OPEN, member, latest.attributes(), cluster);
      }
    }
  }

  /** Per source and recipient, the vacancies that entered the recipient's feed in the period. */
  Map<String, Long> exchanged(StatPeriod p, Instant now) {
    Timestamp from = Timestamp.from(p.start(ZONE));
    Timestamp to = Timestamp.from(min(p.end(ZONE), now));
    Map<String, Long> out = new TreeMap<>();
    String where =
        " FROM feed_entry WHERE recipient <> 'HUB' AND op = 'U' AND changed_at >= ? AND changed_at < ?";
    String[][] groupings = {
      {"source_member", "recipient"}, {"source_member", null}, {null, "recipient"}, {null, null}
    };
    for (String[] g : groupings) {
      String cols = (g[0] == null ? "'_T'" : g[0]) + ", " + (g[1] == null ? "'_T'" : g[1]);
      String group =
          g[0] == null && g[1] == null
              ? ""
              : " GROUP BY "
                  + String.join(", ", java.util.Arrays.stream(g).filter(x -> x != null).toList());
      jdbc.query(
          "SELECT " + cols + ", COUNT(DISTINCT vacancy_id)" + where + group,
          rs -> {
            if (rs.getLong(3) == 0) {
              return;
            }
            Map<Dimension, String> k = new EnumMap<>(Dimension.class);
            k.put(Dimension.SOURCE, rs.getString(1));
            k.put(Dimension.RECIPIENT, rs.getString(2));
            out.put(SeriesKey.encode(Statistic.VAC_EXCHANGED.dimensions(), k), rs.getLong(3));
          },
          from,
          to);
    }
    return out;
  }

  Attributes attributes(String content) {
    JsonNode n = VacancyJson.mapper().readTree(content);
    JsonNode wp = n.path("workplace");
    String region =
        Region.parse(text(wp.path("region"))).map(Region::code).orElse(Dimension.UNKNOWN);
    String province = Dimension.UNKNOWN;
    String nis = text(wp.path("nisCode"));
    if (nis != null) {
      try {
        province = Province.ofNisCode(nis).isoCode();
      } catch (RuntimeException e) {
        province = Dimension.UNKNOWN;
      }
    }
    String contract = code(Dimension.CONTRACT, text(n.path("contractType")));
    String regime = code(Dimension.REGIME, text(n.path("workRegime")));
    String isco = Dimension.UNKNOWN;
    for (JsonNode o : n.path("occupations")) {
      String g = isco(text(o.path("scheme")), text(o.path("code")));
      if (!g.equals(Dimension.UNKNOWN)) {
        isco = g;
        break;
      }
    }
    return new Attributes(region, province, isco, contract, regime);
  }

  private static String code(Dimension d, String v) {
    return v != null && d.valid(v) ? v : Dimension.UNKNOWN;
  }

  /**
   * The ISCO-08 major group of an occupation code: directly, or through the reference crosswalks.
   */
  String isco(String scheme, String code) {
    if (scheme == null || code == null) {
      return Dimension.UNKNOWN;
    }
    if (scheme.equals("ISCO08")) {
      return code.isEmpty() ? Dimension.UNKNOWN : code.substring(0, 1);
    }
    return iscoCache.computeIfAbsent(scheme + ":" + code, k -> lookUp(scheme, code));
  }

  private String lookUp(String scheme, String code) {
    if (!reference.isLoaded()) {
      return Dimension.UNKNOWN;
    }
    try {
      String esco = code;
      if (!scheme.equals("ESCO")) {
        Optional<Scheme> s = Scheme.parse(scheme);
        if (s.isEmpty()) {
          return Dimension.UNKNOWN;
        }
        var toEsco = reference.crosswalk(s.get().prefix() + ":" + code, Scheme.ESCO).matches();
        if (toEsco.isEmpty()) {
          return Dimension.UNKNOWN;
        }
        esco = toEsco.get(0).target().id();
      }
      List<CrosswalkMatch> m = reference.crosswalk(esco, Scheme.ISCO08).matches();
      if (m.isEmpty() || m.get(0).target().code() == null || m.get(0).target().code().isEmpty()) {
        return Dimension.UNKNOWN;
      }
      return m.get(0).target().code().substring(0, 1);
    } catch (RuntimeException e) {
      log.debug("No ISCO group for {} {}: {}", scheme, code, e.getMessage());
      return Dimension.UNKNOWN;
    }
  }

  private static String text(JsonNode n) {
    return n == null || n.isMissingNode() || n.isNull() ? null : n.asString();
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  static List<StatPeriod> periods(YearMonth from, YearMonth to) {
    List<StatPeriod> out = new ArrayList<>();
    Set<Integer> years = new java.util.TreeSet<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      out.add(StatPeriod.month(m));
      years.add(m.getYear());
    }
    for (int y : years) {
      out.add(StatPeriod.year(y));
    }
    return out;
  }
}
