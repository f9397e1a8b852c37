package dev.notes2omop.trainer.synth.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.trainer.data.RecordMeta;
import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.synth.GenerationRequest;
import dev.notes2omop.trainer.synth.Tutor;
import dev.notes2omop.trainer.synth.TutorException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tutor that asks an LLM for records, a batch at a time, with the {@code generate} prompt.
 *
 * <p>Each batch's prompt says what each record should be (kind, labels, focus), planned so that the
 * request's shares hold. Answers are read leniently and checked strictly: entities are placed by
 * their text when their offsets are wrong, and a record with an entity that cannot be placed on
 * token bounds is rejected (counted per reason). An answer that is not the JSON asked for is asked
 * again, then the batch is skipped (counted). Batches short of records are made up by a few more
 * rounds.
 *
 * <p>LLMs are not deterministic, but the requests are made in a fixed order for a seed and records
 * are numbered {@code llm-<seed>-<index>} in that order.
 */
public final class LlmTutor implements Tutor {

  /** The prompt's version, written in each record's {@code meta.template}. */
  public static final String PROMPT_VERSION = "v1";

  private static final Logger log = LoggerFactory.getLogger(LlmTutor.class);

  /**
   * How the tutor works.
   *
   * @param batchSize records asked for in one request
   * @param maxAnswerAttempts how many times a batch is asked for when the answer is malformed
   * @param topUpRounds how many more rounds make up records that were rejected or skipped
   * @param concurrency requests in flight at once (1: one after another)
   */
  public record Options(int batchSize, int maxAnswerAttempts, int topUpRounds, int concurrency) {

    public Options {
      if (batchSize < 1 || maxAnswerAttempts < 1 || topUpRounds < 0 || concurrency < 1) {
        throw new IllegalArgumentException(
            "batchSize, maxAnswerAttempts and concurrency must be at least 1 and topUpRounds not"
                + " negative: "
                + batchSize
                + ", "
                + maxAnswerAttempts
                + ", "
                + concurrency
                + ", "
                + topUpRounds);
      }
    }

    /** 20 records a request, 3 attempts per batch, 2 top-up rounds, one request at a time. */
    public static Options defaults() {
      return new Options(20, 3, 2, 1);
    }
  }

  /**
   * What the tutor did so far.
   *
   * @param batches batches asked for (not counting retries)
   * @param recordsReceived records in the answers
   * @param recordsKept records that passed the checks
   * @param offsetsFixed entities whose offsets were wrong and were placed by their text
   * @param rejectedRecords records rejected, per reason
   * @param skippedBatches batches given up after malformed answers, per reason
   */
  public record Stats(
      long batches,
      long recordsReceived,
      long recordsKept,
      long offsetsFixed,
      SortedMap<String, Long> rejectedRecords,
      SortedMap<String, Long> skippedBatches) {}

  private final ChatClient client;
  private final Options options;
  private final Prompt prompt;
  private final AtomicLong batches = new AtomicLong();
  private final AtomicLong received = new AtomicLong();
  private final AtomicLong kept = new AtomicLong();
  private final AtomicLong offsetsFixed = new AtomicLong();
  private final ReasonCounts rejected = new ReasonCounts();
  private final ReasonCounts skipped = new ReasonCounts();

  public LlmTutor(ChatClient client, Options options) {
    this.client = client;
    this.options = options;
    this.prompt = Prompt.load("generate", PROMPT_VERSION);
  }

  public LlmTutor(ChatClient client) {
    this(client, Options.defaults());
  }

  @Override
  public String id() {
    return client.id();
  }

  /** The client's usage so far (for the cost report). */
  public UsageMeter usage() {
    return client.usage();
  }

  public Stats stats() {
    return new Stats(
        batches.get(),
        received.get(),
        kept.get(),
        offsetsFixed.get(),
        rejected.snapshot(),
        skipped.snapshot());
  }

