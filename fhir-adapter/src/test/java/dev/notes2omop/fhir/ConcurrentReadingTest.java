package dev.notes2omop.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentReadingTest {

  private static final List<String> FIXTURES =
      List.of(
          "documentreference-plain.json",
          "documentreference-html.json",
          "documentreference-latin1.json",
          "bundle-transaction.json",
          "patient-partial-birthdate.json");

  @Test
  void givesTheSameItemsFromManyThreadsAsFromOne() throws Exception {
    FhirResourceReader reader = new FhirResourceReader();
    List<String> inputs = FIXTURES.stream().map(Fixtures::json).toList();
    List<List<FhirItem>> expected = inputs.stream().map(reader::read).toList();

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<FhirItem>>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(
            pool.submit(
                () -> {
                  List<List<FhirItem>> results = new ArrayList<>();
                  for (int round = 0; round < 25; round++) {
                    results.clear();
                    inputs.forEach(input -> results.add(reader.read(input)));
                  }
                  return results;
                }));
      }
      for (Future<List<List<FhirItem>>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
