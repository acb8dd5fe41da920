package be.synerjob.hub.learning;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.FieldProblem;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The individual learning account: certifications, qualifications and studies per citizen, from
 * training providers and the public services, with competences coded to the reference. Recorded by
 * member services ({@code learning:admin}); read by the citizen with their own token.
 */
@Service
public class LearningAccounts {

  /** What an entry of the account is. */
  public enum Kind {
    CERTIFICATION,
    QUALIFICATION,
    STUDY,
    TRAINING
  }

  /** An entry of the account (the national number is never part of it). */
  public record Certification(
      String id,
      Kind kind,
      String title,
      String issuer,
      LocalDate issuedOn,
      List<String> competences,
      String recordedBy,
      Instant recordedAt) {}

  /** What a service sends. */
  public record CertificationInput(
      String nationalNumber,
      String kind,
      String title,
      String issuer,
      LocalDate issuedOn,
      List<String> competences) {}

  private final JdbcClient jdbc;
  private final LearningService service;
  private final AuditLog audit;

  LearningAccounts(JdbcClient jdbc, LearningService service, AuditLog audit) {
    this.jdbc = jdbc;
    this.service = service;
    this.audit = audit;
  }

  @Transactional
  public Certification record(CertificationInput in, LearningPrincipal by) {
    String r = "certification";
    List<FieldProblem> problems = new ArrayList<>();
    String np = NationalNumber.problem(in.nationalNumber());
    if (np != null) {
      problems.add(FieldProblem.of(r + ".nationalNumber", "invalid-national-number", np));
    }
    Kind kind = null;
    try {
      kind = Kind.valueOf(in.kind() == null ? "" : in.kind().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(
          FieldProblem.of(
              r + ".kind", "invalid", "valid values: " + Arrays.toString(Kind.values())));
    }
    if (in.title() == null || in.title().isBlank() || in.title().length() > 300) {
      problems.add(FieldProblem.of(r + ".title", "required", "is required, up to 300 characters"));
    }
    if (in.issuer() == null || in.issuer().isBlank() || in.issuer().length() > 200) {
      problems.add(FieldProblem.of(r + ".issuer", "required", "is required, up to 200 characters"));
    }
    if (in.issuedOn() == null) {
      problems.add(FieldProblem.of(r + ".issuedOn", "required", "is required"));
    } else if (in.issuedOn().isAfter(service.today())) {
      problems.add(FieldProblem.of(r + ".issuedOn", "in-future", "is in the future"));
    }
    List<String> competences = in.competences() == null ? List.of() : in.competences();
    service.checkCompetences(competences, r, problems);
    LearningService.reject("Certification", problems);
    String hash = service.hash(NationalNumber.normalise(in.nationalNumber()).orElseThrow());
    String id = UUID.randomUUID().toString();
    Instant at = service.now();
    jdbc.sql(
            "INSERT INTO learning_certification (id, nn_hash, kind, title, issuer, issued_on,"
                + " competences, recorded_by, recorded_at) VALUES (:id, :h, :k, :t, :i, :d, :c, :by,"
                + " :at)")
        .param("id", id)
        .param("h", hash)
        .param("k", kind.name())
        .param("t", in.title().trim())
        .param("i", in.issuer().trim())
        .param("d", Date.valueOf(in.issuedOn()))
        .param("c", competences.isEmpty() ? null : String.join(" ", competences))
        .param("by", by.subject())
        .param("at", Timestamp.from(at))
        .update();
    audit.record(
        by.actor(),
        by.kind() == LearningPrincipal.Kind.SERVICE && !"operator".equals(by.subject())
            ? by.subject()
            : null,
        AuditAction.LEARNING_CERTIFICATION_RECORDED,
        LearningService.person(hash),
        "OK",
        "certification " + id + ": " + kind);
    return new Certification(
        id,
        kind,
        in.title().trim(),
        in.issuer().trim(),
        in.issuedOn(),
        competences,
        by.subject(),
        at);
  }

  /** A person's account, oldest first. */
  public List<Certification> certifications(String nnHash) {
    return jdbc.sql(
            "SELECT * FROM learning_certification WHERE nn_hash = :h ORDER BY issued_on, id")
        .param("h", nnHash)
        .query(
            (rs, n) ->
                new Certification(
                    rs.getString("id"),
                    Kind.valueOf(rs.getString("kind")),
                    rs.getString("title"),
                    rs.getString("issuer"),
                    rs.getDate("issued_on").toLocalDate(),
                    LearningService.codes(rs.getString("competences")),
                    rs.getString("recorded_by"),
                    rs.getTimestamp("recorded_at").toInstant()))
        .list();
  }
}
