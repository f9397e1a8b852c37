package dev.notes2omop.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A Bundle POSTed to the receiver, split into what to do per resource: a {@code batch} or {@code
 * transaction} Bundle, or an R4 Subscriptions Backport notification (a {@code history} Bundle whose
 * first entry is the {@code SubscriptionStatus} {@code Parameters}) with {@code full-resource},
 * {@code id-only} or {@code empty} content. The content kind of a notification is read from its
 * shape: entries with a resource are full, entries without one and focus references without an
 * entry are id-only.
 *
 * @param kind what the Bundle is
 * @param notificationType for a notification, its {@code type} parameter ({@code handshake}, {@code
 *     heartbeat}, {@code event-notification}, {@code query-status}, {@code query-event}); else null
 * @param entries the resources to upsert, fetch or delete, in order
 */
public record IncomingBundle(Kind kind, String notificationType, List<Entry> entries) {

  /** What a posted Bundle is. */
  public enum Kind {
    BATCH,
    TRANSACTION,
    NOTIFICATION
  }

  /** What an entry asks for. */
  public enum Action {
    /** The resource is in the entry: create or update it. */
    UPSERT,
    /** Only the reference is given: read the resource from the notifying server. */
    FETCH,
    /** Delete the referenced resource. */
    DELETE
  }

  /**
   * One resource of the Bundle.
   *
   * @param action what to do
   * @param reference the relative {@code Type/id}
   * @param versionId the version when the entry says it, else null
   * @param resourceJson the resource JSON for {@link Action#UPSERT}, else null
   */
  public record Entry(Action action, String reference, String versionId, String resourceJson) {
    public Entry {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(reference, "reference");
    }
  }

