package dev.notes2omop.plugin.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.omop.queue.WorkState;
import dev.notes2omop.omop.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} in a child JVM accepts a burst of notes and is killed with SIGKILL right after the
 * last answer; a new service on the same database then writes every accepted note exactly once.
 */
class ProcessKilledIT {

  private static final int NOTES = 150;
  private static final Pattern LISTENING = Pattern.compile("Listening on (http://\\S+)/fhir");

  @Test
  void everyAcceptedNoteIsWrittenOnceAfterAKill(@TempDir Path tmp) throws Exception {
    DataSource dataSource = TestDatabase.freshDatabase();
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Xmx512m",
                "dev.notes2omop.plugin.cli.Main",
                "serve",
                "--port",
                "0",
                "--workers",
                "1",
                "--lease-seconds",
                "2",
                "--mapper",
                "dictionary",
                "--api-token",
                ServeFixture.TOKEN,
                "--data-dir",
                tmp.resolve("child").toString(),
                "--db-url",
                TestDatabase.jdbcUrl(dataSource))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> accepted = new ArrayList<>();
    try {
      String base = awaitListening(child);
      HttpClient http = HttpClient.newHttpClient();
      assertThat(send(http, base, "Patient/p1", ServeFixture.patient("p1")).join().statusCode())
          .isEqualTo(200);
      List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < NOTES; i++) {
        answers.add(
            send(
                http,
                base,
                "DocumentReference/k" + i,
                ServeFixture.note("k" + i, "1", "p1", "Nota " + i + " del lote.")));
      }
      for (int i = 0; i < NOTES; i++) {
        if (answers.get(i).join().statusCode() == 200) {
          accepted.add("DocumentReference/k" + i);
        }
      }
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }
    assertThat(accepted).hasSize(NOTES);

    try (ServeFixture serve = new ServeFixture(dataSource, tmp, ServeFixture.settings())) {
      Map<WorkState, Long> before = serve.queue.counts();
      serve.awaitIdle();

      for (String resourceId : accepted) {
        assertThat(serve.notesFor(resourceId)).as(resourceId).isOne();
      }
      assertThat(serve.noteCount()).isEqualTo(NOTES);
      assertThat(serve.queue.counts().get(WorkState.DONE)).isEqualTo(NOTES + 1L);
      System.out.println("ProcessKilledIT: queue when the new service started: " + before);
    }
  }

  private static CompletableFuture<HttpResponse<String>> send(
      HttpClient http, String base, String path, String body) {
    return http.sendAsync(
        HttpRequest.newBuilder(URI.create(base + "/fhir/" + path))
            .header("Content-Type", "application/fhir+json")
            .header("Authorization", "Bearer " + ServeFixture.TOKEN)
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String awaitListening(Process child) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      Matcher matcher = LISTENING.matcher(line);
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    throw new AssertionError("serve exited before listening, exit code " + child.waitFor());
  }
}
