package be.synerjob.hub.cooperation;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.Members;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members' staff known to the cooperation (board representatives and working-group experts:
 * contact data of public bodies, never jobseeker data) and the association's mandates with their
 * periods. A single-holder mandate (all but AUDITOR) cannot have two holders on the same day; one
 * person cannot hold the same mandate twice on the same day. Mandates are never deleted: ending one
 * sets its last day, so the history stays.
 */
@Service
public class Representatives {

  /** A member's staff member. */
  public record Person(
      long id,
      String member,
      String fullName,
      String jobTitle,
      String email,
      boolean representative,
      boolean active) {}

  /** What the secretariat sends to record a person. */
  public record PersonInput(
      String member,
      String fullName,
      String jobTitle,
      String email,
      Boolean representative,
      Boolean active) {}

  /** A mandate held from {@code startsOn} to {@code endsOn} (both included; null: open). */
  public record Mandate(
      long id, MandateKind kind, Person holder, LocalDate startsOn, LocalDate endsOn, String note) {

    public boolean heldOn(LocalDate day) {
      return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }
  }

  /** What the secretariat sends to record a mandate. */
  public record MandateInput(
      String kind, Long personId, LocalDate startsOn, LocalDate endsOn, String note) {}

  private final JdbcClient jdbc;
  private final Members members;
  private final AuditLog audit;
  private final Clock clock;

