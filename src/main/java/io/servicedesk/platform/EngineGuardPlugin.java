package io.servicedesk.platform;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * What people may do to the engine, whatever door they use (Tasklist, Cockpit, Camunda's REST API): a task is
 * completed only with the fields of its own form (no rewriting the variables the process decides on), assigned
 * only to somebody of its candidate groups, and a model is deployed only by camunda-admin, and not at all where
 * remote deployment is switched off. Calls of our own code (API controllers, delegates, timers) run without an
 * engine user and are not concerned.
 */
@Component
class EngineGuardPlugin extends AbstractProcessEnginePlugin {

    private final boolean remoteDeployment;

    EngineGuardPlugin(ServiceDeskProperties properties) {
        this.remoteDeployment = properties.deployment().remote();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new Guard(configuration));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    private final class Guard extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;

        Guard(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            // only what a user asks for directly; what the engine does on its behalf follows the model
            if (Context.getCommandContext() == null) {
                Authentication user = configuration.getIdentityService().getCurrentAuthentication();
                if (user != null && user.getUserId() != null) {
                    check(command, user);
                }
            }
            return next.execute(command);
        }

        private void check(Command<?> command, Authentication user) {
            if (command instanceof DeployCmd) {
                checkDeployment(user);
            } else if (command instanceof CompleteTaskCmd) {
                checkFields(field(command, "taskId"), field(command, "variables"));
            } else if (command instanceof SubmitTaskFormCmd) {
                checkFields(field(command, "taskId"), field(command, "properties"));
            } else if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
                checkFields(field(command, "taskId"), field(command, "variables"));
            } else if (command instanceof ClaimTaskCmd || command instanceof DelegateTaskCmd) {
                checkAssignee(field(command, "taskId"), field(command, "userId"));
            } else if (command instanceof AbstractAddIdentityLinkCmd
                    && IdentityLinkType.ASSIGNEE.equals(field(command, "type"))) {
                checkAssignee(field(command, "taskId"), field(command, "userId"));
            }
        }

        private void checkDeployment(Authentication user) {
            if (!remoteDeployment) {
                throw new AuthorizationException("Deploying models over HTTP is switched off here "
                        + "(servicedesk.deployment.remote=false): models reach this engine with a release");
            }
            if (user.getGroupIds() == null || !user.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
                throw new AuthorizationException("Deploying a model is deploying code: only camunda-admin may");
            }
        }

        private void checkFields(String taskId, Map<String, Object> submitted) {
            if (taskId == null || submitted == null || submitted.isEmpty()) {
                return;
            }
            String refusal = next.execute(context -> context.runWithoutAuthorization(() -> {
                TaskEntity task = context.getTaskManager().findTaskById(taskId);
                if (task == null) {
                    return null; // the command itself says the task does not exist
                }
                FormFields fields = formFields(context, task);
                Set<String> refused = new TreeSet<>();
                submitted.forEach((name, value) -> {
                    boolean allowed = fields.editable().contains(name)
                            || fields.readOnly().contains(name) && same(task.getVariable(name), value);
                    if (!allowed) {
                        refused.add(name);
                    }
                });
                return refused.isEmpty() ? null : "'" + task.getName() + "' takes only the fields of its form ("
                        + (fields.editable().isEmpty() ? "none" : String.join(", ", fields.editable()))
                        + "); refused: " + String.join(", ", refused);
            }));
            if (refusal != null) {
                throw new AuthorizationException(refusal);
            }
        }

        private void checkAssignee(String taskId, String assignee) {
            if (taskId == null || assignee == null) {
                return;
            }
            String refusal = next.execute(context -> context.runWithoutAuthorization(() -> {
                TaskEntity task = context.getTaskManager().findTaskById(taskId);
                if (task == null) {
                    return null;
                }
                Set<String> candidateGroups = new TreeSet<>();
                for (IdentityLinkEntity link : task.getIdentityLinks()) {
                    if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                        if (assignee.equals(link.getUserId())) {
                            return null;
                        }
                        if (link.getGroupId() != null) {
                            candidateGroups.add(link.getGroupId());
                        }
                    }
                }
                boolean member = configuration.getIdentityService().createGroupQuery().groupMember(assignee).list()
                        .stream().map(Group::getId).anyMatch(candidateGroups::contains);
                return member ? null : "'" + task.getName() + "' is work for "
                        + (candidateGroups.isEmpty() ? "its assignee only" : String.join(", ", candidateGroups))
                        + ": it cannot be assigned to " + assignee;
            }));
            if (refusal != null) {
                throw new AuthorizationException(refusal);
            }
        }
    }

    /** The fields of the task's Camunda Form, or of its generated form; no form, no fields. */
    private static FormFields formFields(CommandContext context, TaskEntity task) {
        TaskFormData form = new GetTaskFormCmd(task.getId()).execute(context);
        String formKey = form.getFormKey();
        if (form.getCamundaFormRef() != null || formKey != null && formKey.startsWith("camunda-forms:")) {
            try (InputStream schema = new GetDeployedTaskFormCmd(task.getId()).execute(context)) {
                return FormFields.parse(schema);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the form of task " + task.getId(), e);
            }
        }
        List<FormField> generated = form.getFormFields();
        return generated == null || generated.isEmpty() ? FormFields.NONE
                : FormFields.of(generated.stream().map(FormField::getId).toList());
    }

    /** A read-only field comes back with the value it showed; numbers may come back as another number type. */
    private static boolean same(Object current, Object submitted) {
        Object value = submitted instanceof TypedValue typed ? typed.getValue() : submitted;
        if (current instanceof Number a && value instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return Objects.equals(current, value) || current != null && value != null
                && current.toString().equals(value.toString());
    }

    /** The engine's commands keep their arguments in fields; a renamed one fails closed, loudly. */
    @SuppressWarnings("unchecked")
    private static <T> T field(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return (T) field.get(command);
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(command.getClass().getName() + " has no field '" + name
                + "': this engine version is not the one the guard was written for");
    }
}
