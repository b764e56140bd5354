package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.Messages;
import dev.supervisorportal.backend.common.Msg;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Problem details as the API writes them: the {@link ProblemType}'s URI, title and status, one detail, its
 * {@code code} (the message key), and the refused fields, if any, each with its own code; texts in the language the
 * request's {@code Accept-Language} asks for (English or German; English otherwise).
 */
final class Problems {

    /** The property that lists the refused fields as {@code [{field, code, message}]}. */
    static final String ERRORS = "errors";
    /** The property that holds the detail's message key. */
    static final String CODE = "code";
    /**
     * Messages that only put a label before another one (a manifest's document, "document 2 (VirtualMachine web-1):
     * …"): their code is the labelled message's.
     */
    private static final Set<String> LABELS = Set.of("manifests.labelled", "manifests.labelled-at");

    private Problems() {
    }

    /** A refused field as the API's JSON shows it. */
    record FieldError(String field, String code, String message) {
    }

    static ProblemDetail of(ProblemType type, Msg detail, List<FieldProblem> errors) {
        return of(type, detail, errors, LocaleContextHolder.getLocale());
    }

    static ProblemDetail of(ProblemType type, Msg detail, List<FieldProblem> errors, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), Messages.text(detail, locale));
        problem.setType(type.uri());
        problem.setTitle(Messages.text(type.title(), locale));
        problem.setProperty(CODE, code(detail));
        if (!errors.isEmpty()) {
            problem.setProperty(ERRORS, errors.stream().map(error -> new FieldError(error.field(),
                    code(error.message()), Messages.text(error.message(), locale))).toList());
        }
        return problem;
    }

    static ResponseEntity<ProblemDetail> response(ProblemType type, Msg detail, List<FieldProblem> errors) {
        return ResponseEntity.status(type.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(of(type, detail, errors));
    }

    /** The key that says what was refused: the message's own, or the labelled message's for a label. */
    static String code(Msg message) {
        if (LABELS.contains(message.key()) && !message.args().isEmpty()
                && message.args().getLast() instanceof Msg labelled) {
            return code(labelled);
        }
        return message.key();
    }
}
