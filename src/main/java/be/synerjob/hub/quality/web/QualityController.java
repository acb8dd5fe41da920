package be.synerjob.hub.quality.web;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.quality.ExchangeQuality;
import be.synerjob.hub.quality.FillRates;
import be.synerjob.hub.quality.QualityAlerts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The exchange's quality, for the working group on vacancy exchange and the integration teams. */
@RestController
@RequestMapping("/api/v1/quality")
@PreAuthorize("hasAnyAuthority('SCOPE_vacancies:publish', 'SCOPE_feed:read', 'SCOPE_admin')")
@Tag(name = "Exchange quality")
@SecurityRequirement(name = "apiKey")
class QualityController {

  private final FillRates fillRates;

  private final ExchangeQuality quality;
  private final QualityAlerts alerts;

  QualityController(ExchangeQuality quality, QualityAlerts alerts, FillRates fillRates) {
    this.fillRates = fillRates;
    this.quality = quality;
    this.alerts = alerts;
  }

  @GetMapping("/flows")
  @Operation(
      summary =
          "Every flow: what each member sends per channel, what each partner has still to read",
      description =
          "Per member and channel: records per day and outcome, accepted and rejected, the top reasons. Per"
              + " receiving member: its feed position against the head, unread changes per source and the age"
              + " of the oldest (lag). Per member: coding coverage and stale open vacancies.")
  ExchangeQuality.Flows flows(@RequestParam(defaultValue = "14") int days) {
    if (days < 1 || days > 366) {
      throw HubException.invalidParameter("days", "must be between 1 and 366");
    }
    return quality.flows(days);
  }

  @GetMapping("/alerts")
  @Operation(summary = "Quality alerts, newest first (open ones only unless all=true)")
  List<QualityAlerts.Alert> alerts(@RequestParam(defaultValue = "false") boolean all) {
    return alerts.list(!all, 500);
  }

  @PostMapping("/fill-rates")
  @PreAuthorize("hasAuthority('SCOPE_admin')")
  @Operation(
      summary = "Recompute the field fill rates now",
      description =
          "Per member, the share of open vacancies that fill each optional field; otherwise"
              + " recomputed every hour and shown in /flows as fillRates.")
  List<FillRates.MemberFill> fillRates() {
    return fillRates.compute();
  }
}
