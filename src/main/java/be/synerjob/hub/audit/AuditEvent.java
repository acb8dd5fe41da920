package be.synerjob.hub.audit;

import java.time.Instant;

/**
 * One audit record.
 *
 * @param actor who acted: {@code VDAB/key:ab12cd34}, {@code operator/key:…}, {@code cli:root} or
 *     {@code hub}
 * @param member the member the actor acts for, if any
 * @param outcome {@code OK} or {@code DENIED} or {@code FAILED}
 */
public record AuditEvent(
    Instant at,
    String actor,
    String member,
    AuditAction action,
    String target,
    String outcome,
    String detail) {}
