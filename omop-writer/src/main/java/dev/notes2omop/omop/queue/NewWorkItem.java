package dev.notes2omop.omop.queue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A delivery to store.
 *
 * @param kind what to do
 * @param resourceId e.g. {@code DocumentReference/5} (no version), or null for {@link
 *     WorkKind#POLL}
 * @param versionId the resource version when known, else null
 * @param payload the resource JSON for {@link WorkKind#UPSERT_NOTE} and {@link
 *     WorkKind#UPSERT_PATIENT}, else null
 * @param source who delivered it (e.g. {@code rest-hook}, {@code hapi-interceptor})
 */
public record NewWorkItem(
    WorkKind kind, String resourceId, String versionId, String payload, String source) {

  public NewWorkItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    if (kind != WorkKind.POLL) {
      Objects.requireNonNull(resourceId, "resourceId");
    }
    if ((kind == WorkKind.UPSERT_NOTE || kind == WorkKind.UPSERT_PATIENT) && payload == null) {
      throw new IllegalArgumentException(kind + " needs the resource as payload");
    }
  }

  /**
   * The key that makes a re-delivery a no-op: an upsert of the same resource, version and content,
   * or a fetch of the same resource version. Deletes and pings are never deduplicated (a resource
   * can be deleted, created again and deleted again).
   */
  public String dedupKey() {
    return switch (kind) {
      case UPSERT_NOTE, UPSERT_PATIENT ->
          kind + "|" + resourceId + "|" + (versionId == null ? "" : versionId) + "|" + sha(payload);
      case FETCH -> versionId == null ? null : kind + "|" + resourceId + "|" + versionId;
      case DELETE_NOTE, POLL -> null;
    };
  }

  private static String sha(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
