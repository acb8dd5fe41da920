/**
 * File exchange: members' files in (NDJSON, CSV, HR Open/EURES XML, schema.org JobPosting JSON-LD)
 * over the hub's SFTP server or polled from their own, with the same guarantees as the API; export
 * files out (full and delta, with manifests) to outboxes and members' servers.
 */
package be.synerjob.hub.channel;
