package dev.supervisorportal.backend.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document at {@code /v3/api-docs} says of the API as a whole; Swagger UI offers a Basic sign-in. */
@Configuration
@OpenAPIDefinition(
        info = @Info(title = "Supervisor Portal API", version = "v1",
                description = "Namespaces, quota and workloads of a vSphere with Tanzu Supervisor. HTTP Basic with a "
                        + "portal account; refusals are RFC 9457 problem details (application/problem+json): a "
                        + "'type' URI per kind of refusal (/problems/<kind>, which describes it), a 'code' (the "
                        + "message key, e.g. quota.not-enough) and, for refused input, an 'errors' list of "
                        + "{field, code, message}. Branch on type and code; detail and message are translated."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiConfig {
}
