/**
 * The member services of Synerjob, their API keys with scopes, and the sharing agreements that
 * decide which vacancies of one member another may receive.
 */
package be.synerjob.hub.organisation;
