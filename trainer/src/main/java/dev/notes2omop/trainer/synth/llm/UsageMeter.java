package dev.notes2omop.trainer.synth.llm;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicLong;

/** Requests, retries and tokens used, counted by clients from several threads. */
public final class UsageMeter {

  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong inputTokens = new AtomicLong();
  private final AtomicLong outputTokens = new AtomicLong();

  /** Counts a request that was answered, with the tokens the server billed for it. */
  public void recordAnswer(long input, long output) {
    requests.incrementAndGet();
    inputTokens.addAndGet(Math.max(0, input));
    outputTokens.addAndGet(Math.max(0, output));
  }

  /** Counts a retry (a request sent again after a 429, a 5xx, a timeout or a broken connection). */
  public void recordRetry() {
    retries.incrementAndGet();
  }

  public long requests() {
    return requests.get();
  }

  public long retries() {
    return retries.get();
  }

  public long inputTokens() {
    return inputTokens.get();
  }

  public long outputTokens() {
    return outputTokens.get();
  }

  /** The usage so far and its cost at the given prices (USD per million tokens). */
  public CostReport report(BigDecimal priceInputPerMillion, BigDecimal priceOutputPerMillion) {
    return CostReport.of(
        requests(),
        retries(),
        inputTokens(),
        outputTokens(),
        priceInputPerMillion,
        priceOutputPerMillion);
  }

  /** The usage so far at the prices of {@code settings}. */
  public CostReport report(LlmSettings settings) {
    return report(settings.priceInputPerMillion(), settings.priceOutputPerMillion());
  }
}
