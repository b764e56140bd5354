package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.List;

/** Problem details as the API writes them: the status's title, one detail, and the refused fields, if any. */
final class Problems {

    /** The property that lists the refused fields as {@code [{field, message}]}. */
    static final String ERRORS = "errors";

    private Problems() {
    }

    static ProblemDetail of(HttpStatus status, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        if (!errors.isEmpty()) {
            problem.setProperty(ERRORS, errors);
        }
        return problem;
    }

    static ResponseEntity<ProblemDetail> response(HttpStatus status, String detail, List<FieldProblem> errors) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(of(status, detail, errors));
    }
}