  Representatives(JdbcClient jdbc, Members members, AuditLog audit, Optional<Clock> clock) {
    this.jdbc = jdbc;
    this.members = members;
    this.audit = audit;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  // ---------------------------------------------------------------- people

  @Transactional(readOnly = true)
  public List<Person> people(MemberCode member, boolean includeInactive) {
    String sql =
        "SELECT * FROM coop_person WHERE 1 = 1"
            + (member == null ? "" : " AND member_code = :member")
            + (includeInactive ? "" : " AND active = TRUE")
            + " ORDER BY member_code, full_name, id";
    var spec = jdbc.sql(sql);
    if (member != null) {
      spec = spec.param("member", member.value());
    }
    return spec.query(Representatives::person).list();
  }

  @Transactional(readOnly = true)
  public Person person(long id) {
    return jdbc.sql("SELECT * FROM coop_person WHERE id = ?")
        .param(id)
        .query(Representatives::person)
        .optional()
        .orElseThrow(() -> HubException.notFound("No person with id " + id));
  }

  @Transactional
  public Person createPerson(PersonInput in, Viewer by) {
    Check check = new Check("person");
    Person p = validate(check, in, null);
    check.done();
    Instant now = clock.instant();
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO coop_person (member_code, full_name, job_title, email, representative, active,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            p.member(),
            p.fullName(),
            p.jobTitle(),
            p.email(),
            p.representative(),
            p.active(),
            Timestamp.from(now),
            Timestamp.from(now))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    audit.record(
        by.actor(), p.member(), AuditAction.COOP_PERSON_CHANGED, "person:" + id, "OK", "created");
    return person(id);
  }

  @Transactional
  public Person updatePerson(long id, PersonInput in, Viewer by) {
    Person old = person(id);
    Check check = new Check("person");
    Person p = validate(check, in, old);
    check.done();
    jdbc.sql(
            "UPDATE coop_person SET member_code = ?, full_name = ?, job_title = ?, email = ?,"
                + " representative = ?, active = ?, updated_at = ? WHERE id = ?")
        .params(
            p.member(),
            p.fullName(),
            p.jobTitle(),
            p.email(),
            p.representative(),
            p.active(),
            Timestamp.from(clock.instant()),
            id)
        .update();
    audit.record(
        by.actor(), p.member(), AuditAction.COOP_PERSON_CHANGED, "person:" + id, "OK", "updated");
    return person(id);
  }

  private Person validate(Check check, PersonInput in, Person old) {
    if (in == null) {
      in = new PersonInput(null, null, null, null, null, null);
    }
    String member = in.member() == null && old != null ? old.member() : in.member();
    MemberCode code = null;
    if (member == null || member.isBlank()) {
      check.add("member", "required", "is required; valid values: " + members.codes());
    } else {
      try {
        code = members.require("member", member).code();
      } catch (HubException e) {
        check.add(
            "member",
            "unknown-reference",
            "'" + member + "' is not a member; valid values: " + members.codes());
      }
    }
    String name =
        check.text(
            "fullName",
            in.fullName() == null && old != null ? old.fullName() : in.fullName(),
            200,
            true);
    String title =
        check.text(
            "jobTitle",
            in.jobTitle() == null && old != null ? old.jobTitle() : in.jobTitle(),
            200,
            true);
    String email =
        check.email("email", in.email() == null && old != null ? old.email() : in.email());
    boolean rep =
        in.representative() != null ? in.representative() : old == null || old.representative();
    boolean active = in.active() != null ? in.active() : old == null || old.active();
    return new Person(0, code == null ? null : code.value(), name, title, email, rep, active);
  }

  // ---------------------------------------------------------------- mandates

  /** Every mandate, the current ones first, then by kind and start. */
  @Transactional(readOnly = true)
  public List<Mandate> mandates() {
    return jdbc
        .sql(
            "SELECT m.*, p.member_code, p.full_name, p.job_title, p.email, p.representative, p.active"
                + " FROM coop_mandate m JOIN coop_person p ON p.id = m.person_id"
                + " ORDER BY m.starts_on DESC, m.id DESC")
        .query(Representatives::mandate)
        .list()
        .stream()
        .sorted(
            java.util.Comparator.comparing((Mandate m) -> m.kind().ordinal())
                .thenComparing(Mandate::startsOn, java.util.Comparator.reverseOrder()))
        .toList();
  }

  /** The mandates held on a day. */
  @Transactional(readOnly = true)
  public List<Mandate> heldOn(LocalDate day) {
    return mandates().stream().filter(m -> m.heldOn(day)).toList();
  }

  /** The member whose representative presides on a day, if any. */
  @Transactional(readOnly = true)
  public Optional<MemberCode> chairOn(LocalDate day) {
    return heldOn(day).stream()
        .filter(m -> m.kind() == MandateKind.PRESIDENT)
        .map(m -> new MemberCode(m.holder().member()))
        .findFirst();
  }

  @Transactional
  public Mandate appoint(MandateInput in, Viewer by) {
    lock();
    Check check = new Check("mandate");
    MandateKind kind = check.enumValue("kind", in.kind(), MandateKind.class, true);
    Long personId = check.required("personId", in.personId());
    Person person = null;
    if (personId != null) {
      person =
          jdbc.sql("SELECT * FROM coop_person WHERE id = ?")
              .param(personId)
              .query(Representatives::person)
              .optional()
              .orElse(null);
      if (person == null) {
        check.add("personId", "unknown-reference", "no person with id " + personId);
      }
    }
    LocalDate starts = check.required("startsOn", in.startsOn());
    if (starts != null && in.endsOn() != null && in.endsOn().isBefore(starts)) {
      check.add(
          "endsOn",
          "incoherent-dates",
          "ends on " + in.endsOn() + ", before it starts on " + starts);
    }
    String note = check.text("note", in.note(), 500, false);
    if (check.ok()) {
      overlaps(check, kind, person, starts, in.endsOn(), null, Language.EN);
    }
    check.done();
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO coop_mandate (kind, person_id, starts_on, ends_on, note, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            kind.name(),
            personId,
            Date.valueOf(starts),
            in.endsOn() == null ? null : Date.valueOf(in.endsOn()),
            note,
            Timestamp.from(clock.instant()))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    audit.record(
        by.actor(),
        person.member(),
        AuditAction.COOP_MANDATE_CHANGED,
        "mandate:" + id,
        "OK",
        kind
            + " "
            + person.fullName()
            + " from "
            + starts
            + (in.endsOn() == null ? "" : " to " + in.endsOn()));
    return mandate(id);
  }

  /** Sets (or moves) the last day of a mandate; the record stays in the history. */
  @Transactional
  public Mandate end(long id, LocalDate endsOn, Viewer by) {
    lock();
    Mandate m = mandate(id);
    Check check = new Check("mandate");
    if (endsOn == null) {
      check.add("endsOn", "required", "is required");
    } else if (endsOn.isBefore(m.startsOn())) {
      check.add(
          "endsOn",
          "incoherent-dates",
          "ends on " + endsOn + ", before it starts on " + m.startsOn());
    } else {
      overlaps(check, m.kind(), m.holder(), m.startsOn(), endsOn, id, Language.EN);
    }
    check.done();
    jdbc.sql("UPDATE coop_mandate SET ends_on = ? WHERE id = ?")
        .params(Date.valueOf(endsOn), id)
        .update();
    audit.record(
        by.actor(),
        m.holder().member(),
        AuditAction.COOP_MANDATE_CHANGED,
        "mandate:" + id,
        "OK",
        m.kind() + " " + m.holder().fullName() + " ends on " + endsOn);
    return mandate(id);
  }

  @Transactional(readOnly = true)
  public Mandate mandate(long id) {
    return jdbc.sql(
            "SELECT m.*, p.member_code, p.full_name, p.job_title, p.email, p.representative, p.active"
                + " FROM coop_mandate m JOIN coop_person p ON p.id = m.person_id WHERE m.id = ?")
        .param(id)
        .query(Representatives::mandate)
        .optional()
        .orElseThrow(() -> HubException.notFound("No mandate with id " + id));
  }

  /** Whether two periods (inclusive; null end: open) share at least one day. */
  public static boolean overlap(
      LocalDate aStart, LocalDate aEnd, LocalDate bStart, LocalDate bEnd) {
    return (aEnd == null || !aEnd.isBefore(bStart)) && (bEnd == null || !bEnd.isBefore(aStart));
  }

  private void overlaps(
      Check check,
      MandateKind kind,
      Person person,
      LocalDate starts,
      LocalDate ends,
      Long except,
      Language lang) {
    for (Mandate other : mandates()) {
      if (other.kind() != kind || (except != null && other.id() == except)) {
        continue;
      }
      boolean relevant = kind.singleHolder() || other.holder().id() == person.id();
      if (relevant && overlap(starts, ends, other.startsOn(), other.endsOn())) {
        String field = ends != null && !other.startsOn().isBefore(starts) ? "endsOn" : "startsOn";
        check.add(
            field,
            "overlap",
            Labels.of(kind, lang)
                + (kind.singleHolder()
                    ? " has one holder at a time: "
                    : " is already held by this person: ")
                + other.holder().fullName()
                + " ("
                + other.holder().member()
                + ") holds it from "
                + other.startsOn()
                + (other.endsOn() == null ? " with no end" : " to " + other.endsOn())
                + " (mandate "
                + other.id()
                + "); end that mandate first or choose a period that does not overlap it");
      }
    }
  }

  private void lock() {
    jdbc.sql("SELECT name FROM coop_lock WHERE name = 'mandate' FOR UPDATE")
        .query(String.class)
        .list();
  }

  static Person person(ResultSet rs, int n) throws SQLException {
    return new Person(
        rs.getLong("id"),
        rs.getString("member_code"),
        rs.getString("full_name"),
        rs.getString("job_title"),
        rs.getString("email"),
        rs.getBoolean("representative"),
        rs.getBoolean("active"));
  }

  private static Mandate mandate(ResultSet rs, int n) throws SQLException {
    Person p =
        new Person(
            rs.getLong("person_id"),
            rs.getString("member_code"),
            rs.getString("full_name"),
            rs.getString("job_title"),
            rs.getString("email"),
            rs.getBoolean("representative"),
            rs.getBoolean("active"));
    Date end = rs.getDate("ends_on");
    return new Mandate(
        rs.getLong("id"),
        MandateKind.valueOf(rs.getString("kind")),
        p,
        rs.getDate("starts_on").toLocalDate(),
        end == null ? null : end.toLocalDate(),
        rs.getString("note"));
  }
}
