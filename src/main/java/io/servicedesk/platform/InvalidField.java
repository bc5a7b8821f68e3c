package io.servicedesk.platform;

import org.springframework.http.HttpStatus;

/** A field of the request is wrong in a way the bean-validation annotations cannot say. */
public class InvalidField extends ApiProblem {

    public InvalidField(String field, String message) {
        super(HttpStatus.BAD_REQUEST, field, message);
    }

    /** The field names something that does not exist (an unknown client, asset, ...). */
    public static InvalidField unknownReference(String field, String message) {
        return new InvalidField(HttpStatus.UNPROCESSABLE_ENTITY, field, message);
    }

    private InvalidField(HttpStatus status, String field, String message) {
        super(status, field, message);
    }
}
