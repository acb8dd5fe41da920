/**
 * Duplicate detection: the same job published by several services, translated, or reposted is
 * grouped into one cluster with its provenance, never deleted.
 */
package be.synerjob.hub.dedup;
