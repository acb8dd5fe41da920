package be.synerjob.hub.vacancy;

import be.synerjob.hub.core.FieldProblem;
import java.util.List;

/**
 * A record as it reached the hub: parsed into a vacancy, or not readable, with the reason. Channels
 * (API, files) produce these so that one unreadable record never sinks the rest of its batch.
 *
 * @param location where the record was found: {@code null} for API batches, a line or element for
 *     files
 */
public record IncomingRecord(
    Vacancy vacancy, String reference, List<FieldProblem> problems, String location) {

  public static IncomingRecord parsed(Vacancy v) {
    return new IncomingRecord(v, v.reference(), List.of(), null);
  }

  public static IncomingRecord unreadable(String reference, List<FieldProblem> problems) {
    return new IncomingRecord(null, reference, List.copyOf(problems), null);
  }
}
