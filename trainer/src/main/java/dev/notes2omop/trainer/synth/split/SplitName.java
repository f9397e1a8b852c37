package dev.notes2omop.trainer.synth.split;

import java.util.Locale;

/** The three splits. */
public enum SplitName {
  TRAIN,
  TEST,
  VALIDATION;

  /** Lower-case name, as in file names: {@code train}, {@code test}, {@code validation}. */
  public String fileStem() {
    return name().toLowerCase(Locale.ROOT);
  }
}
