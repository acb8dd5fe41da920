package be.synerjob.hub.vacancy.web;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.ApiPrincipal;
import be.synerjob.hub.organisation.Members;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.vacancy.BatchReader;
import be.synerjob.hub.vacancy.BatchResult;
import be.synerjob.hub.vacancy.IncomingRecord;
import be.synerjob.hub.vacancy.PublishOutcome;
import be.synerjob.hub.vacancy.RecordResult;
import be.synerjob.hub.vacancy.StoredVacancy;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyService;
import be.synerjob.hub.vacancy.VacancyStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Publishing and reading vacancies. A member only ever writes its own vacancies. */
@RestController
@RequestMapping("/api/v1/vacancies")
@Tag(name = "Vacancies", description = "Publish, update, close and read vacancies")
@SecurityRequirement(name = "apiKey")
class VacancyController {

  private final VacancyService service;
  private final VacancyStore store;
  private final Members members;
  private final SharingAgreements agreements;
  private final AuditLog audit;

  VacancyController(
      VacancyService service,
      VacancyStore store,
      Members members,
      SharingAgreements agreements,
      AuditLog audit) {
    this.service = service;
    this.store = store;
    this.members = members;
    this.agreements = agreements;
    this.audit = audit;
  }

  static final String BATCH_EXAMPLE =
      """
      {"vacancies": [{
        "reference": "VDAB-2026-0001234",
        "language": "nl",
        "title": "Vrachtwagenchauffeur CE (m/v/x)",
        "description": "Voor ons distributiecentrum in Gent zoeken we een chauffeur CE voor nationaal transport.",
        "occupations": [
          {"scheme": "ESCO", "code": "http://data.europa.eu/esco/occupation/45037d43-a8f5-4f46-b332-b2935bc305f4"},
          {"scheme": "ROME", "code": "N4101"}],
        "employer": {"name": "Transport Peeters NV", "enterpriseNumber": "0403.170.701"},
        "workplace": {"postcode": "9000"},
        "contractType": "PERMANENT",
        "workRegime": "FULL_TIME",
        "hoursPerWeek": 38,
        "languages": [{"language": "nl", "level": "B2"}],
        "drivingLicences": ["B", "CE"],
        "salary": {"min": 2800, "max": 3300, "currency": "EUR", "period": "MONTH"},
        "application": {"email": "jobs@peeters.example.be"},
        "exchange": {"shareable": true, "activeManagement": false, "eures": true}
      }]}
      """;

  /** The body of a batch: the vacancies, at most 1,000. */
  record BatchRequest(
      @ArraySchema(schema = @Schema(implementation = Vacancy.class)) List<Vacancy> vacancies) {}

