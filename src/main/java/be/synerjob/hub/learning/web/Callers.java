package be.synerjob.hub.learning.web;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.ProblemType;
import be.synerjob.hub.learning.LearningPrincipal;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the current request, and the language it asked for. */
final class Callers {

  private Callers() {}

  static LearningPrincipal current(LearningPrincipal.Kind kind) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof LearningPrincipal p) {
      if (p.kind() != kind) {
        throw HubException.forbidden(
            "This operation is for " + kind.name().toLowerCase(Locale.ROOT) + "s");
      }
      return p;
    }
    throw new HubException(ProblemType.UNAUTHENTICATED, "A learning credential is required");
  }

  /** {@code ?lang=} first, then the first of Accept-Language the hub speaks, else English. */
  static Language language(String lang, String acceptLanguage) {
    if (lang != null && !lang.isBlank()) {
      return Language.parse(lang)
          .orElseThrow(
              () -> HubException.invalidParameter("lang", "must be one of nl, fr, de, en"));
    }
    if (acceptLanguage != null) {
      for (String part : acceptLanguage.split(",")) {
        String tag = part.split(";")[0].trim();
        if (tag.length() >= 2) {
          var l = Language.parse(tag.substring(0, 2));
          if (l.isPresent()) {
            return l.get();
          }
        }
      }
    }
    return Language.EN;
  }
}