  @Override
  public List<SynthRecord> generate(GenerationRequest request) {
    List<RecordReader.Draft> drafts =
        new ArrayList<>(
            runBatches(BatchPlanner.plan(request, request.seed(), options.batchSize())));
    for (int round = 1;
        round <= options.topUpRounds() && drafts.size() < request.count();
        round++) {
      int missing = request.count() - drafts.size();
      log.info("{}: {} records short, asking again (round {})", id(), missing, round);
      GenerationRequest more =
          new GenerationRequest(
              missing,
              request.seed() + round,
              request.minLabelShare(),
              request.minNegativeShare(),
              request.focus());
      List<RecordReader.Draft> extra =
          runBatches(BatchPlanner.plan(more, more.seed(), options.batchSize()));
      if (extra.isEmpty()) {
        break;
      }
      drafts.addAll(extra);
    }
    List<SynthRecord> records = new ArrayList<>(Math.min(drafts.size(), request.count()));
    String template = "llm-generate-" + PROMPT_VERSION + "/";
    for (RecordReader.Draft d : drafts) {
      if (records.size() == request.count()) {
        break;
      }
      String id = String.format(Locale.ROOT, "llm-%d-%06d", request.seed(), records.size() + 1);
      RecordMeta meta =
          new RecordMeta(
              client.id(), template + d.family(), template + d.family(), d.kind(), List.of());
      records.add(SynthRecord.of(id, d.text(), d.entities(), meta));
    }
    if (records.size() < request.count()) {
      log.warn(
          "{}: {} records of {} asked for; rejected {}, skipped batches {}",
          id(),
          records.size(),
          request.count(),
          rejected,
          skipped);
    } else {
      log.info("{}: {} records; rejected {}", id(), records.size(), rejected);
    }
    return records;
  }

  private List<RecordReader.Draft> runBatches(List<List<BatchPlanner.Spec>> plan) {
    List<RecordReader.Draft> out = new ArrayList<>();
    if (options.concurrency() == 1 || plan.size() <= 1) {
      for (List<BatchPlanner.Spec> specs : plan) {
        out.addAll(batch(specs));
      }
      return out;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(options.concurrency(), plan.size()));
    try {
      List<Future<List<RecordReader.Draft>>> futures = new ArrayList<>();
      for (List<BatchPlanner.Spec> specs : plan) {
        futures.add(pool.submit(() -> batch(specs)));
      }
      for (Future<List<RecordReader.Draft>> future : futures) {
        out.addAll(future.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TutorException(id() + ": interrupted while generating", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new TutorException(id() + ": a batch failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private List<RecordReader.Draft> batch(List<BatchPlanner.Spec> specs) {
    long number = batches.incrementAndGet();
    List<ChatMessage> messages = prompt.render(values(specs));
    if (log.isDebugEnabled()) {
      log.debug("batch {} prompt:\n{}", number, messages.get(1).content());
    }
    String reason = "none";
    for (int attempt = 1; attempt <= options.maxAnswerAttempts(); attempt++) {
      ChatResponse response = client.complete(messages, true);
      try {
        JsonNode records = AnswerJson.read(response.content(), "records").path("records");
        if (!records.isArray() || records.isEmpty()) {
          throw new MalformedAnswerException("no-records", "the answer has no \"records\" array");
        }
        return check(number, records, specs.size());
      } catch (MalformedAnswerException e) {
        reason = e.reason();
        log.warn(
            "{}: batch {} answer unusable ({}; finish reason {}), attempt {} of {}",
            id(),
            number,
            e.getMessage(),
            response.finishReason(),
            attempt,
            options.maxAnswerAttempts());
        log.debug("batch {} answer:\n{}", number, response.content());
      }
    }
    skipped.add("malformed-answer/" + reason);
    return List.of();
  }

  private List<RecordReader.Draft> check(long number, JsonNode records, int wanted) {
    List<RecordReader.Draft> drafts = new ArrayList<>();
    int index = 0;
    for (JsonNode node : records) {
      if (index++ == wanted) {
        break;
      }
      received.incrementAndGet();
      RecordReader.Result result = RecordReader.read(node);
      if (result.draft() == null) {
        rejected.add(result.rejection());
        log.warn("{}: batch {} record {} rejected: {}", id(), number, index, result.rejection());
        log.debug("rejected record: {}", node);
        continue;
      }
      kept.incrementAndGet();
      offsetsFixed.addAndGet(result.draft().fixedOffsets());
      drafts.add(result.draft());
    }
    return drafts;
  }

  private static Map<String, String> values(List<BatchPlanner.Spec> specs) {
    StringBuilder plan = new StringBuilder();
    for (int i = 0; i < specs.size(); i++) {
      plan.append(i + 1).append(". ").append(specs.get(i).describe()).append('\n');
    }
    boolean focused = specs.stream().anyMatch(s -> s.focus() != null);
    String focus =
        focused
            ? "A record marked \"about\" must exercise that error pattern of the current tagger,"
                + " in new words: the tagger must learn the pattern, not the sentence."
            : "";
    return Map.of(
        "count", Integer.toString(specs.size()),
        "plan", plan.toString().stripTrailing(),
        "labels",
            Arrays.stream(EntityLabel.values()).map(Enum::name).collect(Collectors.joining(", ")),
        "focus", focus);
  }
}
