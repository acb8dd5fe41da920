package be.synerjob.hub.reference.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Lets an ESCO URI travel URL-encoded in a path segment ({@code
 * /api/v1/reference/occupations/http%3A%2F%2Fdata.europa.eu%2Fesco%2Foccupation%2F…}), as the
 * reference API promises. By default Tomcat and Spring Security's firewall both reject {@code %2F}.
 * See docs/reference.md ("Encoded URIs in paths") for why this is safe.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class EncodedSlashConfiguration {

  static final String REFERENCE_PATH = "/api/v1/reference/";

  /**
   * Spring Security's default firewall everywhere, except that under {@code /api/v1/reference/} a
   * URL may hold encoded slashes ({@code %2F}, also two in a row as in {@code http%3A%2F%2F}).
   */
  @Bean
  HttpFirewall httpFirewall() {
    StrictHttpFirewall strict = new StrictHttpFirewall();
    StrictHttpFirewall reference = new StrictHttpFirewall();
    reference.setAllowUrlEncodedSlash(true);
    reference.setAllowUrlEncodedDoubleSlash(true);
    return new HttpFirewall() {
      @Override
      public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
        String uri = request.getRequestURI();
        boolean referencePath =
            uri != null && uri.startsWith(request.getContextPath() + REFERENCE_PATH);
        return (referencePath ? reference : strict).getFirewalledRequest(request);
      }

      @Override
      public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
        return strict.getFirewalledResponse(response);
      }
    };
  }

  /**
   * Tomcat decodes {@code %2F} in the servlet path instead of rejecting the request. Spring MVC and
   * Spring Security match on the raw request path, where {@code %2F} stays inside its segment, so
   * it never acts as a path separator; the firewall still rejects it outside the reference API.
   */
  @Bean
  @ConditionalOnClass(TomcatServletWebServerFactory.class)
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesDecoded() {
    return factory -> factory.addConnectorCustomizers(c -> c.setEncodedSolidusHandling("decode"));
  }
}
