package be.synerjob.hub.organisation.web;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditEvent;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import be.synerjob.hub.organisation.ApiKey;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.ApiPrincipal;
import be.synerjob.hub.organisation.IssuedKey;
import be.synerjob.hub.organisation.Members;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.organisation.SharingAgreements;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administration of API keys and sharing agreements; needs the {@code admin} scope. */
@RestController
@RequestMapping("/api/v1/admin")
@PreAuthorize("hasAuthority('SCOPE_admin')")
@Tag(name = "Administration", description = "API keys, sharing agreements and the audit log")
@SecurityRequirement(name = "apiKey")
class AdminController {

  private final ApiKeys keys;
  private final SharingAgreements agreements;
  private final Members members;
  private final AuditLog audit;

  AdminController(ApiKeys keys, SharingAgreements agreements, Members members, AuditLog audit) {
    this.keys = keys;
    this.agreements = agreements;
    this.members = members;
    this.audit = audit;
  }

  /** What an administrator sends to create a key. */
  record KeyRequest(String member, String name, List<String> scopes) {}

  /** A created key: the secret is shown in this response only. */
  record KeyCreated(ApiKey key, String secret) {}

  @PostMapping("/keys")
  @Operation(summary = "Create an API key (the secret is returned once)")
  ResponseEntity<KeyCreated> createKey(@RequestBody KeyRequest request) {
    MemberCode member =
        request.member() == null || request.member().isBlank()
            ? null
            : members.require("member", request.member()).code();
    var scopes =
        ApiKeys.parseScopes(request.scopes() == null ? "" : String.join(",", request.scopes()));
    IssuedKey issued = keys.create(member, request.name(), scopes);
    ApiPrincipal me = ApiPrincipal.current();
    audit.record(
        me.actor(),
        member == null ? null : member.value(),
        AuditAction.KEY_CREATED,
        "key:" + issued.key().prefix(),
        "OK",
        "scopes " + scopes);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new KeyCreated(issued.key(), issued.secret()));
  }

  @GetMapping("/keys")
  @Operation(summary = "List API keys (never their secrets)")
  List<ApiKey> listKeys(@RequestParam(required = false) String member) {
    return keys.list(member == null ? null : members.require("member", member).code());
  }

  @DeleteMapping("/keys/{id}")
  @Operation(summary = "Revoke an API key at once")
  ResponseEntity<Void> revokeKey(@PathVariable String id) {
    ApiKey key = keys.find(id).orElseThrow(() -> HubException.notFound("No API key with id " + id));
    keys.revoke(id);
    audit.record(
        ApiPrincipal.current().actor(),
        key.member() == null ? null : key.member().value(),
        AuditAction.KEY_REVOKED,
        "key:" + key.prefix(),
        "OK",
        null);
    return ResponseEntity.noContent().build();
  }

  /** The rules of an agreement, as an administrator sends them. */
  record AgreementRules(
      Boolean onlyShareable,
      Boolean excludeTemporaryWorkAgencies,
      Boolean onlyActiveManagement,
      List<String> regions) {}

  @GetMapping("/agreements")
  @Operation(summary = "List sharing agreements")
  List<SharingAgreement> listAgreements() {
    return agreements.list();
  }

  @PutMapping("/agreements/{recipient}/{source}")
  @Operation(
      summary = "Create or replace the agreement of a recipient with a source",
      description =
          "The recipient's feed receives additions and removals for the vacancies that enter or leave its view.")
  SharingAgreement putAgreement(
      @PathVariable String recipient,
      @PathVariable String source,
      @RequestBody AgreementRules rules) {
    Set<Region> regions = new LinkedHashSet<>();
    if (rules.regions() != null) {
      for (String r : rules.regions()) {
        regions.add(
            Region.parse(r)
                .orElseThrow(
                    () ->
                        HubException.invalidParameter(
                            "regions",
                            "unknown region '"
                                + r
                                + "'; valid values: FLANDERS, WALLONIA, BRUSSELS (or VLG, WAL, BRU)")));
      }
    }
    SharingAgreement a =
        new SharingAgreement(
            members.require("recipient", recipient).code(),
            members.require("source", source).code(),
            rules.onlyShareable() == null || rules.onlyShareable(),
            Boolean.TRUE.equals(rules.excludeTemporaryWorkAgencies()),
            Boolean.TRUE.equals(rules.onlyActiveManagement()),
            regions,
            null,
            null);
    String actor = ApiPrincipal.current().actor();
    SharingAgreement saved = agreements.put(a, actor);
    audit.record(
        actor,
        saved.recipient().value(),
        AuditAction.AGREEMENT_CHANGED,
        "agreement:" + saved.recipient() + "<-" + saved.source(),
        "OK",
        saved.toString());
    return saved;
  }

  @DeleteMapping("/agreements/{recipient}/{source}")
  @Operation(summary = "End an agreement; the recipient receives removals")
  ResponseEntity<Void> deleteAgreement(
      @PathVariable String recipient, @PathVariable String source) {
    MemberCode r = members.require("recipient", recipient).code();
    MemberCode s = members.require("source", source).code();
    if (!agreements.remove(r, s)) {
      throw HubException.notFound("No agreement for recipient " + r + " with source " + s);
    }
    audit.record(
        ApiPrincipal.current().actor(),
        r.value(),
        AuditAction.AGREEMENT_REMOVED,
        "agreement:" + r + "<-" + s,
        "OK",
        null);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/audit")
  @Operation(summary = "The newest audit records")
  List<AuditEvent> audit(
      @RequestParam(required = false) String member,
      @RequestParam(defaultValue = "100") int limit) {
    if (limit < 1 || limit > 1000) {
      throw HubException.invalidParameter("limit", "must be between 1 and 1000");
    }
    return audit.recent(
        member == null ? null : members.require("member", member).code().value(), limit);
  }
}
