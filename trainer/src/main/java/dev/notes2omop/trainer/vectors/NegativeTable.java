package dev.notes2omop.trainer.vectors;

import java.util.SplittableRandom;

/**
 * Word ids laid out so that drawing a uniform cell draws a word with probability proportional to
 * its count<sup>0.75</sup>: the negative examples of skip-gram.
 */
final class NegativeTable {

  private static final double POWER = 0.75;
  private static final int MAX_SIZE = 10_000_000;

  private final int[] cells;

  NegativeTable(long[] counts) {
    double[] weights = new double[counts.length];
    double sum = 0;
    for (int w = 0; w < counts.length; w++) {
      weights[w] = Math.pow(counts[w], POWER);
      sum += weights[w];
    }
    int size = (int) Math.min(MAX_SIZE, Math.max(1_000, 100L * counts.length));
    int[] table = new int[size];
    int filled = 0;
    double cumulative = 0;
    for (int w = 0; w < counts.length && filled < size; w++) {
      cumulative += weights[w];
      int until = w == counts.length - 1 ? size : (int) Math.round(cumulative / sum * size);
      while (filled < until) {
        table[filled++] = w;
      }
    }
    this.cells = table;
  }

  /** A word drawn from the table. */
  int draw(SplittableRandom random) {
    return cells[random.nextInt(cells.length)];
  }

  /** The number of cells (for tests). */
  int size() {
    return cells.length;
  }
}
