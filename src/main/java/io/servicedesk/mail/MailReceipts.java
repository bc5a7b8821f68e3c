package io.servicedesk.mail;

import com.zaxxer.hikari.HikariDataSource;
import io.servicedesk.platform.ServiceClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Receipts of the SMTP server's acceptance, committed the moment it accepts, apart from the step's own
 * transaction. That transaction commits only after the hand-over; a node that dies in between leaves the step to
 * be retried (by itself after a restart, or by another node), and the retry must not send the mail again.
 *
 * <p>A pool of its own, two connections, used only here and never while holding one of its own: a job thread
 * that holds a connection of the main pool waits at most for a receipt's single statement, never for another
 * job, so the main pool cannot deadlock on it.
 */
@Component
class MailReceipts implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailReceipts.class);

    private final HikariDataSource receipts;
    private final ServiceClock clock;

    MailReceipts(DataSourceProperties database, ServiceClock clock) {
        this.receipts = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        this.receipts.setPoolName("mail-receipts");
        this.receipts.setMaximumPoolSize(2);
        this.receipts.setMinimumIdle(0);
        this.receipts.setAutoCommit(true);
        this.clock = clock;
    }

    /** Whether the SMTP server accepted the mail with this dedupe key before, in a step that did not commit. */
    boolean accepted(String dedupeKey) {
        try (Connection connection = receipts.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select 1 from mail_receipts where dedupe_key = ?")) {
            query.setString(1, dedupeKey);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            // cannot tell: the step fails and is retried, rather than risk a second mail
            throw new IllegalStateException("Cannot read the receipt of mail " + dedupeKey, e);
        }
    }

    /** The SMTP server took the mail: on record at once, whatever becomes of the step's transaction. */
    void accept(String dedupeKey, String messageId) {
        try (Connection connection = receipts.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into mail_receipts (dedupe_key, message_id, accepted_at) values (?, ?, ?)")) {
            insert.setString(1, dedupeKey);
            insert.setString(2, messageId);
            insert.setTimestamp(3, Timestamp.from(clock.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            // the mail has left; the step's own record says so when it commits, which is the usual case
            log.warn("Mail {} was accepted by the SMTP server, but its receipt could not be written: {}", dedupeKey,
                    e.getMessage());
        }
    }

    /** The step committed with the mail recorded as sent: the receipt has done its work. */
    void settled(String dedupeKey) {
        try (Connection connection = receipts.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from mail_receipts where dedupe_key = ?")) {
            delete.setString(1, dedupeKey);
            delete.executeUpdate();
        } catch (SQLException e) {
            log.debug("Receipt of mail {} stays: {}", dedupeKey, e.getMessage());
        }
    }

    @Override
    public void destroy() {
        receipts.close();
    }
}
