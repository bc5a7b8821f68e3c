package io.servicedesk.platform;

import org.springframework.http.HttpStatus;

/** The caller is known but may not do this (an account bound to another client, another vendor). */
public class Forbidden extends ApiProblem {

    public Forbidden(String field, String message) {
        super(HttpStatus.FORBIDDEN, field, message);
    }
}
