package be.synerjob.hub.learning.web;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.learning.LearningAccounts;
import be.synerjob.hub.learning.LearningPrincipal;
import be.synerjob.hub.learning.LearningService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What member services do with the {@code learning:admin} scope: register employers and issue their
 * keys, issue employees' tokens, set sector agreements, and record certifications in the individual
 * learning account.
 */
@RestController
@PreAuthorize("hasAuthority('SCOPE_learning:admin')")
@Tag(name = "Learning accounts")
@SecurityRequirement(name = "apiKey")
class ServiceController {

  private final LearningService service;
  private final LearningAccounts accounts;

  ServiceController(LearningService service, LearningAccounts accounts) {
    this.service = service;
    this.accounts = accounts;
  }

  private static LearningPrincipal me() {
    return Callers.current(LearningPrincipal.Kind.SERVICE);
  }

  record EmployerRegistration(String enterpriseNumber, String name) {}

  @PostMapping("/api/v1/learning/admin/employers")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Register an employer and issue it a key (shown once)",
      description = "The key reaches only this enterprise number's declarations.")
  LearningService.Issued employer(@RequestBody EmployerRegistration body) {
    return service.registerEmployer(body.enterpriseNumber(), body.name(), me());
  }

  record Person(String nationalNumber) {}

  @PostMapping("/api/v1/learning/admin/employee-tokens")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Issue a personal token to the holder of a national number (shown once)")
  LearningService.Issued token(@RequestBody Person body) {
    return service.issueEmployeeToken(body.nationalNumber(), me());
  }

  @DeleteMapping("/api/v1/learning/admin/credentials/{prefix}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revoke an employer key or employee token by its prefix (sjl_<prefix>_…)")
  void revoke(@PathVariable String prefix) {
    service.revokeCredential(prefix, me());
  }

  record SectorAgreement(BigDecimal days, String source) {}

  @PutMapping("/api/v1/learning/admin/sector-agreements/{jointCommittee}/{year}")
  @Operation(
      summary = "Set the days per FTE a joint committee's sector agreement grants for a year",
      description = "Refused below the floor of the rules in force (2 days).")
  SectorAgreement sector(
      @PathVariable String jointCommittee, @PathVariable int year, @RequestBody SectorAgreement b) {
    service.putSectorAgreement(jointCommittee, year, b.days(), b.source(), me());
    return b;
  }

  @PostMapping("/api/v1/learning/accounts/certifications")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a certification, qualification or study in a citizen's account")
  LearningAccounts.Certification certification(
      @RequestBody LearningAccounts.CertificationInput body) {
    return accounts.record(body, me());
  }

  @PostMapping("/api/v1/learning/accounts/lookup")
  @Operation(
      summary = "A citizen's individual learning account (certifications)",
      description = "POST so the national number never appears in a URL.")
  List<LearningAccounts.Certification> account(@RequestBody Person body) {
    if (body.nationalNumber() == null) {
      throw HubException.invalidParameter("nationalNumber", "is required");
    }
    return accounts.certifications(service.personHash("lookup", body.nationalNumber()));
  }
}
