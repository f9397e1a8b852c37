package dev.notes2omop.vocab.review;

import dev.notes2omop.core.nlp.TextFolding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code SOURCE_TO_CONCEPT_MAP.source_code} of a term: its folded key ({@link
 * TextFolding#key}), which fits when it has at most {@value #MAX_LENGTH} characters. A longer key
 * becomes its first {@value #PREFIX_LENGTH} characters, {@code '~'} and the first {@value
 * #HASH_HEX} hex digits of the SHA-256 of the whole key (UTF-8): 50 characters, the same for the
 * same key, and {@code '~'} never occurs in a folded key, so a truncated code cannot equal a whole
 * one.
 */
public final class SourceCodes {

  /** The width of {@code source_code} in CDM v5.4. */
  public static final int MAX_LENGTH = 50;

  /** The hex digits of the hash kept in a truncated code. */
  public static final int HASH_HEX = 10;

  /** The characters of the key kept in a truncated code. */
  public static final int PREFIX_LENGTH = MAX_LENGTH - HASH_HEX - 1;

  private SourceCodes() {}

  /** The source code of a term as written. */
  public static String ofTerm(String term) {
    return ofKey(TextFolding.key(term));
  }

  /** The source code of a folded key. */
  public static String ofKey(String key) {
    if (key.length() <= MAX_LENGTH) {
      return key;
    }
    int cut = PREFIX_LENGTH;
    if (Character.isHighSurrogate(key.charAt(cut - 1))) {
      cut--; // never split a surrogate pair
    }
    return key.substring(0, cut) + "~" + hash(key);
  }

  /** Whether {@code code} is a truncated code (it has the {@code '~'} and hash). */
  public static boolean isTruncated(String code) {
    return code.indexOf('~') >= 0;
  }

  /**
   * The code under which a {@code source_code} written by a site is looked up: itself when it is
   * one of ours (a folded key or a truncated code), else the code of it read as a term.
   */
  public static String normalise(String siteCode) {
    if (isTruncated(siteCode)) {
      return siteCode;
    }
    return ofTerm(siteCode);
  }

  private static String hash(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HASH_HEX);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
