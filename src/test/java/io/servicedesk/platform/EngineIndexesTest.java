package io.servicedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * H2 plans a prepared statement once per connection and keeps the plan; the engine prepares its queries
 * on a young database. The engine's two most frequent queries must be planned on the service's indexes
 * even then, or every variable read walks every open incident's variables (the trap, shown below on
 * Camunda's schema alone) and every job acquisition walks every waiting timer.
 */
class EngineIndexesTest {

    /** Camunda 7.24's selectVariablesByExecutionId (VariableInstance.xml), as MyBatis sends it. */
    private static final String VARIABLES_OF_AN_EXECUTION = """
            SELECT RES.* FROM ACT_RU_VARIABLE RES
            LEFT JOIN ACT_RU_EXECUTION EXECUTION ON RES.EXECUTION_ID_ = EXECUTION.ID_
            LEFT JOIN ACT_RU_EXECUTION PARENT_EXECUTION ON EXECUTION.PARENT_ID_ = PARENT_EXECUTION.ID_
            WHERE EXECUTION_ID_ = ? AND TASK_ID_ is null""";

    /** Camunda 7.24's selectNextJobsToExecute (Job.xml) with a due date on every job, timers first, oldest first. */
    private static final String NEXT_JOBS = """
            select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_ from ACT_RU_JOB RES
            where (RES.RETRIES_ > 0) and (RES.DUEDATE_ <= ?)
            and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < ?) and RES.SUSPENSION_STATE_ = 1
            and ((RES.EXCLUSIVE_ = true and not exists(select J2.ID_ from ACT_RU_JOB J2
                    where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true)
                    and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= ?)))
                or RES.EXCLUSIVE_ = false)
            order by RES.TYPE_ desc, RES.DUEDATE_ asc LIMIT ?""";

    @Test
    void onAnEmptyDatabaseTheVariableQueryIsPlannedOnTheExecutionNotOnEveryVariable() throws Exception {
        try (Connection camundaOnly = camundaSchema("camunda-only")) {
            assertThat(plan(camundaOnly, VARIABLES_OF_AN_EXECUTION, "an-execution")).contains("ACT_IDX_VARIABLE_TASK_ID: TASK_ID_ IS NULL");
        }
        try (Connection ours = camundaSchema("with-our-indexes")) {
            createIndexes(ours);
            assertThat(plan(ours, VARIABLES_OF_AN_EXECUTION, "an-execution"))
                    .contains("SD_IDX_VAR_EXEC_TASK: EXECUTION_ID_ = ?1")
                    .doesNotContain("ACT_IDX_VARIABLE_TASK_ID");
        }
    }

    @Test
    void onAnEmptyDatabaseJobAcquisitionIsPlannedOnTheDueDate() throws Exception {
        try (Connection ours = camundaSchema("acquisition")) {
            createIndexes(ours);
            Timestamp now = Timestamp.from(Instant.now());
            assertThat(plan(ours, NEXT_JOBS, now, now, now, 8)).contains("SD_IDX_JOB_DUEDATE: DUEDATE_ <= ?1");
        }
    }

    /** Camunda 7.24's selectProcessInstanceByQueryCriteria for a business key (Execution.xml), first page. */
    private static final String INSTANCES_OF_A_TICKET = """
            select distinct RES.* from ACT_RU_EXECUTION RES inner join ACT_RE_PROCDEF P on RES.PROC_DEF_ID_ = P.ID_
            WHERE (RES.PARENT_ID_ is null and (RES.BUSINESS_KEY_ = ?)) order by RES.ID_ asc LIMIT ? OFFSET ?""";

    @Test
    void onAnEmptyDatabaseAnIncidentsInstancesAreFoundByTicket() throws Exception {
        try (Connection ours = camundaSchema("by-ticket")) {
            createIndexes(ours);
            assertThat(plan(ours, INSTANCES_OF_A_TICKET, "INC-2026-000001", Integer.MAX_VALUE, 0))
                    .contains("SD_IDX_EXEC_BUSKEY_ROOT");
        }
    }

    @Test
    void creatingTheIndexesAgainChangesNothing() throws Exception {
        try (Connection ours = camundaSchema("twice")) {
            createIndexes(ours);
            createIndexes(ours);
            try (ResultSet indexes = ours.createStatement().executeQuery(
                    "select count(*) from INFORMATION_SCHEMA.INDEXES where INDEX_NAME like 'SD_IDX_%'")) {
                indexes.next();
                assertThat(indexes.getInt(1)).isEqualTo(EngineIndexes.INDEXES.size());
            }
        }
    }

    private static Connection camundaSchema(String name) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=0", "sa", "");
        try (Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM 'classpath:/org/camunda/bpm/engine/db/create/activiti.h2.create.engine.sql'");
        }
        return connection;
    }

    private static void createIndexes(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String index : EngineIndexes.INDEXES) {
                statement.execute(index);
            }
        }
    }

    private static String plan(Connection connection, String query, Object... values) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + query)) {
            for (int i = 0; i < values.length; i++) {
                explain.setObject(i + 1, values[i]);
            }
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                return plan.getString(1);
            }
        }
    }
}
