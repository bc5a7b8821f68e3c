package io.servicedesk.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicedesk.support.Api;

/** What the engine knows, read over /engine-rest as the administrator: jobs, failures, Cockpit incidents, timers. */
final class EngineRest {

    private final Api api;
    private final String user;
    private final String password;

    EngineRest(Api api, String user, String password) {
        this.api = api;
        this.user = user;
        this.password = password;
    }

    /** Jobs that are due and have retries left: the pipeline's backlog. */
    long executableJobs() {
        return count("/engine-rest/job/count?executable=true");
    }

    /** Job executions that failed (each retry counts): full history keeps them. */
    long failedJobExecutions() {
        return count("/engine-rest/history/job-log/count?failureLog=true");
    }

    /** Open incidents as Cockpit shows them. */
    long cockpitIncidents() {
        return count("/engine-rest/incident/count");
    }

    long runningInstances(String processKey) {
        return count("/engine-rest/process-instance/count?processDefinitionKey=" + processKey);
    }

    long timerJobs() {
        return count("/engine-rest/job/count?timers=true");
    }

    /** Successful executions of timer jobs of one kind, oldest first: due date and when it ran. */
    JsonNode timerSuccesses(String jobDefinitionType, int first, int max) {
        return get("/engine-rest/history/job-log?successLog=true&jobDefinitionType=" + jobDefinitionType
                + "&sortBy=timestamp&sortOrder=asc&firstResult=" + first + "&maxResults=" + max);
    }

    long count(String path) {
        return get(path).get("count").asLong();
    }

    JsonNode get(String path) {
        Api.Response response = api.send(user, password, "GET", path, null, java.util.Map.of());
        if (response.status() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }
}
