package io.servicedesk.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes Camunda's schema lacks, for the queries run most often per incident, so that their cost stays
 * flat however many incidents are open.
 *
 * <p>Loading an execution's variables ({@code EXECUTION_ID_ = ? and TASK_ID_ is null}): H2 plans a
 * prepared statement once per connection and keeps the plan. Planned on a young database, where every
 * index looks alike, it walked {@code ACT_IDX_VARIABLE_TASK_ID} for {@code TASK_ID_ is null}, that is
 * every variable of every open incident, on every variable read: 60 ms a read at 1,200 open incidents
 * and growing. An index on both columns is the best match whatever the table holds.
 *
 * <p>Job acquisition: with {@code ensure-job-due-date-not-null} every job has a due date, the query asks
 * for {@code DUEDATE_ <= now}, and an index on the due date finds the few due jobs among the tens of
 * thousands of update, hand-off and page timers waiting for hours. Jobs written before that setting (an
 * older version of the service) get a due date once here, or acquisition would never see them.
 *
 * <p>An incident's process instances by ticket ({@code PARENT_ID_ is null and BUSINESS_KEY_ = ?}, ordered by
 * id), as the display priority and re-triage look them up: an index on both columns, or a young
 * database's plan may walk every running instance in id order.
 *
 * <p>Runs after Camunda created its tables, one node at a time ({@link StartupLock}), on H2 and PostgreSQL
 * alike ({@code create index if not exists} is idempotent on both).
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    static final List<String> INDEXES = List.of(
            "create index if not exists SD_IDX_VAR_EXEC_TASK on ACT_RU_VARIABLE(EXECUTION_ID_, TASK_ID_)",
            "create index if not exists SD_IDX_JOB_DUEDATE on ACT_RU_JOB(DUEDATE_)",
            "create index if not exists SD_IDX_EXEC_BUSKEY_ROOT on ACT_RU_EXECUTION(BUSINESS_KEY_, PARENT_ID_)");

    private final DataSource dataSource;
    private final StartupLock lock;

    EngineIndexes(DataSource dataSource, StartupLock lock) {
        this.dataSource = dataSource;
        this.lock = lock;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        lock.holding("the engine's query indexes", () -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    for (String index : INDEXES) {
                        statement.execute(index);
                    }
                }
                try (PreparedStatement undated = connection.prepareStatement(
                        "update ACT_RU_JOB set DUEDATE_ = ? where DUEDATE_ is null")) {
                    undated.setTimestamp(1, new Timestamp(ClockUtil.getCurrentTime().getTime()));
                    int dated = undated.executeUpdate();
                    if (dated > 0) {
                        log.info("{} jobs without a due date are due now, so that acquisition finds them", dated);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create the engine's query indexes", e);
            }
        });
    }
}
