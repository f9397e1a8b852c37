package dev.notes2omop.plugin.review;

import dev.notes2omop.plugin.runtime.SpringExclusions;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The review page on its own web server, for sites that run no FHIR hook ({@code review}). */
public final class ReviewServer implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private ReviewServer(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /** Starts the page on {@code bind:port} (port 0: any free one). */
  public static ReviewServer start(ReviewSite site, String bind, int port) {
    Objects.requireNonNull(site, "site");
    Map<String, Object> properties = new HashMap<>();
    properties.put("server.port", port);
    properties.put("server.address", bind);
    properties.put("server.shutdown", "graceful");
    properties.put("server.tomcat.max-http-form-post-size", 1024 * 1024);
    properties.put("server.servlet.session.timeout", "8h");
    properties.put("spring.jmx.enabled", false);
    properties.put("spring.main.banner-mode", "off");
    properties.put("spring.application.name", "notes2omop-review");
    properties.put("spring.autoconfigure.exclude", String.join(",", SpringExclusions.NAMES));
    properties.put("management.endpoints.web.exposure.include", "health");
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(ReviewApplication.class)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .properties(properties)
            .initializers(
                applicationContext ->
                    applicationContext.getBeanFactory().registerSingleton("reviewSite", site))
            .run();
    return new ReviewServer(context);
  }

  /** The port the page listens on. */
  public int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @Override
  public void close() {
    context.close();
  }
}
