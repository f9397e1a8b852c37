package dev.notes2omop.trainer.synth.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.notes2omop.trainer.data.SynthEntity;
import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.synth.TutorException;
import dev.notes2omop.trainer.synth.Validator;
import dev.notes2omop.trainer.synth.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A validator that asks an LLM to review records, a batch at a time, with the {@code validate}
 * prompt. Rejection reasons are the prompt's codes prefixed with {@code llm-} ({@code
 * llm-wrong-label}, ...; {@code llm-other} for anything else); a record the answer says nothing
 * about is rejected with {@value #NO_VERDICT}. A malformed answer is asked for again, then the
 * validator fails with a {@link TutorException}.
 */
public final class LlmValidator implements Validator {

  /** The prompt's version, part of {@link #id()}. */
  public static final String PROMPT_VERSION = "v1";

  /** The reason for a record the answer gave no verdict on. */
  public static final String NO_VERDICT = "llm-no-verdict";

  /** The reason for a rejection that came without a reason. */
  public static final String NO_REASON = "llm-rejected";

  private static final Set<String> CODES =
      Set.of(
          "wrong-label",
          "not-an-entity",
          "missed-entity",
          "span-too-long",
          "span-too-short",
          "wrong-assertion",
          "wrong-kind",
          "implausible");

  private static final Logger log = LoggerFactory.getLogger(LlmValidator.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ChatClient client;
  private final int batchSize;
  private final int maxAnswerAttempts;
  private final Prompt prompt;

  /**
   * @param batchSize records reviewed in one request
   * @param maxAnswerAttempts how many times a batch is asked for when the answer is malformed
   */
  public LlmValidator(ChatClient client, int batchSize, int maxAnswerAttempts) {
    if (batchSize < 1 || maxAnswerAttempts < 1) {
      throw new IllegalArgumentException(
          "batchSize and maxAnswerAttempts must be at least 1, were "
              + batchSize
              + " and "
              + maxAnswerAttempts);
    }
    this.client = client;
    this.batchSize = batchSize;
    this.maxAnswerAttempts = maxAnswerAttempts;
    this.prompt = Prompt.load("validate", PROMPT_VERSION);
  }

  /** 20 records a request, 3 attempts per batch. */
  public LlmValidator(ChatClient client) {
    this(client, 20, 3);
  }

  /** E.g. {@code openai:gpt-4o-mini/validate-v1}. */
  @Override
  public String id() {
    return client.id() + "/" + prompt.id();
  }

  /** The client's usage so far (for the cost report). */
  public UsageMeter usage() {
    return client.usage();
  }

  @Override
  public List<Verdict> validate(List<SynthRecord> records) {
    List<Verdict> verdicts = new ArrayList<>(records.size());
    for (int from = 0; from < records.size(); from += batchSize) {
      verdicts.addAll(batch(records.subList(from, Math.min(records.size(), from + batchSize))));
    }
    return verdicts;
  }

  private List<Verdict> batch(List<SynthRecord> records) {
    List<ChatMessage> messages =
        prompt.render(
            Map.of("count", Integer.toString(records.size()), "records", render(records)));
    String problem = "";
    for (int attempt = 1; attempt <= maxAnswerAttempts; attempt++) {
      ChatResponse response = client.complete(messages, true);
      try {
        return verdicts(records, AnswerJson.read(response.content(), "verdicts"));
      } catch (MalformedAnswerException e) {
        problem = e.getMessage();
        log.warn(
            "{}: answer unusable ({}; finish reason {}), attempt {} of {}",
            id(),
            problem,
            response.finishReason(),
            attempt,
            maxAnswerAttempts);
        log.debug("validator answer:\n{}", response.content());
      }
    }
    throw new TutorException(
        id()
            + ": no usable verdicts for a batch of "
            + records.size()
            + " records after "
            + maxAnswerAttempts
            + " attempts (last: "
            + problem
            + ")");
  }

  private List<Verdict> verdicts(List<SynthRecord> records, JsonNode answer)
      throws MalformedAnswerException {
    JsonNode array = answer.path("verdicts");
    if (!array.isArray()) {
      throw new MalformedAnswerException("no-verdicts", "the answer has no \"verdicts\" array");
    }
    Verdict[] found = new Verdict[records.size()];
    int usable = 0;
    for (JsonNode v : array) {
      JsonNode index = v.path("index");
      Boolean accept = accept(v.path("accept"));
      if (!index.canConvertToInt() || accept == null) {
        continue;
      }
      int i = index.asInt();
      if (i < 0 || i >= found.length || found[i] != null) {
        continue;
      }
      String id = records.get(i).id();
      found[i] = accept ? Verdict.accept(id) : new Verdict(id, false, reasons(v.path("reasons")));
      usable++;
    }
    if (usable == 0 && !records.isEmpty()) {
      throw new MalformedAnswerException("no-verdicts", "no verdict in the answer can be used");
    }
    List<Verdict> out = new ArrayList<>(found.length);
    for (int i = 0; i < found.length; i++) {
      out.add(found[i] != null ? found[i] : Verdict.reject(records.get(i).id(), NO_VERDICT));
    }
    return out;
  }

  private static Boolean accept(JsonNode node) {
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    return switch (node.asText("").strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> null;
    };
  }

  private static List<String> reasons(JsonNode node) {
    Set<String> reasons = new LinkedHashSet<>();
    List<JsonNode> items = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(items::add);
    } else if (node.isTextual()) {
      items.add(node);
    }
    for (JsonNode item : items) {
      String code = item.asText("").strip().toLowerCase(Locale.ROOT).replace('_', '-');
      reasons.add(CODES.contains(code) ? "llm-" + code : "llm-other");
    }
    if (reasons.isEmpty()) {
      reasons.add(NO_REASON);
    }
    return List.copyOf(reasons);
  }

  private static String render(List<SynthRecord> records) {
    ArrayNode array = JSON.createArrayNode();
    for (int i = 0; i < records.size(); i++) {
      SynthRecord record = records.get(i);
      ObjectNode r = array.addObject();
      r.put("index", i);
      r.put("text", record.text());
      r.put("kind", record.meta().kind().json());
      ArrayNode entities = r.putArray("entities");
      for (SynthEntity entity : record.entities()) {
        ObjectNode e = entities.addObject();
        e.put("text", entity.text());
        e.put("label", entity.label().name());
        e.put("start", entity.start());
        e.put("end", entity.end());
        ObjectNode a = e.putObject("assertion");
        a.put("negated", entity.assertion().negated());
        a.put("certainty", entity.assertion().certainty().name().toLowerCase(Locale.ROOT));
        a.put("subject", entity.assertion().subject().name().toLowerCase(Locale.ROOT));
        a.put("historical", entity.assertion().historical());
        a.put("hypothetical", entity.assertion().hypothetical());
      }
    }
    StringBuilder out = new StringBuilder();
    try {
      // one record per line: easier for the model to keep apart than one long line
      for (JsonNode r : array) {
        out.append(JSON.writeValueAsString(r)).append('\n');
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write records for the validator", e);
    }
    return out.toString().stripTrailing();
  }
}
