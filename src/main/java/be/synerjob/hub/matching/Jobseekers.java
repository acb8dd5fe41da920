package be.synerjob.hub.matching;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.reference.Reference;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pseudonymised jobseeker profiles, each owned by one member and known by the member's own opaque
 * id. Only the owner reads, changes or deletes one; deleting a profile deletes its matches.
 */
@Service
public class Jobseekers {

  /** What a write did. */
  public enum Status {
    CREATED,
    UPDATED,
    UNCHANGED,
    REJECTED
  }

  /** The outcome of writing one profile. */
  public record Saved(
      String id, Status status, JobseekerProfile profile, List<FieldProblem> problems) {}

  public static final int MAX_BATCH = 1000;

  private final JdbcTemplate jdbc;
  private final ProfileValidator validator;
  private final AuditLog audit;

  Jobseekers(JdbcTemplate jdbc, Reference reference, Gazetteer gazetteer, AuditLog audit) {
    this.jdbc = jdbc;
    this.validator = new ProfileValidator(reference, gazetteer);
    this.audit = audit;
  }

  /** Creates or replaces one profile; a 400 problem names each field at fault. */
  @Transactional
  public Saved put(MemberCode member, String id, JobseekerProfile profile, String actor) {
    Saved s = write(member, id, profile);
    if (s.status() == Status.REJECTED) {
      throw HubException.validation("The profile '" + safeId(id) + "' was refused", s.problems());
    }
    if (s.status() != Status.UNCHANGED) {
      audit.record(
          actor,
          member.value(),
          AuditAction.JOBSEEKER_PROFILES_CHANGED,
          "jobseeker:" + id,
          s.status().name(),
          null);
    }
    return s;
  }

  /**
   * Creates or replaces up to {@link #MAX_BATCH} profiles, each taking its id from its {@code id}
   * field. A refused record does not stop the others; each is written whole or not at all.
   */
  @Transactional
  public List<Saved> putAll(MemberCode member, List<JobseekerProfile> profiles, String actor) {
    if (profiles.size() > MAX_BATCH) {
      throw HubException.invalidParameter(
          "profiles", "at most " + MAX_BATCH + " profiles per batch");
    }
    List<Saved> out = new ArrayList<>(profiles.size());
    Set<String> ids = new LinkedHashSet<>();
    int changed = 0;
    for (int i = 0; i < profiles.size(); i++) {
      JobseekerProfile p = profiles.get(i);
      String id = p == null ? null : p.id();
      if (id != null && !ids.add(id)) {
        out.add(
            new Saved(
                id,
                Status.REJECTED,
                null,
                List.of(
                    FieldProblem.of(
                        "profiles[" + i + "].id",
                        "duplicate",
                        "the id occurs twice in the batch"))));
        continue;
      }
      Saved s = write(member, id, p);
      out.add(s);
      if (s.status() == Status.CREATED || s.status() == Status.UPDATED) {
        changed++;
      }
    }
    if (changed > 0) {
      audit.record(
          actor,
          member.value(),
          AuditAction.JOBSEEKER_PROFILES_CHANGED,
          "jobseekers",
          "OK",
          changed + " profiles created or updated");
    }
    return out;
  }

