package be.synerjob.hub.organisation;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The member directory. Members change rarely; they are read once and kept in memory. */
@Service
public class Members {

  private static final String SELECT_ALL = "SELECT * FROM member ORDER BY code";

  private final JdbcClient jdbc;
  private volatile Map<MemberCode, Member> cache;

  Members(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Member> all() {
    return List.copyOf(byCode().values());
  }

  public Optional<Member> find(MemberCode code) {
    return Optional.ofNullable(byCode().get(code));
  }

  /** The member, or a problem that names the parameter and lists the valid codes. */
  public Member require(String parameter, String code) {
    MemberCode mc = MemberCode.parse(parameter, code);
    return find(mc)
        .orElseThrow(
            () ->
                HubException.invalidParameter(
                    parameter, "unknown member '" + code + "'; valid values: " + codes()));
  }

  public List<MemberCode> codes() {
    return List.copyOf(byCode().keySet());
  }

  private Map<MemberCode, Member> byCode() {
    Map<MemberCode, Member> c = cache;
    if (c == null) {
      c =
          jdbc
              .sql(SELECT_ALL)
              .query(
                  (rs, n) -> {
                    Map<Language, String> names = new EnumMap<>(Language.class);
                    Map<Language, String> territory = new EnumMap<>(Language.class);
                    for (Language l : Language.values()) {
                      names.put(l, rs.getString("name_" + l.code()));
                      territory.put(l, rs.getString("territory_" + l.code()));
                    }
                    return new Member(
                        new MemberCode(rs.getString("code")),
                        rs.getString("short_name"),
                        Map.copyOf(names),
                        List.of(rs.getString("languages").split(",")),
                        Arrays.stream(rs.getString("territory").split(","))
                            .map(s -> Region.parse(s).orElseThrow())
                            .toList(),
                        Map.copyOf(territory),
                        rs.getBoolean("employment"),
                        rs.getBoolean("training"));
                  })
              .list()
              .stream()
              .collect(
                  Collectors.toMap(
                      Member::code, m -> m, (a, b) -> a, java.util.LinkedHashMap::new));
      cache = c;
    }
    return c;
  }
}