  /** A Bundle the receiver cannot take; the message says why (never note text). */
  public static final class InvalidBundleException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InvalidBundleException(String message) {
      super(message);
    }
  }

  /**
   * Splits a parsed Bundle.
   *
   * @throws InvalidBundleException when it is not a Bundle of a kind the receiver takes, or an
   *     entry names no resource
   */
  public static IncomingBundle parse(JsonNode bundle) {
    if (bundle == null
        || !bundle.isObject()
        || !"Bundle".equals(text(bundle.get("resourceType")))) {
      throw new InvalidBundleException("POST /fhir takes a Bundle");
    }
    String type = text(bundle.get("type"));
    JsonNode entries = bundle.get("entry");
    List<JsonNode> list = new ArrayList<>();
    if (entries != null && entries.isArray()) {
      entries.forEach(list::add);
    }
    if ("batch".equals(type) || "transaction".equals(type)) {
      Kind kind = "batch".equals(type) ? Kind.BATCH : Kind.TRANSACTION;
      List<Entry> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        out.add(requestEntry(list.get(i), i));
      }
      return new IncomingBundle(kind, null, out);
    }
    if (("history".equals(type) || "subscription-notification".equals(type))
        && !list.isEmpty()
        && isStatus(list.get(0).get("resource"))) {
      return notification(list);
    }
    throw new InvalidBundleException(
        "POST /fhir takes a batch or transaction Bundle, or a Subscriptions Backport notification"
            + " (a history Bundle whose first entry is the SubscriptionStatus Parameters); this"
            + " Bundle's type is "
            + (type == null ? "missing" : safe(type)));
  }

  private static Entry requestEntry(JsonNode entry, int index) {
    JsonNode request = entry.get("request");
    String method = request == null ? null : text(request.get("method"));
    String url = request == null ? null : text(request.get("url"));
    JsonNode resource = entry.get("resource");
    if ("DELETE".equalsIgnoreCase(method)) {
      String reference = FhirIds.relative(url);
      if (reference == null) {
        throw new InvalidBundleException(
            "entry " + index + ": a DELETE needs request.url of the form Type/id");
      }
      return new Entry(Action.DELETE, reference, null, null);
    }
    if (resource == null || !resource.isObject()) {
      throw new InvalidBundleException("entry " + index + ": no resource");
    }
    return new Entry(
        Action.UPSERT,
        referenceOf(resource, entry, url, index),
        versionOf(resource, entry),
        resource.toString());
  }

  private static IncomingBundle notification(List<JsonNode> list) {
    JsonNode status = list.get(0).get("resource");
    String notificationType = null;
    Set<String> focus = new LinkedHashSet<>();
    JsonNode parameters = status.get("parameter");
    if (parameters != null && parameters.isArray()) {
      for (JsonNode parameter : parameters) {
        String name = text(parameter.get("name"));
        if ("type".equals(name)) {
          notificationType = text(parameter.get("valueCode"));
        } else if ("notification-event".equals(name) && parameter.get("part") != null) {
          for (JsonNode part : parameter.get("part")) {
            if ("focus".equals(text(part.get("name"))) && part.get("valueReference") != null) {
              String reference = text(part.get("valueReference").get("reference"));
              if (FhirIds.relative(reference) != null) {
                focus.add(reference);
              }
            }
          }
        }
      }
    }
    List<Entry> out = new ArrayList<>();
    Set<String> covered = new LinkedHashSet<>();
    for (int i = 1; i < list.size(); i++) {
      JsonNode entry = list.get(i);
      JsonNode resource = entry.get("resource");
      JsonNode request = entry.get("request");
      String method = request == null ? null : text(request.get("method"));
      String url = request == null ? null : text(request.get("url"));
      if (resource != null && resource.isObject()) {
        Entry e =
            new Entry(
                Action.UPSERT,
                referenceOf(resource, entry, url, i),
                versionOf(resource, entry),
                resource.toString());
        out.add(e);
        covered.add(e.reference());
        continue;
      }
      String named = text(entry.get("fullUrl"));
      String reference = FhirIds.relative(named);
      if (reference == null) {
        named = url;
        reference = FhirIds.relative(url);
      }
      if (reference == null) {
        throw new InvalidBundleException(
            "entry " + i + ": neither a resource nor a fullUrl or request.url of the form Type/id");
      }
      Action action = "DELETE".equalsIgnoreCase(method) ? Action.DELETE : Action.FETCH;
      out.add(new Entry(action, reference, FhirIds.version(named), null));
      covered.add(reference);
    }
    for (String reference : focus) {
      String relative = FhirIds.relative(reference);
      if (!covered.contains(relative)) {
        out.add(new Entry(Action.FETCH, relative, FhirIds.version(reference), null));
        covered.add(relative);
      }
    }
    return new IncomingBundle(
        Kind.NOTIFICATION,
        notificationType == null ? null : notificationType.toLowerCase(Locale.ROOT),
        out);
  }

  private static boolean isStatus(JsonNode resource) {
    if (resource == null || !resource.isObject()) {
      return false;
    }
    String type = text(resource.get("resourceType"));
    return "Parameters".equals(type) || "SubscriptionStatus".equals(type);
  }

  private static String referenceOf(JsonNode resource, JsonNode entry, String url, int index) {
    String type = text(resource.get("resourceType"));
    String id = text(resource.get("id"));
    if (FhirIds.isTypeName(type) && FhirIds.isValidId(id)) {
      return type + "/" + id;
    }
    for (String candidate : new String[] {text(entry.get("fullUrl")), url}) {
      String reference = FhirIds.relative(candidate);
      if (reference != null && type != null && reference.startsWith(type + "/")) {
        return reference;
      }
    }
    throw new InvalidBundleException(
        "entry " + index + ": the resource has no id (give resource.id or a PUT request.url)");
  }

  private static String versionOf(JsonNode resource, JsonNode entry) {
    JsonNode meta = resource.get("meta");
    String version = meta == null ? null : text(meta.get("versionId"));
    if (FhirIds.isValidId(version)) {
      return version;
    }
    return FhirIds.version(text(entry.get("fullUrl")));
  }

  private static String text(JsonNode node) {
    return node != null && node.isTextual() ? node.asText() : null;
  }

  private static String safe(String value) {
    return value.length() <= 40 && value.matches("[A-Za-z\\-]+") ? value : "not a known type";
  }
}
