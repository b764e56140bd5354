package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.Msg;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * Writes the problem details of refusals that happen in the security filter chain, before Spring MVC (401, 403, 429,
 * a path the firewall refuses): the same JSON as {@link Problems} gives Spring MVC, in the request's language.
 */
@Component
class ProblemWriter {

    private final JsonMapper json;
    private final LocaleResolver locales;

    ProblemWriter(JsonMapper json, LocaleResolver locales) {
        // As Spring MVC's converter writes a ProblemDetail: its properties (code, errors) beside type, title, status.
        this.json = json.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
        this.locales = locales;
    }

    void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, Msg detail)
            throws IOException {
        ProblemDetail problem = Problems.of(type, detail, List.of(), locales.resolveLocale(request));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
