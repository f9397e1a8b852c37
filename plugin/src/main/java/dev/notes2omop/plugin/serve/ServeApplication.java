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
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Spring Boot configuration of {@code serve}: the receiver, the workers, the token filter, the
 * queue health and gauges. The pipeline, queue and settings are built outside Spring and handed in
 * by {@link FhirService}; the schema is migrated before.
 */
@SpringBootConfiguration
// the database is ours: FhirService leaves out SpringExclusions.NAMES
@EnableAutoConfiguration
@EnableWebSecurity
@Import(ReceiverController.class)
class ServeApplication {

  /**
   * The FHIR endpoints and actuator keep their own protection (the bearer token filter): no
   * session, no CSRF, no login page. The review page, when served, has its own chain.
   */
  @Bean
  @Order(1)
  SecurityFilterChain fhirChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/fhir", "/fhir/**", "/actuator", "/actuator/**")
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(c -> c.disable())
        .requestCache(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

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
