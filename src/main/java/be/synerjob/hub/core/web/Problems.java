package be.synerjob.hub.core.web;

import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.core.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds RFC 9457 problem documents from the hub's problem catalogue. */
public final class Problems {

  private Problems() {}

  public static ProblemDetail of(
      ProblemType type, String detail, List<FieldProblem> problems, HttpServletRequest request) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(type.status()), detail);
    pd.setType(type.type());
    pd.setTitle(type.title());
    if (request != null) {
      pd.setInstance(URI.create(request.getRequestURI()));
    }
    if (problems != null && !problems.isEmpty()) {
      pd.setProperty("problems", problems);
    }
    return pd;
  }

  public static ResponseEntity<ProblemDetail> response(
      ProblemType type, String detail, List<FieldProblem> problems, HttpServletRequest request) {
    return ResponseEntity.status(type.status())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(of(type, detail, problems, request));
  }
}
