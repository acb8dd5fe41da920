package be.synerjob.hub.classification.web;

import be.synerjob.hub.classification.Classification;
import be.synerjob.hub.classification.Classifications;
import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.reference.Reference;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Occupation coding of job titles: any valid API key. */
@RestController
@RequestMapping("/api/v1/classification")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Occupation coding")
@SecurityRequirement(name = "apiKey")
class ClassificationController {

  static final int MAX_TITLE = 200;
  static final int MAX_DESCRIPTION = 20_000;
  static final int MAX_TOP = 20;

  private final Classifications classifications;

  ClassificationController(Classifications classifications) {
    this.classifications = classifications;
  }

  /** The request: one or more titles. */
  @Schema(description = "Titles to code to ESCO occupations")
  record ClassifyRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Item> items,
      @Schema(description = "How many occupations per title (1–20, default 5)", example = "5")
          Integer top) {}

  /** One title to code. */
  record Item(
      @Schema(description = "Your id for the title, echoed back", example = "42") String id,
      @Schema(
              example = "Vrachtwagenchauffeur CE (m/v/x)",
              maxLength = MAX_TITLE,
              requiredMode = Schema.RequiredMode.REQUIRED)
          String title,
      @Schema(description = "nl, fr, de or en; detected when absent", example = "nl")
          String language,
      @Schema(description = "The vacancy's description: a weak signal", maxLength = MAX_DESCRIPTION)
          String description) {}

  /** The answer: one result per item, in order. */
  record ClassifyResponse(List<Result> results, String attribution) {}

  /** The ranked occupations of one item. */
  record Result(int index, String id, Classification classification) {}

  @PostMapping(
      value = "/occupations",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Code job titles to ESCO occupations, with scores and an explanation",
      description =
          "For each title (nl, fr, de or en; the language is detected when not given): the best ESCO"
              + " occupations, each with a score, a confidence and an explanation (the label that"
              + " matched, its language, ESCO or ROME source and the method). Gender markers, seniority"
              + " and contract words are ignored; Dutch and German compounds are split. At most"
              + " hub.classification.max-titles titles (default 100) per request. Any valid API key.")
  @ApiResponse(responseCode = "200", description = "One result per item, in order")
  @ApiResponse(
      responseCode = "400",
      description = "A bad item: the problem names items[i].title, items[i].language, …")
  ClassifyResponse classify(@RequestBody ClassifyRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    int max = classifications.properties().maxTitles();
    List<Item> items = request == null ? null : request.items();
    if (items == null || items.isEmpty()) {
      problems.add(FieldProblem.of("items", "required", "give at least one item with a title"));
    } else if (items.size() > max) {
      problems.add(
          FieldProblem.of(
              "items", "too-many", "at most " + max + " titles per request; got " + items.size()));
    }
    int top = request == null || request.top() == null ? 5 : request.top();
    if (top < 1 || top > MAX_TOP) {
      problems.add(FieldProblem.of("top", "out-of-range", "must be between 1 and " + MAX_TOP));
    }
    List<Language> languages = new ArrayList<>();
    if (problems.isEmpty()) {
      for (int i = 0; i < items.size(); i++) {
        Item it = items.get(i);
        String f = "items[" + i + "]";
        Language lang = null;
        if (it == null || it.title() == null || it.title().isBlank()) {
          problems.add(FieldProblem.of(f + ".title", "required", "is required"));
        } else if (it.title().length() > MAX_TITLE) {
          problems.add(
              FieldProblem.of(
                  f + ".title",
                  "too-long",
                  "has " + it.title().length() + " characters; at most " + MAX_TITLE));
        }
        if (it != null && it.language() != null && !it.language().isBlank()) {
          lang = Language.parse(it.language()).orElse(null);
          if (lang == null) {
            problems.add(
                FieldProblem.of(
                    f + ".language",
                    "invalid",
                    "'" + clip(it.language()) + "' is not one of nl, fr, de, en"));
          }
        }
        if (it != null && it.description() != null && it.description().length() > MAX_DESCRIPTION) {
          problems.add(
              FieldProblem.of(
                  f + ".description", "too-long", "at most " + MAX_DESCRIPTION + " characters"));
        }
        languages.add(lang);
      }
    }
    if (!problems.isEmpty()) {
      throw HubException.validation("The classification request has problems", problems);
    }
    List<Result> results = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      results.add(
          new Result(
              i,
              it.id(),
              classifications.classify(it.title(), it.description(), languages.get(i), top)));
    }
    return new ClassifyResponse(
        results, Reference.ESCO_ATTRIBUTION + " " + Reference.ROME_ATTRIBUTION);
  }

  private static String clip(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "…" : s;
  }
}
