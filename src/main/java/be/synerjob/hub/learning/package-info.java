/**
 * Learning accounts: Belgium's individual training right and Federal Learning Account. A pure,
 * table-driven rule engine (one {@link be.synerjob.hub.learning.RuleSet} per entry-into-force date,
 * every rule with its source) computes entitlements and balances over the five-year window;
 * employers declare their employees, workforce, entitlements and training (JSON or CSV) under their
 * own keys and see their compliance with the declaration deadlines; employees read their own
 * account with a personal token; member services record certifications for the wider individual
 * learning account. National numbers are stored encrypted (AES-GCM) with a keyed hash for look-up
 * and are only ever shown masked.
 */
package be.synerjob.hub.learning;
