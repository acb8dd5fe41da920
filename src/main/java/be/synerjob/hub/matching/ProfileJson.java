package be.synerjob.hub.matching;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON of profiles and outcomes: strict on reading, compact on writing. */
final class ProfileJson {

  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .changeDefaultPropertyInclusion(
              incl ->
                  incl.withValueInclusion(JsonInclude.Include.NON_EMPTY)
                      .withContentInclusion(JsonInclude.Include.NON_EMPTY))
          .build();

  private ProfileJson() {}

  static String write(Object o) {
    return MAPPER.writeValueAsString(o);
  }

  /** Reads a stored profile; lists left out because they were empty come back empty. */
  static JobseekerProfile read(String json) {
    JobseekerProfile p = MAPPER.readValue(json, JobseekerProfile.class);
    return new JobseekerProfile(
        p.id(),
        p.member(),
        orEmpty(p.occupations()),
        orEmpty(p.competences()),
        orEmpty(p.languages()),
        p.homePostcode(),
        p.homeRegion(),
        p.maxTravel(),
        orEmpty(p.drivingLicences()),
        p.car(),
        orEmpty(p.contracts()),
        orEmpty(p.regimes()),
        p.availableFrom(),
        p.note(),
        p.updatedAt());
  }

  private static <T> java.util.List<T> orEmpty(java.util.List<T> l) {
    return l == null ? java.util.List.of() : l;
  }

  static String hash(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
