/**
 * Harmonised statistics: the vacancy figures the hub computes itself from its tables (received
 * postings and unique vacancies after de-duplication, open vacancies at month end, exchanges per
 * flow) and the job-demand and training figures the members upload with their own definitions;
 * every observation is stored with its computation time and every change to a final value is a
 * recorded revision. The methodology catalogue documents each statistic per institution and year
 * under the common framework's headings, in four languages, with structured series breaks, and
 * compares institutions side by side. Open data is published as CSV, JSON and SDMX-CSV 2.0 with
 * small counts suppressed.
 */
package be.synerjob.hub.statistics;
