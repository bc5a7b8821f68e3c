package io.servicedesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchRuntimeException;

import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.Reports;
import io.servicedesk.support.ServiceDeskTest;
import io.servicedesk.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mail is delivered at most once per dedupe key, whatever happens to the transaction of the step
 * that asked for it: it leaves only when the step commits, and a mail the server accepted stays
 * recorded as sent even when that commit fails.
 */
@ServiceDeskTest
class MailerTest {

    @Autowired
    Mailer mailer;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    IncidentRegister register;
    @Autowired
    Communications communications;
    @Autowired
    Outbox outbox;
    @Autowired
    JavaMailSenderImpl sender;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @LocalServerPort
    int port;

    String ticket;
    String recipient;

    @BeforeEach
    void setUp() {
        Clock.businessHours();
        Api.Response response = new Api(port).post("northwind-portal", "/api/incidents",
                Reports.northwind().signals(false, 1, false).asset("northwind-frontdesk-pc").json());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        ticket = response.json().get("ticket").asText();
        assertThat(register.find(ticket)).isPresent();
        recipient = "mailer-" + UUID.randomUUID() + "@client.test";
    }

    @AfterEach
    void tearDown() {
        Clock.reset();
    }

    @Test
    void theSameDedupeKeySentTwiceIsDeliveredOnce() {
        MailMessage message = message(ticket + ".mailer-test." + UUID.randomUUID());

        Communication first = mailer.send(message);
        Communication second = mailer.send(message);

        assertThat(TestMailServer.inbox(recipient, ticket)).hasSize(1);
        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(second.getStatus()).isEqualTo(Communication.Status.SENT);
        assertThat(communications.findByDedupeKey(message.dedupeKey())).isPresent();
    }

