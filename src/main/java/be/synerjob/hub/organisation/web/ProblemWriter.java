package be.synerjob.hub.organisation.web;

import be.synerjob.hub.core.ProblemType;
import be.synerjob.hub.core.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem documents from security filters, which run before Spring MVC. */
class ProblemWriter {

  private final JsonMapper json;

  ProblemWriter(JsonMapper json) {
    this.json = json;
  }

  void unauthenticated(HttpServletRequest request, HttpServletResponse response, String detail)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"synerjob-hub\"");
    write(response, Problems.of(ProblemType.UNAUTHENTICATED, detail, List.of(), request));
  }

  void forbidden(HttpServletRequest request, HttpServletResponse response, String detail)
      throws IOException {
    write(response, Problems.of(ProblemType.FORBIDDEN, detail, List.of(), request));
  }

  private void write(HttpServletResponse response, ProblemDetail pd) throws IOException {
    response.setStatus(pd.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), pd);
  }
}
