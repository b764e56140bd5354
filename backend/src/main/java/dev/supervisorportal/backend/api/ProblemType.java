package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.Msg;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of refusal the API answers with, each a stable problem {@code type} URI ({@code /problems/quota-exceeded},
 * relative to the portal, where {@link ProblemTypeController} describes it) and one HTTP status. A client branches on
 * the type, or on the finer {@code code} (the message key) every problem and refused field carries, never on the
 * translated text. README.md's section "Errors" lists them; {@code ProblemTypeTest} keeps the two in step.
 */
enum ProblemType {

    INVALID_INPUT("invalid-input", HttpStatus.BAD_REQUEST),
    UNREADABLE_BODY("unreadable-body", HttpStatus.BAD_REQUEST),
    REJECTED_PATH("rejected-path", HttpStatus.BAD_REQUEST),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE),
    CONFLICT("conflict", HttpStatus.CONFLICT),
    QUOTA_EXCEEDED("quota-exceeded", HttpStatus.CONFLICT),
    CONCURRENT_CHANGE("concurrent-change", HttpStatus.CONFLICT),
    BODY_TOO_LARGE("body-too-large", HttpStatus.CONTENT_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    SIGN_IN_LOCKED("sign-in-locked", HttpStatus.TOO_MANY_REQUESTS),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR);

    /** Where the types live, relative to the portal's root. */
    static final String PATH = "/problems/";

    private final String slug;
    private final HttpStatus status;

    ProblemType(String slug, HttpStatus status) {
        this.slug = slug;
        this.status = status;
    }

    String slug() {
        return slug;
    }

    HttpStatus status() {
        return status;
    }

    URI uri() {
        return URI.create(PATH + slug);
    }

    /** The type in a few words ("Quota exceeded"): the problem's {@code title}. */
    Msg title() {
        return Msg.of("api.problem." + slug + ".title");
    }

    /** When the API answers with this type, and what a client can do about it. */
    Msg description() {
        return Msg.of("api.problem." + slug + ".description");
    }

    static Optional<ProblemType> bySlug(String slug) {
        return Arrays.stream(values()).filter(type -> type.slug.equals(slug)).findFirst();
    }

    /**
     * The general type of a status Spring MVC refuses a request with by itself (the first type of that status: 400 is
     * invalid input, 409 a conflict); none for a status no type has.
     */
    static Optional<ProblemType> forStatus(HttpStatusCode status) {
        return Arrays.stream(values()).filter(type -> type.status.value() == status.value()).findFirst();
    }
}
