/**
 * Demo mode and the vacancy generator: realistic vacancies for all five members from real
 * occupations and real Belgian places, deterministic by seed, published through the normal publish
 * path at first start.
 */
package be.synerjob.hub.demo;