  private Saved write(MemberCode member, String id, JobseekerProfile profile) {
    ProfileValidator.Result r = validator.validate(id, member.value(), profile);
    if (!r.problems().isEmpty()) {
      return new Saved(id, Status.REJECTED, null, r.problems());
    }
    JobseekerProfile p = r.profile();
    String content = ProfileJson.write(p);
    String hash = ProfileJson.hash(content);
    List<String> existing =
        jdbc.queryForList(
            "SELECT content_hash FROM jobseeker_profile WHERE member_code = ? AND profile_id = ? FOR UPDATE",
            String.class,
            member.value(),
            id);
    Timestamp now = Timestamp.from(Instant.now());
    if (!existing.isEmpty() && existing.get(0).equals(hash)) {
      return new Saved(id, Status.UNCHANGED, get(member, id).orElse(p), List.of());
    }
    if (existing.isEmpty()) {
      jdbc.update(
          "INSERT INTO jobseeker_profile (member_code, profile_id, content, content_hash, home_postcode, home_region,"
              + " needs_match, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?)",
          member.value(),
          id,
          content,
          hash,
          p.homePostcode(),
          p.homeRegion(),
          now,
          now);
    } else {
      jdbc.update(
          "UPDATE jobseeker_profile SET content = ?, content_hash = ?, home_postcode = ?, home_region = ?,"
              + " needs_match = TRUE, updated_at = ? WHERE member_code = ? AND profile_id = ?",
          content,
          hash,
          p.homePostcode(),
          p.homeRegion(),
          now,
          member.value(),
          id);
      jdbc.update(
          "DELETE FROM jobseeker_occupation WHERE member_code = ? AND profile_id = ?",
          member.value(),
          id);
    }
    Set<String> uris = new LinkedHashSet<>();
    p.occupations().forEach(o -> uris.addAll(o.esco()));
    jdbc.batchUpdate(
        "INSERT INTO jobseeker_occupation (esco_uri, member_code, profile_id) VALUES (?, ?, ?)",
        uris.stream().map(u -> new Object[] {u, member.value(), id}).toList());
    return new Saved(
        id,
        existing.isEmpty() ? Status.CREATED : Status.UPDATED,
        withUpdatedAt(p, now.toInstant()),
        List.of());
  }

  /** The member's profile; empty for another member's (whose existence is not revealed). */
  public Optional<JobseekerProfile> get(MemberCode member, String id) {
    return jdbc
        .query(
            "SELECT content, updated_at FROM jobseeker_profile WHERE member_code = ? AND profile_id = ?",
            (rs, n) ->
                withUpdatedAt(ProfileJson.read(rs.getString(1)), rs.getTimestamp(2).toInstant()),
            member.value(),
            id)
        .stream()
        .findFirst();
  }

  /** The member's profile or a 404 problem (also for another member's profile). */
  public JobseekerProfile require(MemberCode member, String id) {
    return get(member, id)
        .orElseThrow(() -> HubException.notFound("No jobseeker profile '" + safeId(id) + "'"));
  }

  /** The member's profile ids in order, after {@code after}. */
  public List<String> ids(MemberCode member, String after, int limit) {
    return jdbc.queryForList(
        "SELECT profile_id FROM jobseeker_profile WHERE member_code = ? AND profile_id > ? ORDER BY profile_id LIMIT "
            + limit,
        String.class,
        member.value(),
        after == null ? "" : after);
  }

  /** Deletes the profile and its matches; false when the member has no such profile. */
  @Transactional
  public boolean delete(MemberCode member, String id, String actor) {
    jdbc.update(
        "DELETE FROM jobseeker_match WHERE member_code = ? AND profile_id = ?", member.value(), id);
    jdbc.update(
        "DELETE FROM jobseeker_occupation WHERE member_code = ? AND profile_id = ?",
        member.value(),
        id);
    int n =
        jdbc.update(
            "DELETE FROM jobseeker_profile WHERE member_code = ? AND profile_id = ?",
            member.value(),
            id);
    if (n > 0) {
      audit.record(
          actor,
          member.value(),
          AuditAction.JOBSEEKER_PROFILE_DELETED,
          "jobseeker:" + id,
          "OK",
          null);
    }
    return n > 0;
  }

  private static JobseekerProfile withUpdatedAt(JobseekerProfile p, Instant at) {
    return new JobseekerProfile(
        p.id(),
        p.member(),
        p.occupations(),
        p.competences(),
        p.languages(),
        p.homePostcode(),
        p.homeRegion(),
        p.maxTravel(),
        p.drivingLicences(),
        p.car(),
        p.contracts(),
        p.regimes(),
        p.availableFrom(),
        p.note(),
        at);
  }

  /** An id for messages: never echo something that looks like personal data. */
  static String safeId(String id) {
    if (id == null) {
      return "";
    }
    return ProfileValidator.checkId(id).isEmpty() ? id : "(refused id)";
  }
}
