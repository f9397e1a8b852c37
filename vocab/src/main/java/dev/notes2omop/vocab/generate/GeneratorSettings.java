package dev.notes2omop.vocab.generate;

/**
 * What to generate.
 *
 * @param scale 1.0 is the size of a full Athena download (6M concepts, 50M relationships, 3M
 *     synonyms, about 80M ancestors, 3M drug strengths); tests use about 0.0005
 * @param seed the same seed and scale give the same bytes
 * @param malformedRows whether to add malformed rows to CONCEPT.csv (about one per thousand
 *     concepts, at least three), for tests of the loader's error reporting
 */
public record GeneratorSettings(double scale, long seed, boolean malformedRows) {

  /** The largest scale: concept ids must stay below the integer limit. */
  public static final double MAX_SCALE = 50.0;

  public GeneratorSettings {
    if (!(scale > 0 && scale <= MAX_SCALE)) {
      throw new IllegalArgumentException(
          "scale " + scale + " is out of range: give a number above 0 and at most " + MAX_SCALE);
    }
  }

  /** Full size at {@code scale} 1.0, no malformed rows. */
  public static GeneratorSettings of(double scale, long seed) {
    return new GeneratorSettings(scale, seed, false);
  }

  long concepts() {
    return Math.max(100, Math.round(6_000_000 * scale));
  }

  long relationships() {
    return Math.round(50_000_000 * scale);
  }

  long synonyms() {
    return Math.round(3_000_000 * scale);
  }

  long drugStrengths() {
    return Math.round(3_000_000 * scale);
  }
}
