package be.synerjob.hub.eures.web;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.eures.EuresAgreement;
import be.synerjob.hub.eures.EuresExchange;
import be.synerjob.hub.organisation.ApiPrincipal;
import be.synerjob.hub.organisation.Members;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The members' agreements with EURES; needs the {@code admin} scope. */
@RestController
@RequestMapping("/api/v1/admin/eures")
@PreAuthorize("hasAuthority('SCOPE_admin')")
@Tag(name = "EURES")
@SecurityRequirement(name = "apiKey")
class EuresAdminController {

  private final EuresExchange exchange;
  private final Members members;
  private final AuditLog audit;

  EuresAdminController(EuresExchange exchange, Members members, AuditLog audit) {
    this.exchange = exchange;
    this.members = members;
    this.audit = audit;
  }

  /** What an administrator sends. */
  record AgreementRequest(Boolean active, LocalDate signedOn, String fromEuresPrefix) {}

  /** An agreement as the API shows it. */
  record AgreementView(
      String member,
      boolean active,
      LocalDate signedOn,
      String fromEuresPrefix,
      java.time.Instant updatedAt,
      String updatedBy) {
    static AgreementView of(EuresAgreement a) {
      return new AgreementView(
          a.member().value(),
          a.active(),
          a.signedOn(),
          a.fromEuresPrefix(),
          a.updatedAt(),
          a.updatedBy());
    }
  }

  /** The agreement saved and the EURES events it caused. */
  record AgreementSaved(AgreementView agreement, int events) {}

  @GetMapping("/agreements")
  @Operation(summary = "Every member's agreement with EURES")
  List<AgreementView> list() {
    return exchange.agreements().stream().map(AgreementView::of).toList();
  }

  @PutMapping("/agreements/{member}")
  @Operation(
      summary = "Set a member's agreement with EURES",
      description =
          "active (required), signedOn (optional: in force from that day), fromEuresPrefix"
              + " (optional: the member's references starting with it are vacancies it took from"
              + " EURES and never go back). Re-evaluates the member's vacancies in the same"
              + " transaction: CREATED for those that enter the EURES view, CLOSED for those that"
              + " leave it.")
  AgreementSaved put(@PathVariable String member, @RequestBody AgreementRequest body) {
    MemberCode m = members.require("member", member).code();
    if (body == null || body.active() == null) {
      throw HubException.validation(
          "The agreement of " + m + " with EURES is incomplete",
          List.of(FieldProblem.of("active", "required", "say true or false")));
    }
    String prefix = body.fromEuresPrefix() == null ? null : body.fromEuresPrefix().strip();
    if (prefix != null && (prefix.isEmpty() || prefix.length() > 64)) {
      throw HubException.validation(
          "The agreement of " + m + " with EURES is invalid",
          List.of(
              FieldProblem.of(
                  "fromEuresPrefix", "invalid", "1 to 64 characters, or leave it out")));
    }
    ApiPrincipal me = ApiPrincipal.current();
    int events = exchange.putAgreement(m, body.active(), body.signedOn(), prefix, me.actor());
    audit.record(
        me.actor(),
        m.value(),
        AuditAction.EURES_AGREEMENT_CHANGED,
        "eures-agreement:" + m,
        "OK",
        "active="
            + body.active()
            + " signedOn="
            + body.signedOn()
            + " fromEuresPrefix="
            + prefix
            + " events="
            + events);
    return new AgreementSaved(AgreementView.of(exchange.agreement(m).orElseThrow()), events);
  }
}
