package dev.notes2omop.trainer.synth.llm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * What the LLM calls used and cost.
 *
 * @param requests requests answered
 * @param retries requests sent again after a transient failure
 * @param inputTokens prompt tokens
 * @param outputTokens completion tokens
 * @param costUsd the cost in US dollars (unrounded)
 */
public record CostReport(
    long requests, long retries, long inputTokens, long outputTokens, BigDecimal costUsd) {

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  /** No usage, no cost. */
  public static final CostReport NONE = new CostReport(0, 0, 0, 0, BigDecimal.ZERO);

  /** The report for these counts at these prices (USD per million tokens). */
  public static CostReport of(
      long requests,
      long retries,
      long inputTokens,
      long outputTokens,
      BigDecimal priceInputPerMillion,
      BigDecimal priceOutputPerMillion) {
    BigDecimal cost =
        BigDecimal.valueOf(inputTokens)
            .multiply(priceInputPerMillion)
            .add(BigDecimal.valueOf(outputTokens).multiply(priceOutputPerMillion))
            .divide(MILLION);
    return new CostReport(requests, retries, inputTokens, outputTokens, cost);
  }

  /** The sum of two reports, e.g. the generator's and the validator's. */
  public CostReport plus(CostReport other) {
    return new CostReport(
        requests + other.requests,
        retries + other.retries,
        inputTokens + other.inputTokens,
        outputTokens + other.outputTokens,
        costUsd.add(other.costUsd));
  }

  /** The cost rounded to the cent. */
  public BigDecimal costCents() {
    return costUsd.setScale(2, RoundingMode.HALF_UP);
  }

  /** E.g. {@code 1,234,567 input + 234,567 output tokens in 321 requests: $1.23}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%,d input + %,d output tokens in %,d %s: $%s",
        inputTokens,
        outputTokens,
        requests,
        requests == 1 ? "request" : "requests",
        costCents().toPlainString());
  }
}
