package be.synerjob.hub.feed.web;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.feed.FeedReader;
import be.synerjob.hub.organisation.ApiPrincipal;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner change feed. A partner takes a snapshot once, then pages through the changes after
 * the snapshot's cursor, storing the {@code next} cursor of each page. See {@code docs/feed.md} for
 * the contract.
 */
@RestController
@RequestMapping("/api/v1/feed")
@PreAuthorize("hasAuthority('SCOPE_feed:read')")
@Tag(
    name = "Change feed",
    description = "Snapshot and changes of the vacancies a partner may receive")
@SecurityRequirement(name = "apiKey")
class FeedController {

  private final FeedReader reader;
  private final AuditLog audit;
  private final MeterRegistry meters;

  FeedController(FeedReader reader, AuditLog audit, MeterRegistry meters) {
    this.reader = reader;
    this.audit = audit;
    this.meters = meters;
    Gauge.builder("hub.feed.head", reader, FeedReader::head)
        .description("The newest sequence number of the change feed")
        .register(meters);
  }

  @GetMapping(value = "/snapshot", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Everything the caller may receive now, with the cursor it is consistent with",
      description =
          "Streams {recipient, cursor, items: [vacancy…], count}. Continue with /changes?after=<cursor>.")
  void snapshot(
      @Parameter(description = "none (default), or cluster: one vacancy per duplicate cluster")
          @RequestParam(defaultValue = "none")
          String collapse,
      HttpServletResponse response)
      throws IOException {
    if (!collapse.equals("none") && !collapse.equals("cluster")) {
      throw HubException.invalidParameter(
          "collapse", "'" + collapse + "' is not known; valid values: none, cluster");
    }
    ApiPrincipal me = ApiPrincipal.current();
    MemberCode member = me.requireMember();
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    long count = reader.snapshot(member, collapse.equals("cluster"), response.getOutputStream());
    audit.record(
        me.actor(),
        member.value(),
        AuditAction.FEED_SNAPSHOT_READ,
        "feed",
        "OK",
        count + " vacancies");
  }

  /** The body of a details request. */
  record DetailsRequest(List<String> ids) {}

  @PostMapping(
      value = "/details",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "The current content of up to 1,000 vacancies, by id",
      description =
          "For partners that read the changes with include=none. Answers {items: [vacancy…], missing: [id…]};"
              + " an id you may not see is listed as missing, like one that does not exist.")
  void details(@RequestBody DetailsRequest request, HttpServletResponse response)
      throws IOException {
    ApiPrincipal me = ApiPrincipal.current();
    MemberCode member = me.requireMember();
    if (request == null || request.ids() == null || request.ids().isEmpty()) {
      throw HubException.invalidParameter("ids", "a non-empty list of vacancy ids is required");
    }
    if (request.ids().size() > 1000) {
      throw HubException.invalidParameter(
          "ids", "at most 1000 ids per request (got " + request.ids().size() + ")");
    }
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < request.ids().size(); i++) {
      try {
        ids.add(UUID.fromString(request.ids().get(i)));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw HubException.invalidParameter(
            "ids[" + i + "]", "'" + request.ids().get(i) + "' is not a vacancy id (a UUID)");
      }
    }
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    reader.details(member, ids, response.getOutputStream());
    audit.record(
        me.actor(), member.value(), AuditAction.VACANCY_READ, "details", "OK", ids.size() + " ids");
  }

  private static boolean includeVacancies(String include) {
    switch (include) {
      case "vacancy":
        return true;
      case "none":
        return false;
      default:
        throw HubException.invalidParameter(
            "include", "'" + include + "' is not known; valid values: vacancy, none");
    }
  }

  @GetMapping(value = "/changes", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "The changes after a cursor, oldest first",
      description =
          "Each item is an UPSERT (with the vacancy) or a REMOVE (with member, reference, region and"
              + " occupation). Store `next` and ask again with after=next. Send If-None-Match with the ETag"
              + " of the previous answer to get 304 when nothing is new.")
  @ApiResponse(responseCode = "200", description = "A page of changes")
  @ApiResponse(
      responseCode = "304",
      description = "Nothing new since the ETag sent",
      content = @Content)
  void changes(
      @Parameter(description = "Cursor: 0 or a value of `next` or of the snapshot's `cursor`")
          @RequestParam(required = false)
          String after,
      @Parameter(description = "Most items per page (1 to 10000, default 1000)")
          @RequestParam(required = false)
          Integer limit,
      @Parameter(
              description =
                  "vacancy (default): UPSERT items carry the vacancy; none: references and routing fields only,"
                      + " fetch details with POST /api/v1/feed/details")
          @RequestParam(defaultValue = "vacancy")
          String include,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    ApiPrincipal me = ApiPrincipal.current();
    String recipient = me.requireMember().value();
    long cursor = reader.cursor(after);
    int n = reader.limit(limit);
    boolean withVacancies = includeVacancies(include);
    String etag =
        "W/\""
            + String.join(
                "-",
                recipient,
                Long.toString(cursor),
                Integer.toString(n),
                include,
                Long.toString(reader.recipientHead(recipient)))
            + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "no-cache");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      meters.counter("hub.feed.polls.not-modified", "recipient", recipient).increment();
      return;
    }
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    // The page's writer closes the stream it writes to, which ends the response: keep it open until
    // the position is recorded, so a partner that has its page also finds its position (and lag) up
    // to date.
    OutputStream body = new KeptOpen(response.getOutputStream());
    FeedReader.PageSummary page = reader.changes(recipient, cursor, n, withVacancies, body);
    reader.recordPosition(recipient, page.next());
    meters.counter("hub.feed.changes.read", "recipient", recipient).increment(page.count());
    audit.record(
        me.actor(),
        recipient,
        AuditAction.FEED_CHANGES_READ,
        "feed after " + cursor,
        "OK",
        page.count() + " changes, next " + page.next());
  }

  /** The response's stream, flushed but not closed when its writer closes it. */
  private static final class KeptOpen extends OutputStream {
    private final OutputStream out;

    KeptOpen(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
