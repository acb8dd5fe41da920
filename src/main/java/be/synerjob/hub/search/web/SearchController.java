package be.synerjob.hub.search.web;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.organisation.ApiPrincipal;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.search.SearchQuery;
import be.synerjob.hub.search.SearchResult;
import be.synerjob.hub.search.SearchViewer;
import be.synerjob.hub.search.VacancySearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Searching the open vacancies a key may read. */
@RestController
@Tag(name = "Search", description = "Full-text and faceted search of the open vacancies")
@SecurityRequirement(name = "apiKey")
class SearchController {

  private final VacancySearch search;
  private final AuditLog audit;

  SearchController(VacancySearch search, AuditLog audit) {
    this.search = search;
    this.audit = audit;
  }

  @GetMapping(value = "/api/v1/vacancies/search", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAnyAuthority('SCOPE_vacancies:publish', 'SCOPE_feed:read', 'SCOPE_admin')")
  @Operation(
      summary = "Search the open vacancies you may read",
      description =
          "Full text in nl/fr/de/en (compound words, elision, accents; words also match the"
              + " occupation's labels in the four languages), filters, facet counts, highlights and"
              + " cursor paging without depth limit. Repeated values of a parameter are"
              + " alternatives; different parameters all apply. An unknown code is a 400 problem"
              + " naming the parameter and its valid values. A member's key sees its own vacancies"
              + " and, with feed:read, those its sharing agreements admit; an operator key sees"
              + " all. See docs/search.md.")
  SearchResult search(
      @Parameter(description = "words; each must match") @RequestParam(required = false) String q,
      @Parameter(description = "language of the words and labels: nl, fr, de, en")
          @RequestParam(required = false)
          String lang,
      @RequestParam(required = false) List<String> member,
      @Parameter(description = "VLG, WAL, BRU") @RequestParam(required = false) List<String> region,
      @Parameter(description = "BE-VAN, BE-WHT, … or a name") @RequestParam(required = false)
          List<String> province,
      @RequestParam(required = false) String postcode,
      @Parameter(description = "NIS code") @RequestParam(required = false) String municipality,
      @RequestParam(required = false) String radiusKm,
      @Parameter(description = "ESCO URI, ROME code, ISCO-08 group at any level")
          @RequestParam(required = false)
          List<String> occupation,
      @RequestParam(required = false) List<String> competence,
      @RequestParam(required = false) List<String> contract,
      @RequestParam(required = false) List<String> regime,
      @Parameter(description = "required language, optionally the candidate's level: nl, nl:B2")
          @RequestParam(required = false)
          List<String> language,
      @Parameter(description = "ISO date") @RequestParam(required = false) String since,
      @RequestParam(required = false) String activeManagement,
      @Parameter(description = "cluster: one vacancy per duplicate cluster")
          @RequestParam(required = false)
          String collapse,
      @Parameter(description = "relevance, date, distance") @RequestParam(required = false)
          String sort,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) String limit,
      @Parameter(description = "false to skip facet counts")
          @RequestParam(required = false, defaultValue = "true")
          boolean facets) {
    ApiPrincipal me = ApiPrincipal.current();
    SearchViewer viewer =
        me.isOperator()
            ? (me.has(Scope.ADMIN)
                ? SearchViewer.operatorView()
                : new SearchViewer(null, false, false))
            : SearchViewer.of(me.member(), me.has(Scope.FEED_READ));
    return search.search(
        new SearchQuery(
            q,
            lang,
            member,
            region,
            province,
            postcode,
            municipality,
            radiusKm,
            occupation,
            competence,
            contract,
            regime,
            language,
            since,
            activeManagement,
            collapse,
            sort,
            cursor,
            limit,
            facets),
        viewer);
  }

  @PostMapping(value = "/api/v1/search/reindex", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAuthority('SCOPE_admin')")
  @Operation(summary = "Rebuild this node's search index from the database (operators)")
  Map<String, Object> reindex() {
    ApiPrincipal me = ApiPrincipal.current();
    long n = search.reindex();
    audit.record(
        me.actor(), null, AuditAction.SEARCH_REINDEXED, "search index", "OK", n + " vacancies");
    return Map.of("indexed", n, "position", Long.toString(search.position()));
  }
}
