package be.synerjob.hub.organisation;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing agreements are data: read fresh from the database inside each writing transaction (they
 * are few), changed through the admin API or the CLI. A change is announced with {@link
 * SharingAgreementChanged} in the same transaction.
 */
@Service
public class SharingAgreements {

  private static final String SELECT_ALL =
      "SELECT * FROM sharing_agreement ORDER BY recipient, source";
  private static final String SELECT_ONE =
      "SELECT * FROM sharing_agreement WHERE recipient = :recipient AND source = :source";
  private static final String DELETE =
      "DELETE FROM sharing_agreement WHERE recipient = :recipient AND source = :source";
  private static final String MERGE =
      """
      MERGE INTO sharing_agreement AS t
      USING (VALUES (CAST(:recipient AS VARCHAR(16)), CAST(:source AS VARCHAR(16)))) AS s (recipient, source)
      ON t.recipient = s.recipient AND t.source = s.source
      WHEN MATCHED THEN UPDATE SET only_shareable = :onlyShareable,
        exclude_temp_agencies = :excludeTwa, only_active_management = :onlyActive,
        regions = :regions, updated_at = :updatedAt, updated_by = :updatedBy
      WHEN NOT MATCHED THEN INSERT (recipient, source, only_shareable, exclude_temp_agencies,
        only_active_management, regions, updated_at, updated_by)
        VALUES (s.recipient, s.source, :onlyShareable, :excludeTwa, :onlyActive, :regions, :updatedAt, :updatedBy)
      """;

  private static final RowMapper<SharingAgreement> ROW =
      (rs, n) ->
          new SharingAgreement(
              new MemberCode(rs.getString("recipient")),
              new MemberCode(rs.getString("source")),
              rs.getBoolean("only_shareable"),
              rs.getBoolean("exclude_temp_agencies"),
              rs.getBoolean("only_active_management"),
              Arrays.stream(rs.getString("regions").split(","))
                  .filter(s -> !s.isBlank())
                  .map(s -> Region.parse(s).orElseThrow())
                  .collect(Collectors.toSet()),
              rs.getTimestamp("updated_at").toInstant(),
              rs.getString("updated_by"));

  private final JdbcClient jdbc;
  private final Members members;
  private final ApplicationEventPublisher events;

  SharingAgreements(JdbcClient jdbc, Members members, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.members = members;
    this.events = events;
  }

  /** Every agreement as it is now, in the caller's transaction. */
  public AgreementSet current() {
    return new AgreementSet(list());
  }

  public List<SharingAgreement> list() {
    return jdbc.sql(SELECT_ALL).query(ROW).list();
  }

  public Optional<SharingAgreement> find(MemberCode recipient, MemberCode source) {
    return jdbc.sql(SELECT_ONE)
        .param("recipient", recipient.value())
        .param("source", source.value())
        .query(ROW)
        .optional();
  }

  /**
   * Creates or replaces the agreement; the recipient's feed receives additions and removals for the
   * vacancies that enter or leave its view, in this transaction.
   */
  @Transactional
  public SharingAgreement put(SharingAgreement agreement, String actor) {
    members.require("recipient", agreement.recipient().value());
    members.require("source", agreement.source().value());
    if (agreement.recipient().equals(agreement.source())) {
      throw HubException.invalidParameter(
          "source", "a member cannot have a sharing agreement with itself");
    }
    SharingAgreement before = find(agreement.recipient(), agreement.source()).orElse(null);
    SharingAgreement after =
        new SharingAgreement(
            agreement.recipient(),
            agreement.source(),
            agreement.onlyShareable(),
            agreement.excludeTemporaryWorkAgencies(),
            agreement.onlyActiveManagement(),
            agreement.regions(),
            Instant.now(),
            actor);
    jdbc.sql(MERGE)
        .param("recipient", after.recipient().value())
        .param("source", after.source().value())
        .param("onlyShareable", after.onlyShareable())
        .param("excludeTwa", after.excludeTemporaryWorkAgencies())
        .param("onlyActive", after.onlyActiveManagement())
        .param(
            "regions",
            after.regions().stream().map(Region::code).sorted().collect(Collectors.joining(",")))
        .param("updatedAt", Timestamp.from(after.updatedAt()))
        .param("updatedBy", actor)
        .update();
    if (!after.sameRulesAs(before)) {
      events.publishEvent(
          new SharingAgreementChanged(after.recipient(), after.source(), before, after));
    }
    return after;
  }

  /** Ends the agreement: the recipient's feed receives a removal for each vacancy it could see. */
  @Transactional
  public boolean remove(MemberCode recipient, MemberCode source) {
    SharingAgreement before = find(recipient, source).orElse(null);
    if (before == null) {
      return false;
    }
    jdbc.sql(DELETE).param("recipient", recipient.value()).param("source", source.value()).update();
    events.publishEvent(new SharingAgreementChanged(recipient, source, before, null));
    return true;
  }
}
