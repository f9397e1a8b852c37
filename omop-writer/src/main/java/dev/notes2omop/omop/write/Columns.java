package dev.notes2omop.omop.write;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Values made fit for their CDM columns: lengths in characters, no NUL, whole code points. */
final class Columns {

  /** NOTE_NLP.snippet is varchar(250). */
  static final int SNIPPET_LENGTH = 250;

  private Columns() {}

  /**
   * {@code value} cut to at most {@code max} characters (code points, as PostgreSQL counts them),
   * never inside a surrogate pair; NUL, which PostgreSQL text cannot hold, becomes a space.
   */
  static String fit(String value, int max) {
    if (value == null) {
      return null;
    }
    String clean = value.indexOf('\0') < 0 ? value : value.replace('\0', ' ');
    if (clean.length() <= max || clean.codePointCount(0, clean.length()) <= max) {
      return clean;
    }
    return clean.substring(0, clean.offsetByCodePoints(0, max));
  }

  /** The NUL-free note text; offsets into it are unchanged. */
  static String text(String value) {
    return value.indexOf('\0') < 0 ? value : value.replace('\0', ' ');
  }

  /**
   * Up to {@code max} characters of {@code text} around {@code [start, end)}, the mention centred
   * when it is shorter than {@code max}, never cutting a surrogate pair.
   */
  static String snippet(String text, int start, int end, int max) {
    int from = Math.max(0, Math.min(start, text.length()));
    int to = Math.max(from, Math.min(end, text.length()));
    int spare = max - (to - from);
    if (spare <= 0) {
      to = from + max;
    } else {
      int before = Math.min(from, spare / 2);
      int after = Math.min(text.length() - to, spare - before);
      before = Math.min(from, spare - after);
      from -= before;
      to += after;
    }
    if (from > 0 && from < text.length() && Character.isLowSurrogate(text.charAt(from))) {
      from++;
    }
    if (to < text.length() && to > from && Character.isHighSurrogate(text.charAt(to - 1))) {
      to--;
    }
    return fit(text.substring(from, to), max);
  }

  /** SHA-256 of the UTF-8 text, in lower-case hex. */
  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** A 64-bit key for a PostgreSQL advisory lock naming {@code what}. */
  static long lockKey(String kind, String what) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash = digest.digest((kind + ':' + what).getBytes(StandardCharsets.UTF_8));
      long key = 0;
      for (int i = 0; i < 8; i++) {
        key = (key << 8) | (hash[i] & 0xff);
      }
      return key;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
