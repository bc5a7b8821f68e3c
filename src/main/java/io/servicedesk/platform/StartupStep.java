package io.servicedesk.platform;

/** Something to set up once identity and filters exist (the demo data, for one). */
public interface StartupStep {

    void run();
}
