package io.servicedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicedesk.support.ServiceDeskTest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Holds every diagram to what process owners, operators and auditors rely on: IDs that say what an
 * element is, names that read like the business, a layout for Modeler, history kept for audits,
 * delegates that exist and have element templates, forms that exist.
 */
@ServiceDeskTest
class ModelConventionsTest {

    private static final Pattern ID = Pattern.compile(
            "(StartEvent|EndEvent|Task|Gateway|Flow|Timer|Message|Boundary|Event|SubProcess|CallActivity|Error|Signal)_[A-Z][A-Za-z0-9]+");
    private static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+)}");

    @Autowired
    ApplicationContext context;

    @Test
    void everyElementHasAMeaningfulIdAndANameAndALayout() {
        for (BpmnModelInstance model : models()) {
            Set<String> drawn = new HashSet<>();
            model.getModelElementsByType(BpmnShape.class).forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
            model.getModelElementsByType(BpmnEdge.class).forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
            for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
                assertThat(element.getId()).as("id of %s", element.getName()).matches(ID);
                assertThat(drawn).as("%s has a shape in the diagram", element.getId()).contains(element.getId());
                if (element instanceof FlowNode && !(element instanceof Gateway && isMerge((Gateway) element))) {
                    assertThat(element.getName()).as("%s has a business name", element.getId()).isNotBlank();
                }
            }
        }
    }

    @Test
    void everyProcessAndDecisionKeepsItsHistoryForAudits() {
        for (BpmnModelInstance model : models()) {
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
            }
        }
        for (DmnModelInstance decisions : decisions()) {
            for (Decision decision : decisions.getModelElementsByType(Decision.class)) {
                assertThat(decision.getCamundaHistoryTimeToLiveString()).as(decision.getId()).isNotBlank();
            }
        }
    }

    @Test
    void everyDelegateIsABeanWithAnElementTemplate() throws IOException {
        Set<String> templated = new HashSet<>();
        Set<String> templateIds = new HashSet<>();
        List<JsonNode> templates = new ArrayList<>();
        for (File file : new File(".camunda/element-templates").listFiles((dir, name) -> name.endsWith(".json"))) {
            new ObjectMapper().readTree(file).forEach(templates::add);
        }
        for (JsonNode template : templates) {
            templateIds.add(template.get("id").asText());
            template.get("properties").forEach(property -> {
                if ("camunda:delegateExpression".equals(property.path("binding").path("name").asText())) {
                    templated.add(property.get("value").asText());
                }
            });
        }
        for (BpmnModelInstance model : models()) {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                String expression = task.getCamundaDelegateExpression();
                assertThat(expression).as("%s uses a delegate expression", task.getId()).isNotNull();
                Matcher bean = BEAN.matcher(expression);
                assertThat(bean.matches()).as(expression).isTrue();
                assertThat(context.containsBean(bean.group(1))).as("bean %s", bean.group(1)).isTrue();
                assertThat(templated).as("element template for %s", expression).contains(expression);
                String template = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "modelerTemplate");
                assertThat(templateIds).as("%s is marked with its template", task.getId()).contains(template);
            }
        }
    }

    @Test
    void asyncStepsRetryOnASchedule() {
        for (BpmnModelInstance model : models()) {
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                if (node instanceof Gateway) {
                    continue; // gateways are not save points
                }
                if (node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter()) {
                    assertThat(node.getExtensionElements()).as("%s has a retry cycle", node.getId()).isNotNull();
                    assertThat(node.getExtensionElements().getDomElement().getChildElements().stream()
                            .anyMatch(child -> child.getLocalName().equals("failedJobRetryTimeCycle")))
                            .as("%s has a retry cycle", node.getId()).isTrue();
                }
            }
        }
    }

    @Test
    void everyUserTaskHasAFormAndATeam() throws IOException {
        Set<String> forms = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path form : files.filter(path -> path.toString().endsWith(".form")).toList()) {
                forms.add(new ObjectMapper().readTree(form.toFile()).get("id").asText());
            }
        }
        for (BpmnModelInstance model : models()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String formRef = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
                assertThat(forms).as("form of %s", task.getId()).contains(formRef);
                assertThat(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding"))
                        .isEqualTo("deployment");
                String team = task.getCamundaCandidateGroups();
                if (team == null) {
                    assertThat(task.getCamundaAssignee()).as("team or assignee of %s", task.getId()).isNotBlank();
                    continue;
                }
                if (!team.startsWith("${")) {
                    assertThat(Groups.ALL).as("team of %s", task.getId()).contains(team);
                }
            }
        }
    }

    @Test
    void everyCallActivityCallsADiagramHereAndPassesTheTicketDown() {
        Set<String> processes = new HashSet<>();
        models().forEach(model -> model.getModelElementsByType(Process.class)
                .forEach(process -> processes.add(process.getId())));
        for (BpmnModelInstance model : models()) {
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                assertThat(processes).as("%s calls a diagram in processes/", call.getId()).contains(call.getCalledElement());
                assertThat(call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list())
                        .as("%s passes the ticket down as business key: every decision reads the record by it",
                                call.getId())
                        .anyMatch(in -> "#{execution.processBusinessKey}".equals(in.getCamundaBusinessKey()));
            }
        }
    }

    /** What Modeler shows must be readable: no flow drawn through a shape, no label on a shape. */
    @Test
    void noFlowRunsThroughAShapeAndNoLabelSitsOnOne() {
        for (BpmnModelInstance model : models()) {
            List<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                    .filter(shape -> shape.getBpmnElement() instanceof FlowNode).toList();
            for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
                if (!(edge.getBpmnElement() instanceof SequenceFlow flow)) {
                    continue;
                }
                List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
                for (BpmnShape shape : shapes) {
                    FlowNode node = (FlowNode) shape.getBpmnElement();
                    if (flow.getSource() instanceof BoundaryEvent boundary && boundary.getAttachedTo() == node) {
                        // a flow leaves its boundary event, but must not run along its host's edge or through it
                        for (int i = 0; i + 1 < points.size(); i++) {
                            assertThat(touches(points.get(i), points.get(i + 1), shape.getBounds(), points.get(0)))
                                    .as("%s is drawn along or through %s", flow.getId(), node.getId()).isFalse();
                        }
                        continue;
                    }
                    if (endsAt(flow, node)) {
                        continue;
                    }
                    for (int i = 0; i + 1 < points.size(); i++) {
                        assertThat(crosses(points.get(i), points.get(i + 1), shape.getBounds()))
                                .as("%s is drawn through %s", flow.getId(), node.getId()).isFalse();
                    }
                }
                if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
                    Bounds label = edge.getBpmnLabel().getBounds();
                    for (BpmnShape shape : shapes) {
                        if (!(shape.getBpmnElement() instanceof SubProcess)) {
                            assertThat(overlap(label, shape.getBounds()))
                                    .as("label of %s on %s", flow.getId(), shape.getBpmnElement().getId()).isFalse();
                        }
                    }
                }
            }
        }
    }

    private static boolean endsAt(SequenceFlow flow, FlowNode node) {
        for (FlowNode end : List.of(flow.getSource(), flow.getTarget())) {
            if (end == node || end.getParentElement() == node) {
                return true;
            }
            if (end instanceof BoundaryEvent boundary && boundary.getAttachedTo() == node) {
                return true;
            }
        }
        return false;
    }

    /** Whether an axis-parallel segment passes through the inside of a shape (touching its edge is fine). */
    private static boolean crosses(Waypoint from, Waypoint to, Bounds bounds) {
        double margin = 2;
        double left = bounds.getX() + margin;
        double right = bounds.getX() + bounds.getWidth() - margin;
        double top = bounds.getY() + margin;
        double bottom = bounds.getY() + bounds.getHeight() - margin;
        for (int step = 1; step < 50; step++) {
            double x = from.getX() + (to.getX() - from.getX()) * step / 50;
            double y = from.getY() + (to.getY() - from.getY()) * step / 50;
            if (x > left && x < right && y > top && y < bottom) {
                return true;
            }
        }
        return false;
    }

    /** Whether a segment touches a shape (its edge included) away from where the flow starts. */
    private static boolean touches(Waypoint from, Waypoint to, Bounds bounds, Waypoint start) {
        for (int step = 1; step < 50; step++) {
            double x = from.getX() + (to.getX() - from.getX()) * step / 50;
            double y = from.getY() + (to.getY() - from.getY()) * step / 50;
            boolean onShape = x >= bounds.getX() - 1 && x <= bounds.getX() + bounds.getWidth() + 1
                    && y >= bounds.getY() - 1 && y <= bounds.getY() + bounds.getHeight() + 1;
            if (onShape && Math.hypot(x - start.getX(), y - start.getY()) > 20) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() - 1 && b.getX() < a.getX() + a.getWidth() - 1
                && a.getY() < b.getY() + b.getHeight() - 1 && b.getY() < a.getY() + a.getHeight() - 1;
    }

    private static boolean isMerge(Gateway gateway) {
        return gateway.getOutgoing().size() == 1;
    }

    private static List<BpmnModelInstance> models() {
        List<BpmnModelInstance> models = new ArrayList<>();
        for (File file : files(".bpmn")) {
            models.add(Bpmn.readModelFromFile(file));
        }
        assertThat(models).isNotEmpty();
        return models;
    }

    private static List<DmnModelInstance> decisions() {
        return files(".dmn").stream().map(Dmn::readModelFromFile).toList();
    }

    private static List<File> files(String suffix) {
        File[] files = new File("processes").listFiles((dir, name) -> name.endsWith(suffix));
        return files == null ? List.of() : List.of(files);
    }

}
