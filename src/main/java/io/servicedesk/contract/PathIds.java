package io.servicedesk.contract;

import io.servicedesk.platform.InvalidField;

final class PathIds {

    private PathIds() {
    }

    static void requireSame(String pathId, String bodyId) {
        if (!pathId.equals(bodyId)) {
            throw new InvalidField("id", "The body's id " + bodyId + " differs from the path's " + pathId
                    + "; an id cannot be changed");
        }
    }
}
