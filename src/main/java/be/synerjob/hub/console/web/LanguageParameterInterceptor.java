package be.synerjob.hub.console.web;

import be.synerjob.hub.core.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * {@code ?lang=nl|fr|de|en} switches the console's language (stored in a cookie); others ignored.
 */
class LanguageParameterInterceptor implements HandlerInterceptor {

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h) {
    String value = request.getParameter("lang");
    if (value != null) {
      Language.parse(value)
          .ifPresent(
              l -> {
                var resolver = RequestContextUtils.getLocaleResolver(request);
                if (resolver != null) {
                  resolver.setLocale(request, response, l.locale());
                }
              });
    }
    return true;
  }
}