  @PostMapping(
      value = "/batch",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAuthority('SCOPE_vacancies:publish')")
  @Operation(
      summary = "Publish up to 1,000 vacancies",
      description =
          "Body: {\"vacancies\": [ … ]} or a bare array. One result per record, in order: CREATED, UPDATED,"
              + " UNCHANGED, CLOSED or REJECTED with its problems. All accepted records are stored in one"
              + " transaction. Sending the same content again is UNCHANGED and adds no change to the feed.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @io.swagger.v3.oas.annotations.media.Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      schema = @Schema(implementation = BatchRequest.class),
                      examples =
                          @io.swagger.v3.oas.annotations.media.ExampleObject(
                              name = "one vacancy",
                              value = BATCH_EXAMPLE))))
  BatchResult batch(@RequestBody byte[] body) {
    ApiPrincipal me = ApiPrincipal.current();
    MemberCode member = me.requireMember();
    List<IncomingRecord> records = BatchReader.read(body, service.maxBatchSize());
    BatchResult result = service.publish(member, records, "API");
    audit.record(
        me.actor(),
        member.value(),
        AuditAction.VACANCIES_PUBLISHED,
        "batch of " + records.size(),
        "OK",
        result.counts().toString());
    return result;
  }

  @PutMapping(
      value = "/{member}/{reference}",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAuthority('SCOPE_vacancies:publish')")
  @Operation(
      summary = "Create or replace one vacancy",
      description =
          "201 when created, 200 when updated, unchanged or closed, 400 with the problems when rejected.")
  ResponseEntity<RecordResult> put(
      @PathVariable String member, @PathVariable String reference, @RequestBody JsonNode body) {
    ApiPrincipal me = ApiPrincipal.current();
    MemberCode own = ownMember(me, member);
    IncomingRecord record = BatchReader.record(body);
    if (record.vacancy() != null
        && record.vacancy().reference() != null
        && !record.vacancy().reference().equals(reference)) {
      throw HubException.validation(
          "The reference in the body differs from the one in the path",
          List.of(
              FieldProblem.of(
                  "reference",
                  "mismatch",
                  "'"
                      + record.vacancy().reference()
                      + "' differs from '"
                      + reference
                      + "' in the path")));
    }
    if (record.vacancy() != null && record.vacancy().reference() == null) {
      record = IncomingRecord.parsed(withReference(record.vacancy(), reference));
    }
    RecordResult r = service.publish(own, List.of(record), "API").results().get(0);
    audit.record(
        me.actor(),
        own.value(),
        AuditAction.VACANCIES_PUBLISHED,
        "vacancy " + reference,
        "OK",
        r.outcome().name());
    if (r.outcome() == PublishOutcome.REJECTED) {
      throw HubException.validation(
          "Vacancy '" + reference + "' was rejected: " + r.problems().size() + " problem(s)",
          r.problems());
    }
    return ResponseEntity.status(
            r.outcome() == PublishOutcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
        .body(r);
  }

  @PostMapping(value = "/{member}/{reference}/close", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAuthority('SCOPE_vacancies:publish')")
  @Operation(summary = "Close one vacancy; its contact details are masked from then on")
  RecordResult close(@PathVariable String member, @PathVariable String reference) {
    ApiPrincipal me = ApiPrincipal.current();
    MemberCode own = ownMember(me, member);
    RecordResult r = service.close(own, reference, "API");
    audit.record(
        me.actor(),
        own.value(),
        AuditAction.VACANCY_CLOSED,
        "vacancy " + reference,
        "OK",
        r.outcome().name());
    return r;
  }

  /** A page of a member's own vacancies. */
  record VacancyList(String member, List<VacancyStore.Listed> items, String next, boolean more) {}

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "List a member's own vacancies, in reference order",
      description =
          "For reconciliation: what the hub holds of yours. Page with after=<next>; no depth limit. Operators"
              + " may name any member.")
  @PreAuthorize("hasAnyAuthority('SCOPE_vacancies:publish', 'SCOPE_admin')")
  VacancyList list(
      @RequestParam(required = false) String member,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String after,
      @RequestParam(defaultValue = "1000") int limit) {
    ApiPrincipal me = ApiPrincipal.current();
    MemberCode target =
        member == null ? me.requireMember() : members.require("member", member).code();
    if (!me.isOperator() && !target.equals(me.member())) {
      throw HubException.forbidden("A key of " + me.member() + " lists only its own vacancies");
    }
    if (limit < 1 || limit > 10_000) {
      throw HubException.invalidParameter("limit", "must be between 1 and 10000");
    }
    String st = status == null ? null : status.trim().toUpperCase(java.util.Locale.ROOT);
    if (st != null && !st.equals("OPEN") && !st.equals("CLOSED")) {
      throw HubException.invalidParameter("status", "'" + status + "'; valid values: OPEN, CLOSED");
    }
    List<VacancyStore.Listed> items = store.list(target, st, after, limit);
    String next = items.isEmpty() ? after : items.get(items.size() - 1).reference();
    return new VacancyList(target.value(), items, next, items.size() == limit);
  }

  @GetMapping(value = "/{member}/{reference}/versions", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "The version history of one of your vacancies (or, with ?version=n, that version)")
  @PreAuthorize("hasAnyAuthority('SCOPE_vacancies:publish', 'SCOPE_admin')")
  ResponseEntity<?> versions(
      @PathVariable String member,
      @PathVariable String reference,
      @RequestParam(required = false) Integer version) {
    ApiPrincipal me = ApiPrincipal.current();
    MemberCode source = members.require("member", member).code();
    if (!me.isOperator() && !source.equals(me.member())) {
      throw HubException.forbidden("A key of " + me.member() + " reads only its own history");
    }
    StoredVacancy v =
        store
            .find(source, reference)
            .orElseThrow(() -> HubException.notFound("No vacancy " + member + "/" + reference));
    if (version == null) {
      return ResponseEntity.ok(store.versions(v.id()));
    }
    return store
        .versionContent(v.id(), version)
        .<ResponseEntity<?>>map(
            json -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json))
        .orElseThrow(
            () ->
                HubException.notFound(
                    "Vacancy " + member + "/" + reference + " has no version " + version));
  }

  @GetMapping(value = "/{member}/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Read one vacancy by its member's reference")
  @PreAuthorize("hasAnyAuthority('SCOPE_vacancies:publish', 'SCOPE_feed:read', 'SCOPE_admin')")
  ResponseEntity<String> get(@PathVariable String member, @PathVariable String reference) {
    MemberCode source = members.require("member", member).code();
    return serve(store.find(source, reference), member + "/" + reference);
  }

  @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Read one vacancy by the hub's id")
  @PreAuthorize("hasAnyAuthority('SCOPE_vacancies:publish', 'SCOPE_feed:read', 'SCOPE_admin')")
  ResponseEntity<String> get(@PathVariable String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw HubException.invalidParameter("id", "'" + id + "' is not a vacancy id (a UUID)");
    }
    return serve(store.find(uuid), id);
  }

  /**
   * Owners and operators see their vacancies; a partner sees one its agreement admits (closed ones
   * masked).
   */
  private ResponseEntity<String> serve(java.util.Optional<StoredVacancy> found, String what) {
    ApiPrincipal me = ApiPrincipal.current();
    StoredVacancy v = found.orElseThrow(() -> HubException.notFound("No vacancy " + what));
    boolean owner = me.member() != null && me.member().equals(v.routing().source());
    boolean operator = me.isOperator() && me.has(Scope.ADMIN);
    if (!owner && !operator) {
      if (me.member() == null
          || !me.has(Scope.FEED_READ)
          || !agreements.current().admits(me.member(), v.routing().asOpen())) {
        throw HubException.notFound("No vacancy " + what);
      }
    }
    return ResponseEntity.ok()
        .eTag("\"" + v.id() + "-" + v.version() + "\"")
        .contentType(MediaType.APPLICATION_JSON)
        .body(v.jsonWithCluster());
  }

  private MemberCode ownMember(ApiPrincipal me, String member) {
    MemberCode own = me.requireMember();
    MemberCode target = members.require("member", member).code();
    if (!own.equals(target)) {
      throw HubException.forbidden("A key of " + own + " cannot write vacancies of " + target);
    }
    return own;
  }

  private static Vacancy withReference(Vacancy v, String reference) {
    return v.toBuilder().reference(reference).build();
  }
}
