package io.servicedesk.contract;

/** Identifiers of clients, contracts and assets: short, readable, safe in URLs and mail subjects. */
final class Ids {

    static final String PATTERN = "[a-z0-9][a-z0-9-]{1,63}";
    static final String MESSAGE = "use 2 to 64 lower-case letters, digits and dashes, e.g. northwind-erp";

    private Ids() {
    }
}
