package dev.notes2omop.trainer.eval;

import java.util.List;

/** An evaluation file that cannot be read: each problem names its FILE:LINE. */
public final class EvalDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private static final int SHOWN = 10;

  private final transient List<String> problems;

  EvalDataException(String file, List<String> problems) {
    super(message(file, problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, as {@code FILE:LINE: what is wrong}. */
  public List<String> problems() {
    return problems;
  }

  private static String message(String file, List<String> problems) {
    StringBuilder s =
        new StringBuilder(file)
            .append(" has ")
            .append(problems.size())
            .append(problems.size() == 1 ? " malformed line" : " malformed lines")
            .append(", nothing was evaluated:");
    for (String problem : problems.subList(0, Math.min(SHOWN, problems.size()))) {
      s.append(System.lineSeparator()).append("  ").append(problem);
    }
    if (problems.size() > SHOWN) {
      s.append(System.lineSeparator())
          .append("  ... and ")
          .append(problems.size() - SHOWN)
          .append(" more");
    }
    return s.toString();
  }
}
