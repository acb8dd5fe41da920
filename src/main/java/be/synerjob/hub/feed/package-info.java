/**
 * The change feed: an append-only log with one entry per change and recipient, filtered by sharing
 * agreements, read as a snapshot plus pages of changes after a cursor that never miss or repeat a
 * change.
 */
package be.synerjob.hub.feed;
