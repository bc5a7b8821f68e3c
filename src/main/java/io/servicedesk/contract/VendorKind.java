package io.servicedesk.contract;

public enum VendorKind {
    ISP, CLOUD, HARDWARE, THIRD_PARTY_PLATFORM
}
