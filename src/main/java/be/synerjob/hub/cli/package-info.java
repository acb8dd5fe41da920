/**
 * The operator command line: the same jar run with a command instead of as a server. Commands use
 * the modules' public services on the configured database.
 */
package be.synerjob.hub.cli;
