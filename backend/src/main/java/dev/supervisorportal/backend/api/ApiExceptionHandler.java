package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.StaleVersionException;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.common.Refusal;
import dev.supervisorportal.backend.quota.QuotaExceededException;
import dev.supervisorportal.backend.users.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every refusal as an RFC 9457 problem detail ({@code application/problem+json}) of a {@link ProblemType}, with the
 * detail's {@code code}: 400 for input that breaks a rule or cannot be read, with an {@code errors} list of
 * {@code {field, code, message}}; 403 for what the caller may not do or see; 404 for what does not exist; 409 for a
 * name taken, a quota exceeded or a concurrent change. Spring MVC's own refusals (405, 406, 415, …) keep their
 * statuses. The services have written nothing when any of these is thrown.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    static final Msg CONCURRENT_CHANGE = Msg.of("api.concurrent-change");

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        return Problems.response(ProblemType.INVALID_INPUT, e.reason(), e.problems());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        // A service's own refusal says why; a failed @PreAuthorize rule only says "Access Denied".
        Msg detail = e instanceof Refusal refusal ? refusal.reason()
                : e instanceof AuthorizationDeniedException ? deniedByRole() : Msg.of("api.denied");
        return Problems.response(ProblemType.FORBIDDEN, detail, List.of());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return Problems.response(ProblemType.NOT_FOUND, e.reason(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return conflict(ProblemType.CONFLICT, e);
    }

    /** A change to an object someone else changed since the caller read it: the detail says what it is now. */
    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> staleVersion(StaleVersionException e) {
        return conflict(ProblemType.CONCURRENT_CHANGE, e);
    }

    @ExceptionHandler(QuotaExceededException.class)
    ResponseEntity<ProblemDetail> quotaExceeded(QuotaExceededException e) {
        return conflict(ProblemType.QUOTA_EXCEEDED, e);
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> bodyTooLarge(BodyTooLargeException e) {
        return Problems.response(ProblemType.BODY_TOO_LARGE, Msg.of("api.body.too-large", e.limit().toKilobytes()),
                List.of());
    }

    /** Two requests changed the same rows at once: one of them lost, and its transaction was rolled back. */
    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    ResponseEntity<ProblemDetail> concurrentChange(RuntimeException e) {
        log.warn("Refused a request after a concurrent change: {}", e.toString());
        return Problems.response(ProblemType.CONCURRENT_CHANGE, CONCURRENT_CHANGE, List.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        FieldProblem problem = UnreadableBody.describe(e);
        List<FieldProblem> errors = problem.field() == null ? List.of() : List.of(problem);
        return problem(e, ProblemType.UNREADABLE_BODY, problem.message(), errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() == null ? "value" : e.getPropertyName();
        Msg message = Msg.of("api.type-mismatch", UnreadableBody.describeType(e.getRequiredType()),
                UnreadableBody.shorten(String.valueOf(e.getValue())));
        return problem(e, ProblemType.INVALID_INPUT, message, List.of(new FieldProblem(field, message)), headers,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        Msg detail = Msg.of("api.no-such-path", e.getHttpMethod(), e.getResourcePath());
        return problem(e, ProblemType.NOT_FOUND, detail, List.of(), headers, request);
    }

    private ResponseEntity<Object> problem(Exception e, ProblemType type, Msg detail, List<FieldProblem> errors,
                                           HttpHeaders headers, WebRequest request) {
        return handleExceptionInternal(e, Problems.of(type, detail, errors), headers, type.status(), request);
    }

    /**
     * Spring MVC's own refusals (405, 406, 415, a missing parameter, …) as the API's: their type by status, and a
     * detail of the API's own, in the request's language. A status no {@link ProblemType} has keeps Spring's body.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        Object problem = body != null ? body : ProblemType.forStatus(status)
                .map(type -> (Object) Problems.of(type, springRefusal(e, status), List.of())).orElse(null);
        return super.handleExceptionInternal(e, problem, headers, status, request);
    }

    private static Msg springRefusal(Exception e, HttpStatusCode status) {
        return switch (e) {
            case HttpRequestMethodNotSupportedException wrongMethod -> Msg.of("api.method-not-allowed",
                    wrongMethod.getMethod(), wrongMethod.getSupportedHttpMethods() == null ? "-"
                            : wrongMethod.getSupportedHttpMethods().stream().map(HttpMethod::name)
                            .collect(Collectors.joining(", ")));
            case HttpMediaTypeNotSupportedException wrongType -> Msg.of("api.media-type.unsupported",
                    String.valueOf(wrongType.getContentType()), MediaType.toString(wrongType.getSupportedMediaTypes()));
            case HttpMediaTypeNotAcceptableException notAcceptable -> Msg.of("api.media-type.not-acceptable",
                    MediaType.toString(notAcceptable.getSupportedMediaTypes()));
            case MissingServletRequestParameterException missing -> Msg.of("api.parameter.missing",
                    missing.getParameterName());
            default -> Msg.of("api.refused", status.value());
        };
    }

    private ResponseEntity<ProblemDetail> conflict(ProblemType type, ConflictException e) {
        List<FieldProblem> errors = e.field() == null ? List.of() : List.of(new FieldProblem(e.field(), e.reason()));
        return Problems.response(type, e.reason(), errors);
    }

    private static Msg deniedByRole() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> Role.ADMIN.authority().equals(authority.getAuthority()));
        return Msg.of(admin ? "api.denied" : "api.denied-admins-only");
    }
}
