package be.synerjob.hub.vacancy;

import be.synerjob.hub.core.FieldProblem;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * What became of one record of a batch.
 *
 * @param index position of the record in the batch, from 0
 * @param problems why it was rejected; empty otherwise
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RecordResult(
    int index,
    String reference,
    PublishOutcome outcome,
    UUID id,
    Integer version,
    List<FieldProblem> problems) {}
