package io.servicedesk.platform;

import org.springframework.http.HttpStatus;

/**
 * A domain failure the API reports as application/problem+json: a status, a short title, and the
 * request field it is about (null when it is about no single field).
 */
public abstract class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    protected ApiProblem(HttpStatus status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
