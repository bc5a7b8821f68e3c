package io.servicedesk.platform;

import org.springframework.http.HttpStatus;

/** The resource named in the path does not exist. */
public class NotFound extends ApiProblem {

    public NotFound(String what, String id) {
        super(HttpStatus.NOT_FOUND, null, what + " " + id + " does not exist");
    }
}
