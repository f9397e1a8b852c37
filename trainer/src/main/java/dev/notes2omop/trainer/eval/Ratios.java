package dev.notes2omop.trainer.eval;

/** Ratios that are 0 when their denominator is 0. */
final class Ratios {

  private Ratios() {}

  static double of(long numerator, long denominator) {
    return denominator == 0 ? 0.0 : (double) numerator / denominator;
  }

  static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
  }
}
