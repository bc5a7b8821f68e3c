package io.servicedesk.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The floor the service is measured against: a bare Camunda 7 engine starting a one-task process (one
 * service task, one user task with a Camunda Form), full history, on the same database as the service's
 * embedded default (H2 in a file, each start written to the file before it returns, as the service's
 * acknowledgements are). Runs in a JVM of its own.
 *
 * <p>Arguments: the H2 file path, then "clients:instances" per measurement, e.g. {@code 1:200 4:400}.
 * Prints one {@code BARE clients=.. instances=.. seconds=.. p50=.. p99=.. cpu=..} line per measurement
 * (cpu: milliseconds of this process's CPU time per instance).
 */
public final class BareEngine {

    private static final String FORM = """
            {"id":"bare-work","type":"default","schemaVersion":16,
             "components":[{"key":"note","label":"Note","type":"textfield"}]}""";

    public static void main(String[] args) throws Exception {
        String url = "jdbc:h2:file:" + args[0] + System.getProperty("bare.h2", ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=512");
        boolean checkpoint = !"false".equals(System.getProperty("bare.checkpoint"));
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(url).setJdbcUsername("sa").setJdbcPassword("").setJdbcDriver("org.h2.Driver")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
        configuration.setJdbcMaxActiveConnections(32);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setMetricsEnabled(false);
        ProcessEngine engine = configuration.buildProcessEngine();

        BpmnModelInstance process = Bpmn.createExecutableProcess("oneTask").camundaHistoryTimeToLive(180)
                .startEvent()
                .serviceTask("Task_Record").camundaClass(Record.class.getName())
                .userTask("Task_Work").camundaFormRef("bare-work").camundaFormRefBinding("deployment")
                .camundaCandidateGroups("helpdesk")
                .endEvent()
                .done();
        engine.getRepositoryService().createDeployment()
                .addModelInstance("one-task.bpmn", process)
                .addString("work.form", FORM)
                .deploy();

        AtomicInteger keys = new AtomicInteger();
        for (int i = 1; i < args.length; i++) {
            String[] spec = args[i].split(":");
            int clients = Integer.parseInt(spec[0]);
            int instances = Integer.parseInt(spec[1]);
            long[] latencies = new long[instances];
            AtomicInteger next = new AtomicInteger();
            ExecutorService workers = Executors.newFixedThreadPool(clients);
            long cpuBefore = cpuNanos();
            long started = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                workers.execute(() -> {
                    try (Connection file = DriverManager.getConnection(url, "sa", "");
                            Statement store = file.createStatement()) {
                        for (int n = next.getAndIncrement(); n < instances; n = next.getAndIncrement()) {
                            long sent = System.nanoTime();
                            String key = "BARE-" + keys.incrementAndGet();
                            engine.getRuntimeService().startProcessInstanceByKey("oneTask", key,
                                    java.util.Map.of("ticket", key));
                            // as durable as the service's acknowledgement: in the file before it returns
                            if (checkpoint) {
                                store.execute("CHECKPOINT");
                            }
                            latencies[n] = System.nanoTime() - sent;
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            workers.shutdown();
            workers.awaitTermination(1, TimeUnit.HOURS);
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuMillisEach = (cpuNanos() - cpuBefore) / 1e6 / instances;
            Arrays.sort(latencies);
            System.out.println(String.format(Locale.ROOT,
                    "BARE clients=%d instances=%d seconds=%.3f p50=%.2f p99=%.2f cpu=%.3f", clients, instances,
                    seconds, percentile(latencies, 50), percentile(latencies, 99), cpuMillisEach));
        }
        long tasks = engine.getTaskService().createTaskQuery().processDefinitionKey("oneTask").count();
        System.out.println("BARE tasks=" + tasks);
        long idle = Long.getLong("bare.idleSeconds", 0);
        for (long second = 0; second < idle; second += 15) {
            Thread.sleep(15_000);
            System.out.println("BARE idle=" + (second + 15) + " bytes="
                    + java.nio.file.Files.size(java.nio.file.Path.of(args[0] + ".mv.db")));
        }
        engine.close();
        System.out.println("BARE bytes=" + java.nio.file.Files.size(java.nio.file.Path.of(args[0] + ".mv.db")));
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** The one service task: writes what it decided, as our delegates do. */
    public static final class Record implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("recorded", true);
        }
    }

    private BareEngine() {
    }
}
