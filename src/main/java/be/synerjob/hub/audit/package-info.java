/**
 * The audit trail: who wrote or read what through which key, kept in the database and logged as
 * JSON lines on the {@code audit} logger.
 */
package be.synerjob.hub.audit;
