package dev.notes2omop.fhir;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parser complaints made safe to report: values quoted from the input (which may be patient text)
 * are replaced by {@code '…'}, and messages are cut short.
 */
final class ParseErrors {

  private static final Pattern QUOTED = Pattern.compile("'([^'\\n]{2,})'|\"([^\"\\n]{2,})\"");
  private static final Set<String> KEYWORDS = Set.of("null", "true", "false", "NaN", "INF");

  /**
   * Upper-case words such as HAPI's JSON value types ({@code ARRAY}, {@code OBJECT}, {@code R4}).
   */
  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

  private static final int MAX_LENGTH = 300;

  private ParseErrors() {}

  /** {@code invalid JSON at line L, column C: <the parser's complaint, redacted>}. */
  static String describe(JsonProcessingException e) {
    StringBuilder detail = new StringBuilder("invalid JSON");
    JsonLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      detail
          .append(" at line ")
          .append(location.getLineNr())
          .append(", column ")
          .append(location.getColumnNr());
    }
    return detail.append(": ").append(redact(e.getOriginalMessage())).toString();
  }

  /** The message with quoted input replaced and cut to a readable length. */
  static String redact(String message) {
    if (message == null || message.isBlank()) {
      return "(no message)";
    }
    String firstLine = message.strip().lines().findFirst().orElse("");
    Matcher m = QUOTED.matcher(firstLine);
    String redacted =
        m.replaceAll(
            match -> {
              String quoted = match.group(1) != null ? match.group(1) : match.group(2);
              return KEYWORDS.contains(quoted) || CONSTANT.matcher(quoted).matches()
                  ? Matcher.quoteReplacement(match.group())
                  : Matcher.quoteReplacement(
                      match.group().charAt(0) + "…" + match.group().charAt(0));
            });
    return redacted.length() > MAX_LENGTH ? redacted.substring(0, MAX_LENGTH) + "…" : redacted;
  }
}
