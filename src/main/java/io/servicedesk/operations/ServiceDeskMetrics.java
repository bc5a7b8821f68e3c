package io.servicedesk.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.servicedesk.contract.Priority;
import io.servicedesk.incident.IncidentState;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The service desk's figures as gauges (Prometheus: /actuator/prometheus). Each is read from the database
 * when scraped, one reading serving all gauges for {@code servicedesk.metrics.max-age}, so a restart or a
 * second node never loses or double-counts anything. Every priority and state has its series from the
 * start, zero until something happens: a dashboard or an alert never sees a gap.
 */
@Component
class ServiceDeskMetrics implements MeterBinder {

    private static final List<String> PRIORITIES = Stream.concat(Stream.of(Priority.values()).map(Priority::name),
            Stream.of(Readings.NO_PRIORITY)).toList();

    private final Recent<Figures> figures;

    ServiceDeskMetrics(Readings readings, MetricsSettings settings) {
        this.figures = new Recent<>(readings::read, settings.maxAge(), System::nanoTime);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String priority : PRIORITIES) {
            for (IncidentState state : IncidentState.values()) {
                if (state == IncidentState.CLOSED) {
                    continue;
                }
                gauge(registry, "servicedesk.incidents.open", "Incidents not closed yet",
                        f -> count(f.open(), Figures.key(priority, state.name())),
                        "priority", priority, "state", state.name());
            }
            byPriority(registry, priority, "servicedesk.response.overdue",
                    "Open incidents past their response target that nobody has responded to", Figures::responseOverdue);
            byPriority(registry, priority, "servicedesk.response.breaches",
                    "Incidents whose first response came, or is still missing, after the response target",
                    Figures::responseBreached);
            byPriority(registry, priority, "servicedesk.resolution.overdue",
                    "Open incidents past their resolution due time, not resolved yet", Figures::resolutionOverdue);
            byPriority(registry, priority, "servicedesk.resolution.breaches",
                    "Incidents whose resolution target was breached", Figures::resolutionBreached);
            byPriority(registry, priority, "servicedesk.client.updates.overdue",
                    "Open incidents whose next client update is past due", Figures::updatesOverdue);
            byPriority(registry, priority, "servicedesk.client.updates.late",
                    "Client updates sent after the time they were due", Figures::lateUpdates);
        }
        gauge(registry, "servicedesk.jobs.due", "Jobs due and not yet run (timers, retries, mails): the backlog",
                Figures::jobsDue);
        gauge(registry, "servicedesk.jobs.failed", "Jobs out of retries: incidents in Cockpit", Figures::jobsFailed);
        gauge(registry, "servicedesk.mail.outbox.pending", "Mails recorded but not delivered yet",
                Figures::mailPending);
        Gauge.builder("servicedesk.mail.outbox.oldest", this,
                        self -> self.figures.get().oldestMailPending().toMillis() / 1000.0)
                .baseUnit("seconds")
                .description("How long the oldest undelivered mail has waited")
                .register(registry);
    }

    private void byPriority(MeterRegistry registry, String priority, String name, String description,
            Function<Figures, Map<String, Long>> counts) {
        gauge(registry, name, description, f -> count(counts.apply(f), priority), "priority", priority);
    }

    /** The gauge holds this bean, which the context holds: it cannot be collected away (gauges keep weak references). */
    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Figures> value,
            String... tags) {
        Gauge.builder(name, this, self -> value.applyAsDouble(self.figures.get()))
                .description(description)
                .tags(tags)
                .register(registry);
    }

    private static double count(Map<String, Long> counts, String key) {
        return counts.getOrDefault(key, 0L);
    }
}
