package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.Msg;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/**
 * The last resort for the API's controllers only (the portal's views handle their own errors): an unexpected failure
 * is logged and answered with a 500 problem detail that tells nothing of the server's insides. No input should get
 * here; the API tests make sure none of theirs does.
 */
@RestControllerAdvice(basePackageClasses = ApiUnexpectedErrorHandler.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiUnexpectedErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiUnexpectedErrorHandler.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure in the REST API", e);
        return Problems.response(ProblemType.INTERNAL_ERROR, Msg.of("api.unexpected"), List.of());
    }
}