    @Test
    void aStepThatFailsBeforeItCommitsSendsNothingAndItsRetrySendsOnce() throws Exception {
        MailMessage message = message(ticket + ".mailer-test." + UUID.randomUUID());

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            mailer.send(message);
            // the job that asked for the mail fails later in the same step
            throw new IllegalStateException("the step failed after asking");
        })).hasMessageContaining("failed after asking");

        assertThat(TestMailServer.inbox(recipient, ticket)).as("nothing leaves before the step commits").isEmpty();
        assertThat(communications.findByDedupeKey(message.dedupeKey())).isEmpty();

        // the job is retried and asks again
        Communication sent = mailer.send(message);

        List<MimeMessage> inbox = TestMailServer.inbox(recipient, ticket);
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).getMessageID()).isEqualTo(sent.getMessageId());
        assertThat(sent.getStatus()).isEqualTo(Communication.Status.SENT);
    }

    @Test
    void aNodeThatDiesBetweenTheHandOverAndTheCommitLeavesARetryThatSendsNothing() throws Exception {
        MailMessage message = message(ticket + ".mailer-test." + UUID.randomUUID());

        catchRuntimeException(() -> transactions.executeWithoutResult(status -> {
            mailer.send(message);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    throw new IllegalStateException("the node died after the SMTP server took the mail");
                }
            });
        }));
        // a dead node runs no failure handling: nothing of the step is on record but the server's receipt
        assertThat(communications.findByDedupeKey(message.dedupeKey())).isEmpty();
        assertThat(TestMailServer.inbox(recipient, ticket)).hasSize(1);

        // another node retries the step
        Communication retried = mailer.send(message);

        assertThat(TestMailServer.inbox(recipient, ticket)).as("the client hears once").hasSize(1);
        assertThat(retried.getStatus()).isEqualTo(Communication.Status.SENT);
        assertThat(communications.findByDedupeKey(message.dedupeKey())).isPresent();
    }

    @Test
    void aMailAcceptedByTheServerStaysDeliveredWhenTheCommitFailsAfterIt() throws Exception {
        MailMessage message = message(ticket + ".mailer-test." + UUID.randomUUID());

        RuntimeException failure = catchRuntimeException(() -> transactions.executeWithoutResult(status -> {
            mailer.send(message);
            // registered after the mail: fails the commit once the SMTP server has the mail
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    throw new IllegalStateException("the commit failed after sending");
                }
            });
        }));
        assertThat(failure).hasMessageContaining("failed after sending");
        assertThat(TestMailServer.inbox(recipient, ticket)).hasSize(1);

        // what the engine's failed-job handling does next, in its own transaction on the same thread
        transactions.executeWithoutResult(status -> outbox.jobFailed(failure));

        Communication recorded = communications.findByDedupeKey(message.dedupeKey()).orElseThrow();
        assertThat(recorded.getStatus()).as("the accepted mail is recorded as sent").isEqualTo(Communication.Status.SENT);
        assertThat(recorded.getSentAt()).isNotNull();
        assertThat(register.timeline(register.get(ticket))).filteredOn(event -> event.getType().equals("MAIL_SENT"))
                .anySatisfy(event -> assertThat(event.getDetail()).contains(recipient));

        // the job is retried and asks again
        Communication again = mailer.send(message);

        assertThat(again.getId()).isEqualTo(recorded.getId());
        List<MimeMessage> inbox = TestMailServer.inbox(recipient, ticket);
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).getMessageID()).isEqualTo(recorded.getMessageId());
    }

    @Test
    void anSmtpServerThatAcceptsAndNeverAnswersFailsTheMailJobWithinItsTimeOut() throws Exception {
        Job acknowledgement = runUntilAcknowledgementIsDue();
        int port = sender.getPort();
        try (SilentSmtpServer silent = new SilentSmtpServer()) {
            sender.setPort(silent.port());

            long started = System.nanoTime();
            assertThatThrownBy(() -> management.executeJob(acknowledgement.getId()))
                    .hasMessageContaining("not delivered");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(silent.connections()).as("the service did connect").isPositive();
            assertThat(took).as("the job thread is back after the read time-out (2 s in tests), not hung")
                    .isLessThan(Duration.ofSeconds(15));
        } finally {
            sender.setPort(port);
        }
        Job retried = management.createJobQuery().jobId(acknowledgement.getId()).singleResult();
        assertThat(retried.getRetries()).as("a failed attempt, retried later").isEqualTo(acknowledgement.getRetries() - 1);
        assertThat(retried.getExceptionMessage()).containsIgnoringCase("timed out");
        assertThat(communications.findByIncidentNumberOrderByCreatedAtAscIdAsc(register.get(ticket).getNumber()))
                .singleElement().satisfies(mail -> assertThat(mail.getStatus()).isEqualTo(Communication.Status.PENDING));

        Clock.advanceMinutes(2);
        management.executeJob(retried.getId());
        assertThat(TestMailServer.inbox("abel.stone@northwind-dental.test", ticket)).hasSize(1);
    }

    @Test
    void theShippedMailTimeOutsEndAMailJobLongBeforeItsLockExpires() throws IOException {
        StandardEnvironment shipped = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))
                .forEach(shipped.getPropertySources()::addLast);
        Binder binder = Binder.get(shipped);
        Map<String, String> smtp = binder.bind("spring.mail.properties", Bindable.mapOf(String.class, String.class))
                .get();
        long lock = binder.bind("camunda.bpm.job-execution.lock-time-in-millis", Long.class).get();

        assertThat(smtp).containsKeys("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout");
        long worstSilentServer = Long.parseLong(smtp.get("mail.smtp.connectiontimeout"))
                + Long.parseLong(smtp.get("mail.smtp.timeout"));
        assertThat(worstSilentServer).as("a silent SMTP server fails the job well within the job's lock time")
                .isLessThan(lock / 2);
        assertThat(lock).as("after a crash, held jobs run again within a minute").isLessThanOrEqualTo(60_000);
    }

    /** Accepts SMTP connections and never says a word: no greeting, no answer. */
    private static final class SilentSmtpServer implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();
        private final Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    accepted.add(socket.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        }, "silent-smtp");

        SilentSmtpServer() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int connections() {
            return accepted.size();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket connection : accepted) {
                connection.close();
            }
        }
    }

    private MailMessage message(String dedupeKey) {
        return new MailMessage(ticket, "CLIENT_UPDATE", dedupeKey, List.of(recipient),
                "[" + ticket + "] Mailer test", "late-update",
                Map.of("ticket", ticket, "number", 1, "priority", "P3", "clientName", "Northwind Dental",
                        "due", "Tuesday, 24 November 2026 at 10:30", "owner", "dispatcher"),
                MailMessage.Thread.CLIENT, null);
    }

    /** Runs the incident's jobs (triage, coverage) until the acknowledgement's own job is the next one. */
    private Job runUntilAcknowledgementIsDue() {
        for (int step = 0; step < 20; step++) {
            Set<String> instances = new HashSet<>();
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(ticket).list()
                    .forEach(each -> instances.add(each.getId()));
            for (String instance : instances) {
                Job acknowledgement = management.createJobQuery().processInstanceId(instance)
                        .activityId("Task_AcknowledgeReport").singleResult();
                if (acknowledgement != null) {
                    return acknowledgement;
                }
            }
            List<Job> due = management.createJobQuery().processInstanceIds(instances).executable().list();
            assertThat(due).as("jobs of %s before its acknowledgement", ticket).isNotEmpty();
            management.executeJob(due.get(0).getId());
        }
        throw new AssertionError("No acknowledgement job for " + ticket);
    }
}
