package io.servicedesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** The tickets behind one figure, a page at a time, each with what the figure is about and a link to its evidence. */
public record TicketPage(String figure, String title, String priority, String channel, long total, int page, int size,
        List<Row> tickets) {

    public record Row(String ticket, String priority, String channel, String state, Instant reportedAt, String owner,
            Integer responseLateMinutes, Integer resolutionLateMinutes, Integer longestSilenceMinutes,
            Integer ackMinutes, int pageEscalations, int ownerChanges, int handoffs, int vendorCases,
            boolean scopeGap, String evidence) {

        static Row of(ResultSet rs, String evidence, ZoneId zone) throws SQLException {
            return new Row(rs.getString("ticket"), rs.getString("priority"), rs.getString("channel"),
                    rs.getString("state"), rs.getObject("reported_at", OffsetDateTime.class).toInstant(),
                    rs.getString("owner"), integer(rs, "response_late_minutes"),
                    integer(rs, "resolution_late_minutes"), integer(rs, "longest_silence_minutes"),
                    integer(rs, "ack_minutes"), rs.getInt("page_escalations"), rs.getInt("owner_changes"),
                    rs.getInt("handoffs"), rs.getInt("vendor_cases"), rs.getBoolean("scope_gap"), evidence);
        }

        private static Integer integer(ResultSet rs, String column) throws SQLException {
            int value = rs.getInt(column);
            return rs.wasNull() ? null : value;
        }
    }

    public long pages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }
}
