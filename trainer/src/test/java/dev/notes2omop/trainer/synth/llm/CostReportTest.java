package dev.notes2omop.trainer.synth.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostReportTest {

  @Test
  void formatsTokensRequestsAndCost() {
    CostReport report =
        CostReport.of(321, 4, 1_234_567, 234_567, new BigDecimal("0.50"), new BigDecimal("2.60"));

    // 1.234567 x 0.50 + 0.234567 x 2.60 = 0.6172835 + 0.6098742 = 1.2271577
    assertThat(report.costUsd()).isEqualByComparingTo("1.2271577");
    assertThat(report)
        .hasToString("1,234,567 input + 234,567 output tokens in 321 requests: $1.23");
  }

  @Test
  void addsReports() {
    CostReport sum =
        CostReport.of(1, 0, 1_000_000, 0, BigDecimal.ONE, BigDecimal.ONE)
            .plus(CostReport.of(2, 1, 0, 500_000, BigDecimal.ONE, new BigDecimal("3")));

    assertThat(sum.requests()).isEqualTo(3);
    assertThat(sum.retries()).isEqualTo(1);
    assertThat(sum.costCents()).isEqualByComparingTo("2.50");
    assertThat(CostReport.NONE).hasToString("0 input + 0 output tokens in 0 requests: $0.00");
  }

  @Test
  void countsFromSeveralThreads() throws Exception {
    UsageMeter meter = new UsageMeter();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread =
          new Thread(
              () -> {
                for (int i = 0; i < 1000; i++) {
                  meter.recordAnswer(3, 2);
                  meter.recordRetry();
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }

    CostReport report = meter.report(new BigDecimal("1000"), new BigDecimal("1000"));
    assertThat(report.requests()).isEqualTo(4000);
    assertThat(report.retries()).isEqualTo(4000);
    assertThat(report.inputTokens()).isEqualTo(12_000);
    assertThat(report.outputTokens()).isEqualTo(8_000);
    assertThat(report.costCents()).isEqualByComparingTo("20.00");
  }
}
