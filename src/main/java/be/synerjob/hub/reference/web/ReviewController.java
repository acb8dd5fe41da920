package be.synerjob.hub.reference.web;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.ProblemType;
import be.synerjob.hub.reference.ConceptKind;
import be.synerjob.hub.reference.ReferenceReleases;
import be.synerjob.hub.reference.Scheme;
import be.synerjob.hub.reference.TranslationReviews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Translation review of the reference's labels. Reading the list and the history is public like the
 * rest of the reference; recording a decision needs an API key with the {@code reference:review}
 * scope (or {@code admin}), and the key's actor is recorded as the reviewer.
 */
@RestController
@RequestMapping("/api/v1/reference/reviews")
@Tag(name = "Reference", description = "Translation review of labels")
class ReviewController {

  /** Scopes that may record a review decision. */
  static final Set<String> REVIEW_AUTHORITIES = Set.of("SCOPE_reference:review", "SCOPE_admin");

  private final TranslationReviews reviews;

  ReviewController(TranslationReviews reviews) {
    this.reviews = reviews;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Labels to review",
      description =
          "Preferred labels in nl, fr or de that are missing, or new or changed in a release, and"
              + " not reviewed since. Filters: scheme, kind, lang, release (the release the label"
              + " appeared in), state (unreviewed and proposed by default; unreviewed, proposed,"
              + " reviewed), reason (missing, new, changed). Paged with limit and after.")
  TranslationReviews.Page list(
      @RequestParam(required = false) String scheme,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String lang,
      @RequestParam(required = false) String release,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String after,
      @RequestParam(required = false, defaultValue = "100") int limit) {
    Scheme s =
        scheme == null || scheme.isBlank() ? null : ReferenceReleases.scheme("scheme", scheme);
    ConceptKind k = ReferenceReleases.kind("kind", kind);
    Language l = ReferenceController.language(lang);
    return reviews.queue(
        s,
        k,
        l,
        release == null || release.isBlank() ? null : release.trim(),
        parse("state", state, TranslationReviews.State.class),
        parse("reason", reason, TranslationReviews.Reason.class),
        after,
        limit);
  }

  /**
   * A reviewer's decision.
   *
   * @param concept the concept's id (ESCO URI or scheme:code)
   * @param language nl, fr or de
   * @param action REVIEWED or PROPOSED
   * @param label the preferred label as the reviewer saw it (omit when it was missing)
   * @param proposedLabel the corrected label, with PROPOSED
   */
  record DecisionRequest(
      String concept,
      String language,
      String action,
      String label,
      String proposedLabel,
      String note) {}

  @PostMapping(
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @SecurityRequirement(name = "apiKey")
  @Operation(
      summary = "Mark a label reviewed or propose a corrected one",
      description =
          "Needs an API key with scope reference:review or admin. 409 when the label changed since"
              + " the reviewer saw it.")
  TranslationReviews.Decision decide(
      @RequestBody DecisionRequest body, Authentication authentication) {
    if (authentication == null
        || authentication instanceof AnonymousAuthenticationToken
        || !authentication.isAuthenticated()) {
      throw new HubException(
          ProblemType.UNAUTHENTICATED,
          "Recording a review needs an API key with scope reference:review or admin");
    }
    boolean allowed =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(REVIEW_AUTHORITIES::contains);
    if (!allowed) {
      throw HubException.forbidden("Recording a review needs scope reference:review or admin");
    }
    if (body == null || body.concept() == null || body.concept().isBlank()) {
      throw HubException.invalidParameter("concept", "is required");
    }
    TranslationReviews.Action action =
        parse("action", body.action(), TranslationReviews.Action.class);
    return reviews.decide(
        body.concept(),
        body.language(),
        action,
        body.label(),
        body.proposedLabel(),
        body.note(),
        authentication.getName());
  }

  @GetMapping(value = "/history", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Every review decision on a concept, oldest first")
  List<TranslationReviews.Decision> history(
      @RequestParam(required = false) String concept, @RequestParam(required = false) String lang) {
    if (concept == null || concept.isBlank()) {
      throw HubException.invalidParameter("concept", "is required");
    }
    return reviews.history(concept, lang);
  }

  private static <E extends Enum<E>> E parse(String parameter, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      StringBuilder valid = new StringBuilder();
      for (E c : type.getEnumConstants()) {
        valid.append(valid.length() == 0 ? "" : ", ").append(c.name().toLowerCase(Locale.ROOT));
      }
      throw HubException.invalidParameter(
          parameter, "'" + value + "' is not valid; valid values: " + valid);
    }
  }
}
