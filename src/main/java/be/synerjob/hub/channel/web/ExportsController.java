package be.synerjob.hub.channel.web;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.channel.Exports;
import be.synerjob.hub.channel.FileFormat;
import be.synerjob.hub.channel.FileIngestor;
import be.synerjob.hub.channel.FullFiles;
import be.synerjob.hub.channel.IngestReport;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.organisation.ApiPrincipal;
import be.synerjob.hub.organisation.Members;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Export subscriptions (admin) and a member's own file reports. */
@RestController
@Tag(name = "Files and exports")
@SecurityRequirement(name = "apiKey")
class ExportsController {

  private final Exports exports;
  private final FileIngestor files;
  private final FullFiles fullFiles;
  private final Members members;
  private final AuditLog audit;

  ExportsController(
      Exports exports, FileIngestor files, FullFiles fullFiles, Members members, AuditLog audit) {
    this.fullFiles = fullFiles;
    this.exports = exports;
    this.files = files;
    this.members = members;
    this.audit = audit;
  }

  /** What an administrator sends to subscribe a member to export files. */
  record SubscriptionRequest(
      String recipient, String format, String fullCron, String deltaInterval, String push) {}

  @PostMapping("/api/v1/admin/exports/subscriptions")
  @PreAuthorize("hasAuthority('SCOPE_admin')")
  @Operation(
      summary = "Subscribe a member to export files",
      description =
          "A daily full file (Spring cron, default 0 0 3 * * *, Europe/Brussels) and delta files every"
              + " deltaInterval (ISO-8601, default PT15M), in NDJSON, CSV or XML, written to the member's outbox/"
              + " and pushed to a configured remote when 'push' names one.")
  ResponseEntity<Exports.Subscription> subscribe(@RequestBody SubscriptionRequest r) {
    if (r == null || r.recipient() == null) {
      throw HubException.invalidParameter("recipient", "is required");
    }
    FileFormat format;
    try {
      format =
          FileFormat.valueOf((r.format() == null ? "NDJSON" : r.format()).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw HubException.invalidParameter(
          "format", "'" + r.format() + "'; valid values: NDJSON, CSV, XML");
    }
    Duration delta;
    try {
      delta = r.deltaInterval() == null ? null : Duration.parse(r.deltaInterval());
    } catch (java.time.format.DateTimeParseException e) {
      throw HubException.invalidParameter(
          "deltaInterval", "'" + r.deltaInterval() + "' is not an ISO-8601 duration such as PT15M");
    }
    Exports.Subscription s =
        exports.subscribe(
            members.require("recipient", r.recipient()).code(),
            format,
            r.fullCron(),
            delta,
            r.push());
    audit.record(
        ApiPrincipal.current().actor(),
        s.recipient(),
        AuditAction.EXPORT_SUBSCRIPTION_CHANGED,
        "export subscription " + s.id(),
        "OK",
        s.format() + " full " + s.fullCron() + " delta " + s.deltaInterval());
    return ResponseEntity.status(HttpStatus.CREATED).body(s);
  }

  @GetMapping("/api/v1/admin/exports/subscriptions")
  @PreAuthorize("hasAuthority('SCOPE_admin')")
  @Operation(summary = "List export subscriptions")
  List<Exports.Subscription> subscriptions() {
    return exports.subscriptions();
  }

  @DeleteMapping("/api/v1/admin/exports/subscriptions/{id}")
  @PreAuthorize("hasAuthority('SCOPE_admin')")
  @Operation(summary = "Stop an export subscription")
  ResponseEntity<Void> unsubscribe(@PathVariable String id) {
    if (!exports.unsubscribe(id)) {
      throw HubException.notFound("No export subscription " + id);
    }
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/admin/exports/subscriptions/{id}/full")
  @PreAuthorize("hasAuthority('SCOPE_admin')")
  @Operation(summary = "Write a full export file now")
  Exports.ExportFile full(@PathVariable String id) {
    exports.find(id).orElseThrow(() -> HubException.notFound("No export subscription " + id));
    return exports.full(id);
  }

  @GetMapping("/api/v1/admin/exports/subscriptions/{id}/files")
  @PreAuthorize("hasAuthority('SCOPE_admin')")
  @Operation(summary = "The files written for a subscription, with their manifests' figures")
  List<Exports.ExportFile> exportFiles(@PathVariable String id) {
    exports.find(id).orElseThrow(() -> HubException.notFound("No export subscription " + id));
    return exports.files(id);
  }

  @GetMapping("/api/v1/files")
  @PreAuthorize("hasAnyAuthority('SCOPE_vacancies:publish', 'SCOPE_admin')")
  @Operation(summary = "Your latest files (received over SFTP or polled) with their outcome")
  List<IngestReport> myFiles(@RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > 500) {
      throw HubException.invalidParameter("limit", "must be between 1 and 500");
    }
    return files.list(ApiPrincipal.current().requireMember(), limit);
  }

  @GetMapping("/api/v1/files/{id}")
  @PreAuthorize("hasAnyAuthority('SCOPE_vacancies:publish', 'SCOPE_admin')")
  @Operation(
      summary = "One received file with its outcome",
      description =
          "For a full file (`<name>.full.<ext>`), `fullFile` says what became of the open vacancies"
              + " the file omits: APPLIED (closed), HELD (waiting for confirmation), DISCARDED or"
              + " SKIPPED (the file was not read to its end)")
  IngestReport file(@PathVariable String id) {
    ApiPrincipal caller = ApiPrincipal.current();
    return files
        .find(id)
        .filter(r -> caller.isOperator() || r.member().equals(caller.member().value()))
        .orElseThrow(() -> HubException.notFound("No file " + id));
  }

  @PostMapping("/api/v1/files/{id}/closures/confirm")
  @PreAuthorize("hasAnyAuthority('SCOPE_vacancies:publish', 'SCOPE_admin')")
  @Operation(
      summary = "Confirm the closures a shrinking full file is holding",
      description =
          "Closes the open vacancies the full file omitted (those changed since the file started"
              + " stay open). 409 when the file's closures are not held.")
  FullFiles.FullFile confirm(@PathVariable String id) {
    ApiPrincipal caller = ApiPrincipal.current();
    return fullFiles.confirm(id, caller.member(), caller.actor());
  }

  @PostMapping("/api/v1/files/{id}/closures/discard")
  @PreAuthorize("hasAnyAuthority('SCOPE_vacancies:publish', 'SCOPE_admin')")
  @Operation(
      summary = "Discard the closures a shrinking full file is holding",
      description = "The vacancies the file omitted stay open. 409 when nothing is held.")
  FullFiles.FullFile discard(@PathVariable String id) {
    ApiPrincipal caller = ApiPrincipal.current();
    return fullFiles.discard(id, caller.member(), caller.actor());
  }
}
