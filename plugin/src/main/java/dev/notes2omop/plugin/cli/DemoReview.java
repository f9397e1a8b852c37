package dev.notes2omop.plugin.cli;

import dev.notes2omop.plugin.review.ReviewServer;
import dev.notes2omop.plugin.review.ReviewSite;
import dev.notes2omop.plugin.review.ReviewUsers;
import dev.notes2omop.plugin.runtime.Database;
import dev.notes2omop.plugin.runtime.Pipeline;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/** {@code demo --review}: the review page on the demo's data, until the process is stopped. */
final class DemoReview {

  /** The demo's steward. */
  static final String USER = "steward";

  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

  private DemoReview() {}

  static void serve(PrintWriter out, Database db, Pipeline pipeline, int port)
      throws InterruptedException {
    char[] password = new char[14];
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < password.length; i++) {
      password[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    new ReviewUsers(db.dataSource(), db.schemas()).add(USER, ReviewUsers.Role.STEWARD, password);
    ReviewSite site =
        new ReviewSite(
            db.dataSource(),
            db.schemas(),
            "NOTES2OMOP",
            pipeline.mappers().index(),
            pipeline.mappers().overrides(),
            Duration.ofSeconds(30));
    try (ReviewServer server = ReviewServer.start(site, "127.0.0.1", port)) {
      out.println();
      out.printf(
          "Review page: http://127.0.0.1:%d/review  (log in as %s, password %s; Ctrl-C stops)%n",
          server.port(), USER, new String(password));
      out.flush();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "notes2omop-demo-stop"));
      stopped.await();
    }
  }
}
