package dev.notes2omop.vocab.mapping;

/** Counts of right, wrong and missing answers of the mapper over a group of terms. */
final class MappingTally {

  /** How the mapper answered one term. */
  enum Outcome {
    /** The expected concept, or no match for an unmappable term. */
    RIGHT,
    /** Another concept than the expected one, or a concept for an unmappable term. */
    WRONG,
    /** No match for a term that has a concept. */
    NO_ANSWER
  }

  private int right;
  private int wrong;
  private int noAnswer;

  void add(Outcome outcome) {
    switch (outcome) {
      case RIGHT -> right++;
      case WRONG -> wrong++;
      case NO_ANSWER -> noAnswer++;
    }
  }

  int total() {
    return right + wrong + noAnswer;
  }

  /** Top-1 accuracy, in percent. */
  double accuracy() {
    return percent(right);
  }

  /** Share of wrong answers, in percent. */
  double wrongShare() {
    return percent(wrong);
  }

  /** Share of no-answers, in percent. */
  double noAnswerShare() {
    return percent(noAnswer);
  }

  private double percent(int count) {
    return total() == 0 ? 0 : 100.0 * count / total();
  }
}
