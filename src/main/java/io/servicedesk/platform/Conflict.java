package io.servicedesk.platform;

import org.springframework.http.HttpStatus;

/** The request collides with the current state (exists already, changed meanwhile, reused key). */
public class Conflict extends ApiProblem {

    public Conflict(String field, String message) {
        super(HttpStatus.CONFLICT, field, message);
    }
}
