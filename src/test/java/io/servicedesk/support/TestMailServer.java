package io.servicedesk.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server (GreenMail) for the whole test JVM; every test context sends its mail to it
 * (registered for all contexts in META-INF/spring.factories). Stopping and starting it simulates an
 * SMTP outage.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;
    private static int port;

    public static synchronized GreenMail server() {
        if (server == null) {
            port = freePort();
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    /** What one recipient's mailbox received about a ticket: one entry per delivery. */
    public static List<MimeMessage> inbox(String address, String ticket) {
        com.icegreen.greenmail.user.GreenMailUser user = server().getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        try {
            return server().getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                    .map(com.icegreen.greenmail.store.StoredMessage::getMimeMessage)
                    .filter(mail -> {
                        try {
                            // the whole ticket: INC-1 must not match INC-12's mail
                            return mail.getSubject() != null && java.util.regex.Pattern
                                    .compile(java.util.regex.Pattern.quote(ticket) + "(?!\\d)").matcher(mail.getSubject()).find();
                        } catch (jakarta.mail.MessagingException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Empties every mailbox. Tickets restart at INC-1001 in each test context (H2, PostgreSQL), so a class
     * that runs in both purges before each test: a mail about INC-1001 is then about this context's.
     */
    public static synchronized void purge() {
        try {
            server().purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized void stop() {
        server().stop();
    }

    public static synchronized void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        server();
        TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + port,
                "spring.mail.properties.mail.smtp.connectiontimeout=2000",
                "spring.mail.properties.mail.smtp.timeout=2000",
                "spring.mail.properties.mail.smtp.writetimeout=2000").applyTo(context);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
