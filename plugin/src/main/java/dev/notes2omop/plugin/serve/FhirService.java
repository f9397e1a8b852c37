package dev.notes2omop.plugin.serve;

import dev.notes2omop.omop.queue.WorkQueue;
import dev.notes2omop.plugin.review.ReviewConfiguration;
import dev.notes2omop.plugin.review.ReviewSite;
import dev.notes2omop.plugin.runtime.Pipeline;
import dev.notes2omop.plugin.runtime.SpringExclusions;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts and stops the receiver and its workers over an open pipeline. */
public final class FhirService implements AutoCloseable {

  /** The environment variable of the API token. */
  public static final String TOKEN_VARIABLE = "NOTES2OMOP_API_TOKEN";

  private final ConfigurableApplicationContext context;

  private FhirService(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /**
   * Starts the web server and the workers.
   *
   * @throws IllegalArgumentException when no token is configured and the address is not loopback
   */
  public static FhirService start(Pipeline pipeline, WorkQueue queue, ServeSettings settings) {
    return start(pipeline, queue, settings, null);
  }

  /**
   * Starts the web server and the workers, and the review page under {@code /review} when {@code
   * review} is not null.
   *
   * @throws IllegalArgumentException when no token is configured and the address is not loopback
   */
  public static FhirService start(
      Pipeline pipeline, WorkQueue queue, ServeSettings settings, ReviewSite review) {
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(queue, "queue");
    checkAddressOf(settings);
    Map<String, Object> properties = new HashMap<>();
    properties.put("server.port", settings.port());
    properties.put("server.address", settings.bindAddress());
    properties.put("server.shutdown", "graceful");
    properties.put("server.tomcat.max-swallow-size", settings.maxRequestBytes());
    properties.put("server.tomcat.max-http-form-post-size", settings.maxRequestBytes());
    properties.put("spring.jmx.enabled", false);
    properties.put("spring.main.banner-mode", "off");
    properties.put("spring.mvc.problemdetails.enabled", false);
    // bodies are read raw, whatever their content type: no form parsing of PUT bodies
    properties.put("spring.mvc.formcontent.filter.enabled", false);
    properties.put("management.endpoints.web.exposure.include", "health,prometheus");
    properties.put("management.endpoint.health.show-details", "always");
    properties.put("management.prometheus.metrics.export.enabled", true);
    properties.put("spring.application.name", "notes2omop");
    properties.put("spring.autoconfigure.exclude", String.join(",", SpringExclusions.NAMES));
    properties.put("spring.thymeleaf.check-template-location", false);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(
                review == null
                    ? new Class<?>[] {ServeApplication.class}
                    : new Class<?>[] {ServeApplication.class, ReviewConfiguration.class})
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .properties(properties)
            .initializers(
                applicationContext -> {
                  var beans = applicationContext.getBeanFactory();
                  beans.registerSingleton("pipeline", pipeline);
                  beans.registerSingleton("workQueue", queue);
                  beans.registerSingleton("serveSettings", settings);
                  if (review != null) {
                    beans.registerSingleton("reviewSite", review);
                  }
                })
            .run();
    return new FhirService(context);
  }

  /** Refuses a non-loopback address without a token, saying how to set one. */
  public static void checkAddressOf(ServeSettings settings) {
    if (settings.apiToken() != null) {
      return;
    }
    boolean loopback;
    try {
      loopback = InetAddress.getByName(settings.bindAddress()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown address " + settings.bindAddress(), e);
    }
    if (!loopback) {
      throw new IllegalArgumentException(
          "refusing to listen on "
              + settings.bindAddress()
              + " without an API token: set "
              + TOKEN_VARIABLE
              + " (e.g. export "
              + TOKEN_VARIABLE
              + "=$(openssl rand -hex 32)) or pass --api-token, or bind to 127.0.0.1");
    }
  }

  /** The port the server listens on. */
  public int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @Override
  public void close() {
    context.close();
  }
}
