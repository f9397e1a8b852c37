package dev.notes2omop.plugin.serve;

import dev.notes2omop.fhir.client.FhirClient;
import dev.notes2omop.omop.queue.WorkQueue;
import dev.notes2omop.omop.queue.WorkState;
import dev.notes2omop.plugin.runtime.Pipeline;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The Spring Boot configuration of {@code serve}: the receiver, the workers, the token filter, the
 * queue health and gauges. The pipeline, queue and settings are built outside Spring and handed in
 * by {@link FhirService}; the schema is migrated before.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(
    // the database is ours, opened and migrated before Spring starts: no auto-configured data
    // source, JPA, migrations or search clients, even when such libraries are on the class path
    excludeName = {
      "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
      "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
      "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
      "org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration",
      "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
      "org.springframework.boot.autoconfigure.liquibase.LiquibaseAutoConfiguration",
      "org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration",
      "org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.elasticsearch.ElasticsearchRestHealthContributorAutoConfiguration",
      "org.springframework.boot.autoconfigure.quartz.QuartzAutoConfiguration",
      "org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration"
    })
@Import(ReceiverController.class)
class ServeApplication {

  @Bean
  DeliveryIntake deliveryIntake(Pipeline pipeline, ServeSettings settings) {
    return new DeliveryIntake(pipeline.reader(), settings.sourceBaseUrl() != null);
  }

  @Bean(destroyMethod = "close")
  QueueWorkers queueWorkers(
      Pipeline pipeline, WorkQueue queue, ServeSettings settings, MeterRegistry meters) {
    FhirClient source =
        settings.sourceBaseUrl() == null
            ? null
            : new FhirClient(
                settings.sourceBaseUrl(), settings.sourceAuthorization(), Duration.ofSeconds(30));
    QueueWorkers workers =
        new QueueWorkers(queue, new WorkProcessor(pipeline, queue, source), settings, meters);
    workers.start();
    return workers;
  }

  @Bean
  FilterRegistrationBean<BearerTokenFilter> bearerTokenFilter(ServeSettings settings) {
    FilterRegistrationBean<BearerTokenFilter> registration =
        new FilterRegistrationBean<>(
            new BearerTokenFilter(settings.apiToken() == null ? "" : settings.apiToken()));
    registration.addUrlPatterns("/fhir", "/fhir/*", "/actuator/prometheus");
    registration.setEnabled(settings.apiToken() != null);
    return registration;
  }

  /** Health: UP when the queue's database answers, with the item counts per state. */
  @Bean
  HealthIndicator queueHealth(WorkQueue queue) {
    return () -> {
      try {
        Health.Builder health = Health.up();
        queue.counts().forEach((state, count) -> health.withDetail(state.name(), count));
        return health.build();
      } catch (RuntimeException e) {
        return Health.down().withDetail("queue", "database unavailable").build();
      }
    };
  }

  /** Gauges of the queue's items per state, read at most every 5 s. */
  @Bean
  Object queueGauges(WorkQueue queue, MeterRegistry meters) {
    AtomicReference<Map<WorkState, Long>> last = new AtomicReference<>(Map.of());
    AtomicReference<Long> readAt = new AtomicReference<>(0L);
    for (WorkState state : WorkState.values()) {
      Gauge.builder(
              "notes2omop.queue.items",
              () -> {
                long now = System.nanoTime();
                if (now - readAt.get() > 5_000_000_000L) {
                  readAt.set(now);
                  try {
                    last.set(queue.counts());
                  } catch (RuntimeException e) {
                    last.set(Map.of());
                  }
                }
                return last.get().getOrDefault(state, 0L);
              })
          .tag("state", state.name().toLowerCase(java.util.Locale.ROOT))
          .register(meters);
    }
    return last;
  }
}
