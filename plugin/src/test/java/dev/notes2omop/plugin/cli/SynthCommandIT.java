package dev.notes2omop.plugin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.trainer.data.BioTagging;
import dev.notes2omop.trainer.data.RecordCodec;
import dev.notes2omop.trainer.data.RecordKind;
import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.synth.Verdict;
import dev.notes2omop.trainer.synth.split.SurfaceForms;
import dev.notes2omop.trainer.synth.validate.RuleValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code notes2omop synth} with the real grammar tutor, offline, as the acceptance asks. */
class SynthCommandIT {

  private static final List<String> FILES =
      List.of("train.jsonl", "test.jsonl", "validation.jsonl");

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  private static Map<String, List<SynthRecord>> splits;
  private static String printed;

  @BeforeAll
  static void runTwice() throws IOException {
    printed = synth(dir.resolve("a"));
    synth(dir.resolve("b"));
    splits = new HashMap<>();
    for (String file : FILES) {
      List<SynthRecord> records = new ArrayList<>();
      for (String line :
          Files.readAllLines(dir.resolve("a").resolve(file), StandardCharsets.UTF_8)) {
        records.add(RecordCodec.fromJson(line));
      }
      splits.put(file, records);
    }
  }

  private static String synth(Path out) {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(stdout));
    commandLine.setErr(new PrintWriter(stderr));
    int exit =
        commandLine.execute("synth", "--records", "2000", "--seed", "11", "--out", out.toString());
    assertThat(exit).as(stderr.toString()).isZero();
    assertThat(stderr.toString()).contains("round 1:");
    return stdout.toString();
  }

  private static List<SynthRecord> all() {
    List<SynthRecord> all = new ArrayList<>();
    FILES.forEach(f -> all.addAll(splits.get(f)));
    return all;
  }

  @Test
  void writesTheRecordsAskedForAndPrintsASummary() {
    assertThat(all()).hasSize(2000);
    assertThat(splits.get("train.jsonl")).hasSize(1600);
    assertThat(splits.get("validation.jsonl")).hasSize(200);
    assertThat(printed).contains("Wrote 2,000 records", "validation forms unseen in train");
    assertThat(dir.resolve("a").resolve("report.json")).isNotEmptyFile();
    assertThat(dir.resolve("a").resolve("report.md")).isNotEmptyFile();
  }

  @Test
  void givesByteIdenticalFilesForTheSameSeed() throws IOException {
    for (String file : FILES) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
    }
  }

  @Test
  void everyRecordPassesTheRulesAgainAcrossAllSplits() {
    List<SynthRecord> all = all();

    List<Verdict> verdicts = new RuleValidator().validate(all);

    assertThat(verdicts).filteredOn(v -> !v.accepted()).isEmpty();
    assertThat(all).allMatch(r -> BioTagging.isValid(r.tags()));
    assertThat(all).allMatch(r -> r.meta().validatedBy().equals(List.of("rules-1")));
  }

  @Test
  void everyLabelIsInATenthOfRecordsAndNegativesTooOverall() {
    List<SynthRecord> all = all();
    for (EntityLabel label : EntityLabel.values()) {
      long with =
          all.stream().filter(r -> r.entities().stream().anyMatch(e -> e.label() == label)).count();
      assertThat(with).as(label.name()).isGreaterThanOrEqualTo(all.size() / 10);
    }
    long negatives = all.stream().filter(r -> r.meta().kind() != RecordKind.POSITIVE).count();
    assertThat(negatives).isGreaterThanOrEqualTo(all.size() / 10);
  }

  @Test
  void sharesNoTextAndNoFamilyAcrossSplits() {
    Set<String> texts = new HashSet<>();
    Map<String, String> splitOfFamily = new HashMap<>();
    for (String file : FILES) {
      for (SynthRecord r : splits.get(file)) {
        assertThat(texts.add(SurfaceForms.textKey(r))).as(r.id()).isTrue();
        String earlier = splitOfFamily.putIfAbsent(r.meta().family(), file);
        assertThat(earlier == null || earlier.equals(file)).as(r.meta().family()).isTrue();
      }
    }
  }

  @Test
  void leavesAFifthOfValidationSurfaceFormsUnseenInTrain() {
    Set<String> train = new HashSet<>();
    splits.get("train.jsonl").forEach(r -> train.addAll(SurfaceForms.of(r)));
    Set<String> validation = new HashSet<>();
    splits.get("validation.jsonl").forEach(r -> validation.addAll(SurfaceForms.of(r)));

    long unseen = validation.stream().filter(f -> !train.contains(f)).count();

    assertThat(validation).isNotEmpty();
    assertThat((double) unseen / validation.size()).isGreaterThanOrEqualTo(0.2);
  }

  @Test
  void addsAnLlmValidatorConfiguredFromTheEnvironmentAndReportsItsCost(@TempDir Path out)
      throws IOException {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/v1/chat/completions",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          int n = requests.incrementAndGet();
          // accepts every record of the batch but the first, which it calls a wrong label
          StringBuilder verdicts = new StringBuilder("{\"verdicts\":[");
          verdicts.append("{\"index\":0,\"accept\":false,\"reasons\":[\"wrong-label\"]}");
          for (int i = 1; i < 20; i++) {
            verdicts.append(",{\"index\":").append(i).append(",\"accept\":true}");
          }
          verdicts.append("]}");
          ObjectNode answer = JSON.createObjectNode();
          answer.put("id", "fake-" + n);
          ObjectNode choice = answer.putArray("choices").addObject();
          choice.putObject("message").put("role", "assistant").put("content", verdicts.toString());
          choice.put("finish_reason", "stop");
          answer.putObject("usage").put("prompt_tokens", 1000).put("completion_tokens", 200);
          byte[] body = JSON.writeValueAsBytes(answer);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      SynthCommand command = new SynthCommand();
      command.environment =
          Map.of(
              "NOTES2OMOP_LLM_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1",
              "NOTES2OMOP_LLM_MODEL", "fake-model",
              "NOTES2OMOP_LLM_PRICE_INPUT", "1.00",
              "NOTES2OMOP_LLM_PRICE_OUTPUT", "2.00",
              "NOTES2OMOP_LLM_REQUESTS_PER_MINUTE", "0");
      CommandLine commandLine = new CommandLine(command);
      StringWriter stdout = new StringWriter();
      StringWriter stderr = new StringWriter();
      commandLine.setOut(new PrintWriter(stdout));
      commandLine.setErr(new PrintWriter(stderr));

      int exit =
          commandLine.execute(
              "--records", "200", "--seed", "3", "--validator", "openai", "--out", out.toString());

      assertThat(exit).as(stderr.toString()).isZero();
      JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
      assertThat(report.path("records").asInt()).isEqualTo(200);
      assertThat(report.path("cost").path("requests").asInt()).isEqualTo(requests.get());
      assertThat(report.path("cost").path("input_tokens").asLong())
          .isEqualTo(1000L * requests.get());
      assertThat(report.path("cost").path("usd").decimalValue())
          .isEqualByComparingTo(new BigDecimal("0.0014").multiply(new BigDecimal(requests.get())));
      assertThat(report.path("validation").path("rejections").path("llm-wrong-label").asInt())
          .isEqualTo(requests.get());
      String firstLine = Files.readAllLines(out.resolve("train.jsonl")).get(0);
      assertThat(RecordCodec.fromJson(firstLine).meta().validatedBy())
          .hasSize(2)
          .startsWith("rules-1")
          .last()
          .asString()
          .startsWith("openai:fake-model");
      assertThat(stdout.toString()).contains("LLM:", "requests: $");
    } finally {
      server.stop(0);
    }
  }
}
