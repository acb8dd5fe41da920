package be.synerjob.hub.learning.web;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.learning.LearningPrincipal;
import be.synerjob.hub.learning.LearningViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An employee's own account: the token decides whose; nothing in the request can change it. */
@RestController
@PreAuthorize("hasAuthority('LEARNING_EMPLOYEE')")
@Tag(name = "Learning accounts")
@SecurityRequirement(name = "apiKey")
class EmployeeController {

  private final LearningViews views;
  private final AuditLog audit;

  EmployeeController(LearningViews views, AuditLog audit) {
    this.views = views;
    this.audit = audit;
  }

  @GetMapping("/api/v1/learning/me")
  @Operation(
      summary =
          "My training right: balance per employer, year and window, training taken, and my"
              + " individual learning account",
      description = "Labels in the language of ?lang= or Accept-Language (nl, fr, de, en).")
  LearningViews.PersonView me(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = "Accept-Language", required = false) String accept) {
    LearningPrincipal p = Callers.current(LearningPrincipal.Kind.EMPLOYEE);
    int y = year == null ? views.currentYear() : year;
    if (y < 2023 || y > views.currentYear() + 1) {
      throw HubException.invalidParameter(
          "year", "must be from 2023 to " + (views.currentYear() + 1));
    }
    audit.record(
        p.actor(),
        null,
        AuditAction.LEARNING_ACCOUNT_READ,
        "person:hmac:" + p.subject().substring(0, 12),
        "OK",
        "own account, year " + y);
    return views.person(p.subject(), y, Callers.language(lang, accept));
  }
}
