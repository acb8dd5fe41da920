package be.synerjob.hub.core.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header and the API-key security scheme. */
@Configuration
class OpenApiConfiguration {

  @Bean
  OpenAPI hubOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Synerjob Hub API")
                .version("1")
                .description(
                    "Vacancy exchange between VDAB, Forem, Actiris, Bruxelles Formation and ADG. Errors are"
                        + " RFC 9457 problem documents; see /api/v1/api-info.")
                .license(new License().name("EUPL-1.2")))
        .components(
            new Components()
                .addSecuritySchemes(
                    "apiKey",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("A member's API key: Authorization: Bearer sjh_…")));
  }
}
