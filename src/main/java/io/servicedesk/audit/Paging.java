package io.servicedesk.audit;

import io.servicedesk.platform.InvalidField;

/** Page and page size of a drill-down, bounded so one request cannot ask for a whole year at once. */
final class Paging {

    static final int MAX_SIZE = 500;

    private Paging() {
    }

    static int page(int page) {
        if (page < 0) {
            throw new InvalidField("page", "Pages count from 0");
        }
        return page;
    }

    static int size(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidField("size", "A page holds 1 to " + MAX_SIZE + " tickets");
        }
        return size;
    }
}
