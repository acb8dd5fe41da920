package be.synerjob.hub.vacancy;

import java.util.List;
import java.util.Map;

/** The answer to a batch: one result per record, in the batch's order, and counts per outcome. */
public record BatchResult(Map<PublishOutcome, Integer> counts, List<RecordResult> results) {}
