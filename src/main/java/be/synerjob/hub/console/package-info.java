/**
 * The web console (Thymeleaf + htmx, no front-end build): the layout, form login for console users
 * (per member, with an administrator role), the language switcher for nl/fr/de/en, the navigation
 * other modules contribute to with {@link be.synerjob.hub.console.ConsoleSection} beans, and the
 * console's own pages (exchange dashboard, map, vacancy page, reference browser, administration).
 * Other modules scope their pages with {@link be.synerjob.hub.console.ConsoleUser#current()}; see
 * {@code docs/console.md}.
 */
package be.synerjob.hub.console;
