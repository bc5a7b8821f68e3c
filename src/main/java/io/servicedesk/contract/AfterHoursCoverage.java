package io.servicedesk.contract;

/** Which priorities the contract buys outside its documented support window. */
public enum AfterHoursCoverage {
    /** The disciplined default: after-hours work is reserved for business-stopping conditions. */
    P1_ONLY,
    P1_P2,
    ALL,
    NONE;

    public boolean covers(Priority priority) {
        return switch (this) {
            case P1_ONLY -> priority == Priority.P1;
            case P1_P2 -> priority == Priority.P1 || priority == Priority.P2;
            case ALL -> true;
            case NONE -> false;
        };
    }
}
