package be.synerjob.hub.organisation;

import be.synerjob.hub.core.MemberCode;

/**
 * Published inside the transaction that changed an agreement, so that the feed can send additions
 * and removals to the recipient in the same transaction.
 *
 * @param before the agreement before the change, or null when there was none
 * @param after the agreement after the change, or null when it was removed
 */
public record SharingAgreementChanged(
    MemberCode recipient, MemberCode source, SharingAgreement before, SharingAgreement after) {}
