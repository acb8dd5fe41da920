package be.synerjob.hub.console.web;

import be.synerjob.hub.console.ConsoleSection;
import be.synerjob.hub.core.Language;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Locale of the console: {@code ?lang=nl|fr|de|en} on any console page sets it and stores it in a
 * cookie; without the cookie the browser's Accept-Language picks the first of the four languages it
 * lists, English otherwise. The API ({@code /api/**}) is not touched.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleWebConfiguration implements WebMvcConfigurer {

  static final String[] CONSOLE_PATHS = {"/console", "/console/**", "/login"};

  private final ObjectProvider<ConsoleSection> sections;

  ConsoleWebConfiguration(ObjectProvider<ConsoleSection> sections) {
    this.sections = sections;
  }

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver r = new CookieLocaleResolver("hub-lang");
    r.setCookieMaxAge(Duration.ofDays(365));
    r.setCookieSameSite("Lax");
    r.setDefaultLocaleFunction(
        request -> {
          for (Locale l : java.util.Collections.list(request.getLocales())) {
            var lang = Language.parse(l.getLanguage());
            if (lang.isPresent()) {
              return lang.get().locale();
            }
          }
          return Language.EN.locale();
        });
    return r;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new LanguageParameterInterceptor()).addPathPatterns(CONSOLE_PATHS);
    registry
        .addInterceptor(
            new ConsoleModelInterceptor(() -> sections.orderedStream().toList().stream().toList()))
        .addPathPatterns(CONSOLE_PATHS);
  }

  /** The console's own home entry; other entries come from their pages' configurations. */
  @Bean
  ConsoleSection consoleHomeSection() {
    return new ConsoleSection("home", "/console", "console.nav.home", 0, false);
  }

  static List<Language> languages() {
    return List.of(Language.NL, Language.FR, Language.DE, Language.EN);
  }
}
