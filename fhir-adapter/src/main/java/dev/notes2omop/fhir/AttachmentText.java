package dev.notes2omop.fhir;

import dev.notes2omop.core.pipeline.SkipReason;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.Attachment;

/**
 * Picks the attachment of a note to read and decodes it to plain text: inline {@code text/plain}
 * first, then inline {@code text/html} reduced to text; the charset parameter is honoured (UTF-8
 * when absent).
 */
final class AttachmentText {

  private static final String PLAIN = "text/plain";
  private static final String HTML = "text/html";

  private AttachmentText() {}

  /** The outcome: either {@code text} (with the chosen attachment's title) or a failure. */
  record Result(String text, String title, SkipReason reason, String detail) {

    static Result text(String text, String title) {
      return new Result(text, title, null, null);
    }

    static Result failure(SkipReason reason, String detail) {
      return new Result(null, null, reason, detail);
    }

    boolean ok() {
      return text != null;
    }
  }

  /** A parsed {@code contentType}: media type in lower case, and the charset name or null. */
  record ContentType(String mediaType, String charset) {

    static ContentType parse(String value) {
      if (value == null || value.isBlank()) {
        return new ContentType("", null);
      }
      String[] parts = value.split(";");
      String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
      String charset = null;
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].strip();
        int eq = parameter.indexOf('=');
        if (eq > 0 && parameter.substring(0, eq).strip().equalsIgnoreCase("charset")) {
          charset = parameter.substring(eq + 1).strip();
          if (charset.length() >= 2 && charset.startsWith("\"") && charset.endsWith("\"")) {
            charset = charset.substring(1, charset.length() - 1);
          }
        }
      }
      return new ContentType(mediaType, charset);
    }

    boolean supported() {
      return mediaType.equals(PLAIN) || mediaType.equals(HTML);
    }
  }

  /** Reads the best attachment of {@code attachments}, within {@code maxNoteChars}. */
  static Result read(List<Attachment> attachments, int maxNoteChars) {
    List<Attachment> inline = new ArrayList<>();
    boolean supportedByUrl = false;
    Set<String> unsupportedTypes = new TreeSet<>();
    for (Attachment attachment : attachments) {
      ContentType type = ContentType.parse(attachment.getContentType());
      boolean hasData = attachment.getData() != null && attachment.getData().length > 0;
      if (!hasData && !attachment.hasUrl()) {
        continue;
      }
      if (!type.supported()) {
        unsupportedTypes.add(type.mediaType().isEmpty() ? "(none)" : safe(type.mediaType()));
      } else if (hasData) {
        inline.add(attachment);
      } else {
        supportedByUrl = true;
      }
    }
    // text/plain before text/html; the first one that gives text wins
    inline.sort(
        (a, b) ->
            Boolean.compare(
                !ContentType.parse(a.getContentType()).mediaType().equals(PLAIN),
                !ContentType.parse(b.getContentType()).mediaType().equals(PLAIN)));
    Result firstFailure = null;
    for (Attachment attachment : inline) {
      Result result = decode(attachment, maxNoteChars);
      if (result.ok()) {
        return result;
      }
      if (firstFailure == null) {
        firstFailure = result;
      }
    }
    if (firstFailure != null) {
      return firstFailure;
    }
    if (supportedByUrl) {
      return Result.failure(
          SkipReason.ATTACHMENT_NOT_INLINE,
          "the text attachment is given by url only; fetching it is not supported yet");
    }
    if (!unsupportedTypes.isEmpty()) {
      return Result.failure(
          SkipReason.UNSUPPORTED_CONTENT_TYPE,
          "no text/plain or text/html attachment; content types: "
              + String.join(", ", unsupportedTypes));
    }
    return Result.failure(SkipReason.NO_TEXT_CONTENT, "no attachment with data or url");
  }

  private static Result decode(Attachment attachment, int maxNoteChars) {
    ContentType type = ContentType.parse(attachment.getContentType());
    Charset charset;
    try {
      charset = type.charset() == null ? StandardCharsets.UTF_8 : Charset.forName(type.charset());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Result.failure(
          SkipReason.UNSUPPORTED_CHARSET,
          type.mediaType()
              + " attachment has charset '"
              + safe(type.charset())
              + "', unknown here");
    }
    byte[] data = attachment.getData();
    boolean html = type.mediaType().equals(HTML);
    if (!html && data.length / 4L > maxNoteChars) {
      return tooLarge(type, (long) data.length + " bytes", maxNoteChars);
    }
    String raw = new String(data, charset);
    if (raw.startsWith("\uFEFF")) {
      raw = raw.substring(1);
    }
    String text = html ? HtmlText.toPlainText(raw) : normaliseLineBreaks(raw);
    if (text.length() > maxNoteChars) {
      return tooLarge(type, text.length() + " characters", maxNoteChars);
    }
    if (text.isBlank()) {
      return Result.failure(
          SkipReason.NO_TEXT_CONTENT, type.mediaType() + " attachment has no text");
    }
    return Result.text(text, attachment.getTitle());
  }

  private static Result tooLarge(ContentType type, String size, int maxNoteChars) {
    return Result.failure(
        SkipReason.TOO_LARGE,
        type.mediaType()
            + " attachment has "
            + size
            + ", more than the limit of "
            + maxNoteChars
            + " characters (ReaderLimits.maxNoteChars)");
  }

  /** Makes every line break a {@code \n}. */
  private static String normaliseLineBreaks(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** A token from the input, cut and stripped of anything but harmless characters. */
  private static String safe(String token) {
    String cleaned = token.replaceAll("[^A-Za-z0-9._+/\\-]", "?");
    return cleaned.length() > 60 ? cleaned.substring(0, 60) + "..." : cleaned;
  }
}
