/**
 * Interregional matching and mobility figures: members publish pseudonymised jobseeker profiles
 * under their own opaque ids; the hub ranks the open vacancies each member may see (same and
 * related ESCO occupations, skills, languages, travel distance, contract) with structured reasons
 * in four languages, keeps the top matches of every profile up to date in a batch that follows the
 * hub's feed, tells a vacancy's owner how many suitable jobseekers each region has (never who), and
 * publishes the cross-region hiring and training flows members report ({@link MobilityFigures}).
 */
package be.synerjob.hub.matching;
