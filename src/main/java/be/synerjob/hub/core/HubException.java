package be.synerjob.hub.core;

import java.util.List;

/**
 * The one exception type the web layer maps to a problem document. Modules throw it (or a subclass)
 * with the problem type, a detail sentence and, where fields are at fault, the list of field
 * problems.
 */
public class HubException extends RuntimeException {

  private final ProblemType problemType;
  private final List<FieldProblem> problems;

  public HubException(ProblemType problemType, String detail) {
    this(problemType, detail, List.of());
  }

  public HubException(ProblemType problemType, String detail, List<FieldProblem> problems) {
    super(detail);
    this.problemType = problemType;
    this.problems = List.copyOf(problems);
  }

  public ProblemType problemType() {
    return problemType;
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  public static HubException notFound(String detail) {
    return new HubException(ProblemType.NOT_FOUND, detail);
  }

  public static HubException forbidden(String detail) {
    return new HubException(ProblemType.FORBIDDEN, detail);
  }

  public static HubException conflict(String detail) {
    return new HubException(ProblemType.CONFLICT, detail);
  }

  public static HubException invalidParameter(String parameter, String reason) {
    return new HubException(
        ProblemType.INVALID_PARAMETER,
        "Parameter '" + parameter + "': " + reason,
        List.of(FieldProblem.of(parameter, "invalid", reason)));
  }

  public static HubException validation(String detail, List<FieldProblem> problems) {
    return new HubException(ProblemType.VALIDATION, detail, problems);
  }
}
