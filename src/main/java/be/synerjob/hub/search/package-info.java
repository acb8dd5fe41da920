/**
 * Vacancy search: a Lucene index of the open vacancies, kept in step with the database by following
 * the feed's {@code HUB} recipient after the duplicate clusters, with language-aware analysis
 * (Dutch and German decompounding, French elision, folded accents), occupation codes expanded to
 * their ancestors and crosswalks, cross-language matching through occupation labels in four
 * languages, filters, facets, highlights and cursor paging. {@link
 * be.synerjob.hub.search.VacancySearch} is the public API the web layer and the console use.
 */
package be.synerjob.hub.search;
