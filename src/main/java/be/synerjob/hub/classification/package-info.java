/**
 * Occupation coding: turns a job title (with, optionally, its description and language) into ranked
 * ESCO occupations with a score and an explanation, from an in-memory index over every ESCO
 * occupation label in Dutch, French, German and English and the ROME job titles crosswalked to
 * ESCO. It codes vacancies that arrive without a usable occupation code (through the vacancy
 * module's {@code OccupationCoder}), answers the classification API and the {@code classify}
 * command, and evaluates itself on held-out labels ({@code classify-eval}).
 */
package be.synerjob.hub.classification;
