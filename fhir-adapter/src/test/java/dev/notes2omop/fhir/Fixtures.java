package dev.notes2omop.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

/** The FHIR JSON fixtures under {@code src/test/resources/fhir/}. */
public final class Fixtures {

  private Fixtures() {}

  /** The text of {@code fhir/<name>}. */
  public static String json(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fhir/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture fhir/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path of {@code fhir/<name>}. */
  public static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/fhir/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A DocumentReference of Patient/p-1 dated 2024-01-02 with the given content array JSON. */
  public static String documentWithContent(String id, String contentJson) {
    return """
        {"resourceType":"DocumentReference","id":"%s","status":"current",
         "subject":{"reference":"Patient/p-1"},"date":"2024-01-02T08:00:00+01:00",
         "content":%s}
        """
        .formatted(id, contentJson);
  }

  /** A content array with one inline attachment. */
  public static String inline(String contentType, byte[] data) {
    return "[{\"attachment\":{\"contentType\":\"%s\",\"data\":\"%s\"}}]"
        .formatted(contentType, Base64.getEncoder().encodeToString(data));
  }

  /** A content array with one inline UTF-8 text attachment. */
  public static String inline(String contentType, String text) {
    return inline(contentType, text.getBytes(StandardCharsets.UTF_8));
  }
}
