package be.synerjob.hub.dedup;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * A vacancy in a cluster, with its provenance. For a caller who may not see the vacancy, only the
 * member and the status are given.
 *
 * @param matchType how it joined the cluster (empty for the first vacancy of the cluster)
 * @param matchedWith the vacancy it was matched with when it joined
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClusterMember(
    UUID vacancyId,
    String member,
    String reference,
    String status,
    DuplicateType matchType,
    UUID matchedWith,
    Instant assignedAt) {}
