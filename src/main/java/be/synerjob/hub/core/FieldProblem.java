package be.synerjob.hub.core;

/**
 * One reason a record or parameter was refused: the JSON path of the field (for example {@code
 * workplace.postcode}), a stable machine-readable code and a sentence for people.
 */
public record FieldProblem(String field, String code, String reason) {

  public static FieldProblem of(String field, String code, String reason) {
    return new FieldProblem(field, code, reason);
  }
}
