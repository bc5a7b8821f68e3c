package io.servicedesk.alerts;

import io.servicedesk.platform.CurrentActor;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alertmanager's webhook receiver. 200 only once every alert of the notification is committed; a fault
 * on our side answers 503 (Alertmanager retries 5xx), a payload that can never be understood 400 naming
 * the field (Alertmanager drops a 4xx for good, so nothing else gets one).
 */
@RestController
@RequestMapping("/api/alerts")
class AlertmanagerController {

    private static final Logger log = LoggerFactory.getLogger(AlertmanagerController.class);
    static final String RETRY_AFTER_SECONDS = "10";

    private final AlertReceiver receiver;
    private final CurrentActor actor;

    AlertmanagerController(AlertReceiver receiver, CurrentActor actor) {
        this.receiver = receiver;
        this.actor = actor;
    }

    @PostMapping("/alertmanager")
    AlertReceiver.Receipt receive(@RequestBody AlertmanagerMessage message) {
        return receiver.receive(message, actor.id());
    }

    /** The database or the engine could not take the alerts now: Alertmanager tries again. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, ProcessEngineException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        log.warn("Alerts not taken in, Alertmanager will retry: {}", e.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The alerts could not be recorded just now; nothing is lost, send them again");
        problem.setTitle("Service unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
