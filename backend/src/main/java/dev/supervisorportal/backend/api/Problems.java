package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.Messages;
import dev.supervisorportal.backend.common.Msg;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.List;

/**
 * Problem details as the API writes them: the status's title, one detail, and the refused fields, if any, in the
 * language the request's {@code Accept-Language} asks for (English or German; English otherwise).
 */
final class Problems {

    /** The property that lists the refused fields as {@code [{field, message}]}. */
    static final String ERRORS = "errors";

    private Problems() {
    }

    /** A refused field as the API's JSON shows it. */
    record FieldError(String field, String message) {
    }

    static ProblemDetail of(HttpStatus status, Msg detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(detail));
        problem.setTitle(status.getReasonPhrase());
        if (!errors.isEmpty()) {
            problem.setProperty(ERRORS, errors.stream()
                    .map(error -> new FieldError(error.field(), text(error.message()))).toList());
        }
        return problem;
    }

    static ResponseEntity<ProblemDetail> response(HttpStatus status, Msg detail, List<FieldProblem> errors) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(of(status, detail, errors));
    }

    static String text(Msg message) {
        return Messages.text(message, LocaleContextHolder.getLocale());
    }
}
