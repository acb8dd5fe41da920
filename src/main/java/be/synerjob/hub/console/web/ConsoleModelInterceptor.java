package be.synerjob.hub.console.web;

import be.synerjob.hub.console.ConsoleSection;
import be.synerjob.hub.console.ConsoleUser;
import be.synerjob.hub.core.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Adds what the layout needs to every console view: the navigation ({@code consoleNav}), the
 * signed-in user ({@code consoleUser}), the language links ({@code consoleLanguages}) and the htmx
 * CSRF header ({@code consoleHxHeaders}).
 */
class ConsoleModelInterceptor implements HandlerInterceptor {

  /** One navigation entry as the layout shows it. */
  record NavItem(ConsoleSection section, boolean active) {}

  /** One entry of the language switcher. */
  record LanguageLink(String code, String href, boolean current) {}

  private final Supplier<List<ConsoleSection>> sections;

  ConsoleModelInterceptor(Supplier<List<ConsoleSection>> sections) {
    this.sections = sections;
  }

  @Override
  public void postHandle(
      HttpServletRequest request, HttpServletResponse response, Object h, ModelAndView mv) {
    if (mv == null || mv.getViewName() == null || mv.getViewName().startsWith("redirect:")) {
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    ConsoleUser user = ConsoleUser.find().orElse(null);
    List<NavItem> nav = new ArrayList<>();
    if (user != null) {
      sections.get().stream()
          .filter(s -> !s.adminOnly() || user.isAdmin())
          .sorted(Comparator.comparingInt(ConsoleSection::order).thenComparing(ConsoleSection::id))
          .forEach(
              s ->
                  nav.add(
                      new NavItem(
                          s,
                          s.path().equals("/console")
                              ? path.equals("/console")
                              : s.contains(path))));
    }
    Locale locale = RequestContextUtils.getLocale(request);
    List<LanguageLink> languages = new ArrayList<>();
    for (Language l : ConsoleWebConfiguration.languages()) {
      String href =
          UriComponentsBuilder.fromPath(request.getContextPath() + path)
              .query(request.getQueryString())
              .replaceQueryParam("lang", l.code())
              .build()
              .toUriString();
      languages.add(new LanguageLink(l.code(), href, l.code().equals(locale.getLanguage())));
    }
    mv.addObject("consoleNav", nav);
    mv.addObject("consoleUser", user);
    mv.addObject("consoleLanguages", languages);
    mv.addObject("consolePath", path);
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    if (csrf != null) {
      mv.addObject(
          "consoleHxHeaders", "{\"" + csrf.getHeaderName() + "\": \"" + csrf.getToken() + "\"}");
    }
  }
}
