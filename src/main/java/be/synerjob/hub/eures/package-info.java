/**
 * Sending vacancies on to EURES: the EURES view (the vacancy's EURES flag, the member's agreement
 * with EURES, never a vacancy that came from EURES), the mapping of Belgian codes onto the EURES
 * code lists and ESCO, HR Open 3.2 {@code PositionOpening} documents in the EURES profile 1.3, the
 * Input/Output pull interface EURES calls (all references, changes since a time, details), the
 * reasons a vacancy cannot be expressed, and the lag and daily counts of what EURES receives.
 */
package be.synerjob.hub.eures;
