package io.servicedesk.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Camunda creates its tables when it finds none ({@code schema-update: true}), but two nodes starting
 * together on an empty PostgreSQL both find none and collide ("duplicate key value violates unique
 * constraint pg_type_typname_nsp_index"). While the engine is being built, its schema operations (create
 * what is missing, record the history level, the installation id) run under the start-up lock: the
 * first node creates, the others wait and then find everything in place.
 */
@Component
class ClusterSafeSchema extends AbstractProcessEnginePlugin {

    private final StartupLock lock;

    ClusterSafeSchema(StartupLock lock) {
        this.lock = lock;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCommandExecutorSchemaOperations(
                new WhileBuilding(configuration.getCommandExecutorSchemaOperations(), lock));
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        CommandExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorSchemaOperations();
        if (executor instanceof WhileBuilding whileBuilding) {
            whileBuilding.built = true;
        }
    }

    /**
     * The engine's schema executor, locked until the engine is built; afterwards (dropping the schema on
     * close, where configured) it runs as it would without us.
     */
    private static final class WhileBuilding implements CommandExecutor {

        private final CommandExecutor engine;
        private final StartupLock lock;
        private volatile boolean built;

        WhileBuilding(CommandExecutor engine, StartupLock lock) {
            this.engine = engine;
            this.lock = lock;
        }

        @Override
        public <T> T execute(Command<T> command) {
            if (built) {
                return engine.execute(command);
            }
            // each command commits before execute returns, so the next node finds its work done
            return lock.holding("Camunda's schema (" + command.getClass().getSimpleName() + ")",
                    () -> engine.execute(command));
        }
    }
}
