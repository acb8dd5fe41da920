/**
 * The canonical vacancy: its model, validation and normalisation, and the publish and close use
 * cases that store each version and announce every change to the feed in the same transaction.
 */
package be.synerjob.hub.vacancy;
