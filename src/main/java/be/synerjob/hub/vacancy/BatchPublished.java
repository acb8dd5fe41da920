package be.synerjob.hub.vacancy;

import be.synerjob.hub.core.MemberCode;
import java.time.Instant;

/**
 * Published inside the transaction of every publish, with what became of each record, for the
 * exchange's quality monitoring (volumes, rejections and their reasons per member and channel).
 */
public record BatchPublished(MemberCode member, String channel, BatchResult result, Instant at) {}
