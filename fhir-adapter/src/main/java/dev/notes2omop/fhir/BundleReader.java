package dev.notes2omop.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import dev.notes2omop.core.pipeline.SkipReason;
import dev.notes2omop.fhir.FhirItem.RemovalItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entries of a Bundle, in order: each resource is read on its own (a bad entry is skipped, the
 * others go on), {@code DELETE} requests become removals, and references to other entries' {@code
 * fullUrl}s ({@code urn:uuid:...}) resolve to their {@code Type/id}.
 */
final class BundleReader {

  private static final Set<String> TYPES =
      Set.of("batch", "transaction", "collection", "searchset", "history");
  private static final int MAX_DEPTH = 4;

  private final FhirResourceReader reader;

  BundleReader(FhirResourceReader reader) {
    this.reader = reader;
  }

  void read(JsonNode bundle, String bundleId, int depth, List<FhirItem> out) {
    String name = bundleId != null ? bundleId : "Bundle";
    if (depth >= MAX_DEPTH) {
      out.add(
          FhirResourceReader.skip(
              SkipReason.INVALID_RESOURCE,
              bundleId,
              name + ": Bundles nested more than " + MAX_DEPTH + " deep"));
      return;
    }
    JsonNode type = bundle.get("type");
    if (type == null || !type.isTextual()) {
      out.add(
          FhirResourceReader.skip(SkipReason.INVALID_RESOURCE, bundleId, name + " has no type"));
      return;
    }
    if (!TYPES.contains(type.asText())) {
      out.add(
          FhirResourceReader.skip(
              SkipReason.UNSUPPORTED_RESOURCE_TYPE,
              bundleId,
              name
                  + ": Bundle type "
                  + (FhirIds.isValidId(type.asText()) ? type.asText() : "(invalid)")
                  + " is not processed; give a batch, transaction, collection, searchset or"
                  + " history Bundle"));
      return;
    }
    JsonNode entries = bundle.path("entry");
    if (!entries.isArray()) {
      if (!entries.isMissingNode()) {
        out.add(
            FhirResourceReader.skip(
                SkipReason.INVALID_RESOURCE, bundleId, name + ": entry is not an array"));
      }
      return;
    }
    References references = references(entries);
    int index = 0;
    for (JsonNode entry : entries) {
      readEntry(entry, index++, name, references, depth, out);
    }
  }

  private void readEntry(
      JsonNode entry,
      int index,
      String bundleName,
      References references,
      int depth,
      List<FhirItem> out) {
    String where = bundleName + " entry " + index;
    String method = entry.path("request").path("method").asText("");
    String requestTarget = FhirIds.relative(entry.path("request").path("url").asText(null));
    if (method.equals("DELETE")) {
      readDelete(requestTarget, where, out);
      return;
    }
    JsonNode resource = entry.get("resource");
    if (resource == null || resource.isNull()) {
      String target = requestTarget != null ? requestTarget : references.resolve(fullUrl(entry));
      out.add(
          FhirResourceReader.skip(
              SkipReason.INVALID_RESOURCE,
              target,
              where + " has neither a resource nor a DELETE request"));
      return;
    }
    String fallbackId = method.equals("PUT") ? idOf(requestTarget, resource) : null;
    String fallbackVersion = FhirIds.version(fullUrl(entry));
    if (fallbackVersion == null) {
      fallbackVersion = FhirIds.version(entry.path("request").path("url").asText(null));
    }
    reader.readNode(
        resource,
        null,
        new FhirResourceReader.Context(fallbackId, fallbackVersion, references, depth + 1),
        out);
  }

  private static void readDelete(String target, String where, List<FhirItem> out) {
    if (target == null) {
      out.add(
          FhirResourceReader.skip(
              SkipReason.INVALID_RESOURCE,
              null,
              where
                  + ": DELETE names no single resource as Type/id (conditional deletes are not"
                  + " supported)"));
    } else if (FhirIds.typeOf(target).equals("DocumentReference")) {
      out.add(new RemovalItem(target, SkipReason.DELETED));
    } else {
      out.add(
          FhirResourceReader.skip(
              SkipReason.UNSUPPORTED_RESOURCE_TYPE,
              target,
              where + ": DELETE of " + FhirIds.typeOf(target) + " is not processed"));
    }
  }

  /** Full URL to {@code Type/id} for every entry whose resource has (or is given) an id. */
  private static References references(JsonNode entries) {
    Map<String, String> byFullUrl = new HashMap<>();
    for (JsonNode entry : entries) {
      String fullUrl = fullUrl(entry);
      JsonNode resource = entry.path("resource");
      String type = resource.path("resourceType").asText(null);
      if (fullUrl == null || !FhirIds.isTypeName(type)) {
        continue;
      }
      String id = resource.path("id").asText(null);
      if (id == null && entry.path("request").path("method").asText("").equals("PUT")) {
        id = idOf(FhirIds.relative(entry.path("request").path("url").asText(null)), resource);
      }
      if (FhirIds.isValidId(id)) {
        byFullUrl.put(fullUrl, type + "/" + id);
      }
    }
    return new References(byFullUrl);
  }

  private static String fullUrl(JsonNode entry) {
    JsonNode fullUrl = entry.get("fullUrl");
    return fullUrl != null && fullUrl.isTextual() ? fullUrl.asText() : null;
  }

  /** The id part of a PUT's {@code Type/id} target when it names the resource's type. */
  private static String idOf(String target, JsonNode resource) {
    if (target == null) {
      return null;
    }
    String type = resource.path("resourceType").asText("");
    return FhirIds.typeOf(target).equals(type) ? target.substring(target.indexOf('/') + 1) : null;
  }
}
