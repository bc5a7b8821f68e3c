package io.servicedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicedesk.support.ServiceDeskTest;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * History is kept as long as the evidence: every process and decision, deployed with the service or later
 * from Modeler, keeps its history for the one configured retention, and Camunda's cleanup runs in the window.
 */
@ServiceDeskTest
class HistoryRetentionTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    HistorySettings settings;

    @Test
    void everyDeployedProcessAndDecisionKeepsItsHistoryForTheConfiguredRetention() {
        List<ProcessDefinition> processes = engine.getRepositoryService().createProcessDefinitionQuery().list();
        List<DecisionDefinition> decisions = engine.getRepositoryService().createDecisionDefinitionQuery().list();

        assertThat(processes).extracting(ProcessDefinition::getKey).contains("incident");
        assertThat(decisions).extracting(DecisionDefinition::getKey).contains("triage", "coverage");
        assertThat(settings.retentionDays()).isEqualTo(2555);
        assertThat(processes).allSatisfy(process -> assertThat(process.getHistoryTimeToLive())
                .as(process.getKey() + " v" + process.getVersion()).isEqualTo(settings.retentionDays()));
        assertThat(decisions).allSatisfy(decision -> assertThat(decision.getHistoryTimeToLive())
                .as(decision.getKey() + " v" + decision.getVersion()).isEqualTo(settings.retentionDays()));
    }

    @Test
    void aModelDeployedWithAShorterHistoryKeepsItAsLongAsTheEvidence() {
        Deployment deployment = engine.getRepositoryService().createDeployment().name("short history")
                .addModelInstance("short-history.bpmn", Bpmn.createExecutableProcess("Process_ShortHistory")
                        .camundaHistoryTimeToLive(1).startEvent().endEvent().done())
                .addModelInstance("short-history.dmn", decisionWithHistoryOf("P1D"))
                .deploy();
        try {
            assertThat(engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment.getId())
                    .singleResult().getHistoryTimeToLive()).isEqualTo(settings.retentionDays());
            assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().deploymentId(deployment.getId())
                    .singleResult().getHistoryTimeToLive()).isEqualTo(settings.retentionDays());
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void camundasHistoryCleanupIsScheduledInTheConfiguredWindow() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        List<Job> cleanup = engine.getHistoryService().findHistoryCleanupJobs();
        assertThat(cleanup).as("the cleanup job waits for the window").isNotEmpty();
        assertThat(cleanup).allSatisfy(job -> assertThat(LocalTime.ofInstant(job.getDuedate().toInstant(),
                ZoneId.systemDefault())).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0)));
    }

    private static DmnModelInstance decisionWithHistoryOf(String timeToLive) {
        DmnModelInstance model = Dmn.createEmptyModel();
        Definitions definitions = model.newInstance(Definitions.class);
        definitions.setNamespace("http://camunda.org/schema/1.0/dmn");
        definitions.setName("Short history");
        definitions.setId("Definitions_ShortHistory");
        model.setDefinitions(definitions);
        Decision decision = model.newInstance(Decision.class);
        decision.setId("Decision_ShortHistory");
        decision.setName("Short history");
        decision.setCamundaHistoryTimeToLiveString(timeToLive);
        definitions.addChildElement(decision);
        DecisionTable table = model.newInstance(DecisionTable.class);
        table.setId("DecisionTable_ShortHistory");
        table.setHitPolicy(HitPolicy.FIRST);
        decision.addChildElement(table);
        Output output = model.newInstance(Output.class);
        output.setId("Output_Answer");
        output.setName("answer");
        output.setTypeRef("string");
        table.addChildElement(output);
        return model;
    }
}
