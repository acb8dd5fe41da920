/**
 * Exchange quality monitoring: volumes, rejections and their reasons per member and channel, each
 * partner's feed position and lag, coding coverage, stale vacancies, and alerts raised when
 * something goes wrong.
 */
package be.synerjob.hub.quality;
