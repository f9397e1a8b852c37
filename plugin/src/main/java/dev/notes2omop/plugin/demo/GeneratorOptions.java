package dev.notes2omop.plugin.demo;

import java.nio.file.Path;

/** The command line of {@link SyntheticCorpusGenerator#main}. */
record GeneratorOptions(int notes, int patients, long seed, Path out) {

  static final String USAGE =
      "usage: SyntheticCorpusGenerator --notes N --patients P --seed S --out FILE[.ndjson|.ndjson.gz]";

  /**
   * Reads {@code --notes N --patients P --seed S --out FILE}; every option is required.
   *
   * @return the options, or {@code null} when {@code --help} was asked for
   * @throws IllegalArgumentException naming the option that is missing, unknown or not a number
   */
  static GeneratorOptions parse(String[] args) {
    Integer notes = null;
    Integer patients = null;
    Long seed = null;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        return null;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--notes" -> notes = parseCount(option, value);
        case "--patients" -> patients = parseCount(option, value);
        case "--seed" -> seed = parseNumber(option, value);
        case "--out" -> out = Path.of(value);
        default ->
            throw new IllegalArgumentException(
                "unknown option " + option + ": expected --notes, --patients, --seed or --out");
      }
    }
    if (notes == null || patients == null || seed == null || out == null) {
      throw new IllegalArgumentException("--notes, --patients, --seed and --out are all required");
    }
    return new GeneratorOptions(notes, patients, seed, out);
  }

  private static int parseCount(String option, String value) {
    long number = parseNumber(option, value);
    if (number < 0 || number > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          option + " is " + value + ": give a count from 0 to " + Integer.MAX_VALUE);
    }
    return (int) number;
  }

  private static long parseNumber(String option, String value) {
    try {
      return Long.parseLong(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " is " + value + ": give a whole number", e);
    }
  }
}
