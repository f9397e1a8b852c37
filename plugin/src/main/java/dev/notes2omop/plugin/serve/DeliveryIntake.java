package dev.notes2omop.plugin.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.fhir.FhirItem;
import dev.notes2omop.fhir.FhirResourceReader;
import dev.notes2omop.fhir.IncomingBundle;
import dev.notes2omop.omop.queue.NewWorkItem;
import dev.notes2omop.omop.queue.WorkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a delivery into work items, after checking it the way the workers will read it: a note
 * without text, a Patient without a birth date or malformed JSON is refused here, with a reason,
 * rather than accepted and dead-lettered later.
 */
final class DeliveryIntake {

  static final String REST_HOOK = "rest-hook";
  static final String BACKPORT = "backport";
  static final String BUNDLE = "bundle";
  static final String PING = "ping";

  private final FhirResourceReader reader;
  private final boolean canFetch;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param canFetch whether a FHIR server to read from is configured (for id-only notifications and
   *     pings)
   */
  DeliveryIntake(FhirResourceReader reader, boolean canFetch) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.canFetch = canFetch;
  }

  /** {@code PUT /fhir/{type}/{id}}: one DocumentReference or Patient. */
  List<NewWorkItem> put(String type, String id, String body) {
    String reference = type + "/" + id;
    return List.of(resource(reference, body, REST_HOOK, reference));
  }

  /** {@code DELETE /fhir/DocumentReference/{id}}. */
  List<NewWorkItem> delete(String type, String id) {
    return List.of(new NewWorkItem(WorkKind.DELETE_NOTE, type + "/" + id, null, null, REST_HOOK));
  }

  /** {@code POST /fhir} with a Bundle; an empty body is a ping. */
  List<NewWorkItem> post(String body) {
    if (body.isBlank()) {
      requireSource("a payload-less ping");
      return List.of(new NewWorkItem(WorkKind.POLL, null, null, null, PING));
    }
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw BadDelivery.invalid("invalid JSON at line " + e.getLocation().getLineNr());
    }
    IncomingBundle bundle;
    try {
      bundle = IncomingBundle.parse(root);
    } catch (IncomingBundle.InvalidBundleException e) {
      throw BadDelivery.invalid(e.getMessage());
    }
    String source = bundle.kind() == IncomingBundle.Kind.NOTIFICATION ? BACKPORT : BUNDLE;
    List<NewWorkItem> items = new ArrayList<>();
    for (IncomingBundle.Entry entry : bundle.entries()) {
      String type = entry.reference().substring(0, entry.reference().indexOf('/'));
      if (!type.equals("DocumentReference") && !type.equals("Patient")) {
        continue;
      }
      switch (entry.action()) {
        case UPSERT -> items.add(resource(entry.reference(), entry.resourceJson(), source, null));
        case FETCH -> {
          requireSource("an id-only notification");
          items.add(
              new NewWorkItem(WorkKind.FETCH, entry.reference(), entry.versionId(), null, source));
        }
        case DELETE -> {
          if (type.equals("DocumentReference")) {
            items.add(new NewWorkItem(WorkKind.DELETE_NOTE, entry.reference(), null, null, source));
          }
        }
      }
    }
    return items;
  }

  private void requireSource(String what) {
    if (!canFetch) {
      throw BadDelivery.invalid(
          what
              + " names resources without sending them, and no FHIR server to read them from is"
              + " configured: start serve with --fhir-base-url, or subscribe with full-resource"
              + " content");
    }
  }

  /** One DocumentReference or Patient, checked; {@code expected} is the URL's Type/id or null. */
  private NewWorkItem resource(String reference, String body, String source, String expected) {
    List<FhirItem> items = reader.read(body);
    if (items.size() != 1) {
      throw BadDelivery.invalid(reference + ": expected one resource");
    }
    FhirItem item = items.get(0);
    if (item instanceof FhirItem.SkippedItem skipped) {
      throw BadDelivery.invalid(skipped.skipped().detail());
    }
    if (expected != null && !expected.equals(item.resourceId())) {
      throw BadDelivery.invalid(
          "the resource's type and id ("
              + item.resourceId()
              + ") differ from the URL's ("
              + expected
              + ")");
    }
    if (item instanceof FhirItem.PersonItem person) {
      if (person.person().yearOfBirth() == null) {
        throw BadDelivery.invalid(
            reference + " has no birthDate, which OMOP person.year_of_birth requires");
      }
      return new NewWorkItem(
          WorkKind.UPSERT_PATIENT, item.resourceId(), versionOf(body), body, source);
    }
    if (item instanceof FhirItem.NoteItem note) {
      return new NewWorkItem(
          WorkKind.UPSERT_NOTE, item.resourceId(), note.note().versionId(), body, source);
    }
    if (item instanceof FhirItem.RemovalItem) {
      // entered-in-error: the worker reads it again and removes the rows
      return new NewWorkItem(
          WorkKind.UPSERT_NOTE, item.resourceId(), versionOf(body), body, source);
    }
    throw BadDelivery.invalid(reference + ": not a DocumentReference or Patient");
  }

  private String versionOf(String body) {
    try {
      JsonNode version = json.readTree(body).path("meta").path("versionId");
      return version.isTextual() ? version.asText() : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
