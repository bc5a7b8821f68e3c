package io.servicedesk.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error is application/problem+json; validation problems carry {@code errors: [{field, message}]}
 * so a client can point at the field. Nothing is half-done: errors surface before anything is written,
 * or roll the transaction back.
 */
@RestControllerAdvice(basePackages = "io.servicedesk")
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> domain(ApiProblem problem) {
        List<FieldProblem> errors = problem.field() == null ? List.of()
                : List.of(new FieldProblem(problem.field(), problem.getMessage()));
        return problem(problem.status(), titleOf(problem.status()), problem.getMessage(), errors);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentChange(ObjectOptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Conflict",
                "Changed by somebody else meanwhile; read it again and repeat your change", List.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
        log.info("Request collided with stored data: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "Conflict", "The request collides with stored data", List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (isOverload(e)) {
            // no database connection came free in time: busy, not broken, and nothing was written
            log.warn("Refused an API request for want of a database connection: {}", e.getMessage());
            ResponseEntity<Object> busy = problem(HttpStatus.SERVICE_UNAVAILABLE, "Service busy",
                    "The service is busy; nothing was recorded. Send the same request again (same Idempotency-Key) "
                            + "after the Retry-After seconds", List.of());
            return ResponseEntity.status(busy.getStatusCode()).headers(busy.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, "2").body(busy.getBody());
        }
        log.error("Unexpected error answering an API request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side; nothing was changed. The error is logged.", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), messageOf(error)))
                .sorted(java.util.Comparator.comparing(FieldProblem::field))
                .toList();
        String detail = errors.stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", detail, errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return problem(HttpStatus.BAD_REQUEST, "Invalid request", "Unknown field '" + field + "'",
                    List.of(new FieldProblem(field, "is not a field of this request")));
        }
        if (cause instanceof InvalidFormatException invalid) {
            String field = path(invalid);
            String message = "cannot be " + invalid.getValue()
                    + (invalid.getTargetType().isEnum() ? "; one of " + Arrays.toString(
                            invalid.getTargetType().getEnumConstants()) : "");
            return problem(HttpStatus.BAD_REQUEST, "Invalid request", field + " " + message,
                    List.of(new FieldProblem(field, message)));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            return problem(HttpStatus.BAD_REQUEST, "Invalid request", field + " has the wrong type",
                    List.of(new FieldProblem(field, "has the wrong type")));
        }
        if (cause instanceof JsonProcessingException parse) {
            return problem(HttpStatus.BAD_REQUEST, "Malformed JSON",
                    "The body is not valid JSON: " + parse.getOriginalMessage(), List.of());
        }
        return problem(HttpStatus.BAD_REQUEST, "Malformed request", "The body is missing or unreadable",
                List.of());
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : e.getPropertyName();
        Class<?> type = e.getRequiredType();
        String message = "cannot be " + e.getValue() + (type != null && type.isEnum()
                ? "; one of " + Arrays.toString(type.getEnumConstants()) : "");
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", field + " " + message,
                List.of(new FieldProblem(field, message)));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        // the framework's own problems (405, 415, ...) get the problem media type too
        HttpHeaders problemHeaders = new HttpHeaders();
        if (headers != null) {
            problemHeaders.putAll(headers);
        }
        problemHeaders.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, problemHeaders, status);
    }

    static ResponseEntity<Object> problem(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static boolean isOverload(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof org.springframework.transaction.CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }

    private static String titleOf(HttpStatus status) {
        return Map.of(HttpStatus.NOT_FOUND, "Not found", HttpStatus.CONFLICT, "Conflict",
                HttpStatus.UNPROCESSABLE_ENTITY, "Unknown reference").getOrDefault(status, "Invalid request");
    }

    private static String messageOf(FieldError error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
