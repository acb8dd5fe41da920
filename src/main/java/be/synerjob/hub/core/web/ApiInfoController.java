package be.synerjob.hub.core.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What this API is and where its documentation lives. */
@RestController
@Tag(name = "API information")
class ApiInfoController {

  @GetMapping("/api/v1/api-info")
  @Operation(summary = "Name, version and documentation links of the API")
  Map<String, Object> info() {
    return Map.of(
        "name", "Synerjob Hub API",
        "apiVersion", "1",
        "openapi", "/v3/api-docs",
        "documentation", "/swagger-ui.html",
        "problemTypes", be.synerjob.hub.core.ProblemType.BASE,
        "licence", "EUPL-1.2",
        "attribution", "This service uses the ESCO classification of the European Commission.");
  }
}
