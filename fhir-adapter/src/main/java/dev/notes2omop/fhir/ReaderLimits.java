package dev.notes2omop.fhir;

/**
 * Size limits on input, so that one huge resource cannot exhaust memory.
 *
 * @param maxNoteChars the longest note text accepted, in characters (after HTML reduction)
 * @param maxResourceBytes the largest single JSON resource accepted (a whole Bundle, or one NDJSON
 *     line), in bytes of UTF-8
 */
public record ReaderLimits(int maxNoteChars, long maxResourceBytes) {

  /** Default longest note: one million characters. */
  public static final int DEFAULT_MAX_NOTE_CHARS = 1_000_000;

  /** Default largest resource: 16 MiB. */
  public static final long DEFAULT_MAX_RESOURCE_BYTES = 16L * 1024 * 1024;

  public ReaderLimits {
    if (maxNoteChars <= 0) {
      throw new IllegalArgumentException(
          "maxNoteChars must be positive, was " + maxNoteChars + ": give a limit in characters");
    }
    if (maxResourceBytes <= 0 || maxResourceBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "maxResourceBytes must be between 1 and "
              + (Integer.MAX_VALUE - 8)
              + ", was "
              + maxResourceBytes);
    }
  }

  /** One million characters per note, 16 MiB per resource. */
  public static ReaderLimits defaults() {
    return new ReaderLimits(DEFAULT_MAX_NOTE_CHARS, DEFAULT_MAX_RESOURCE_BYTES);
  }
}
