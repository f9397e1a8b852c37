package dev.notes2omop.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.notes2omop.core.pipeline.SkipReason;
import dev.notes2omop.core.pipeline.Skipped;
import dev.notes2omop.fhir.FhirItem.PersonItem;
import dev.notes2omop.fhir.FhirItem.SkippedItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Patient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one FHIR R4 JSON resource into {@link FhirItem}s: a {@code DocumentReference} gives a note
 * (or a removal), a {@code Patient} a person, a {@code Bundle} the items of its entries in order,
 * and anything else a typed skip. Bad input never throws: it gives a {@link SkippedItem} whose
 * detail names the resource and the problem, never note text.
 *
 * <p>Thread-safe: one instance serves any number of threads. The HAPI {@link FhirContext} is
 * created once per JVM and shared.
 */
public final class FhirResourceReader {

  private static final Logger log = LoggerFactory.getLogger(FhirResourceReader.class);

  private final ReaderLimits limits;
  private final ObjectMapper json;
  private final DocumentReferenceMapper documents;
  private final BundleReader bundles;

  /** A reader with {@link ReaderLimits#defaults()}. */
  public FhirResourceReader() {
    this(ReaderLimits.defaults());
  }

  /** A reader that enforces {@code limits}. */
  public FhirResourceReader(ReaderLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    int maxString =
        (int) Math.max(StreamReadConstraints.DEFAULT_MAX_STRING_LEN, limits.maxResourceBytes());
    this.json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    this.json
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxStringLength(maxString).build());
    this.documents = new DocumentReferenceMapper(limits);
    this.bundles = new BundleReader(this);
  }

  /** The limits this reader enforces. */
  public ReaderLimits limits() {
    return limits;
  }

  /**
   * Reads one JSON resource.
   *
   * @param jsonText the resource as JSON text
   * @return its items, in order; empty only for a Bundle without entries
   */
  public List<FhirItem> read(String jsonText) {
    Objects.requireNonNull(jsonText, "json");
    long bytes = Utf8.lengthUpTo(jsonText, limits.maxResourceBytes() + 1);
    if (bytes > limits.maxResourceBytes()) {
      return List.of(
          skip(
              SkipReason.TOO_LARGE,
              null,
              "resource is larger than the limit of "
                  + limits.maxResourceBytes()
                  + " bytes (ReaderLimits.maxResourceBytes)"));
    }
    JsonNode root;
    try {
      root = json.readTree(jsonText);
    } catch (JsonProcessingException e) {
      return List.of(skip(SkipReason.INVALID_JSON, null, ParseErrors.describe(e)));
    }
    if (root == null || root.isMissingNode()) {
      return List.of(skip(SkipReason.INVALID_JSON, null, "invalid JSON: no content"));
    }
    List<FhirItem> items = new ArrayList<>();
    readNode(root, jsonText, Context.TOP, items);
    return items;
  }

  /**
   * Where a resource node sits: what its enclosing Bundle entry says about its id and version, how
   * to resolve its references, and how many Bundles enclose it.
   *
   * @param fallbackId the id when the resource has none (a Bundle entry's PUT url), or null
   * @param fallbackVersion the version when {@code meta.versionId} is absent (the {@code _history}
   *     part of the entry's fullUrl or request url), or null
   */
  record Context(String fallbackId, String fallbackVersion, References references, int depth) {
    static final Context TOP = new Context(null, null, References.NONE, 0);
  }

  /**
   * Reads one resource node into {@code out}.
   *
   * @param text the node's JSON text when already at hand, else {@code null}
   */
  void readNode(JsonNode node, String text, Context context, List<FhirItem> out) {
    if (!node.isObject()) {
      out.add(
          skip(
              SkipReason.INVALID_RESOURCE,
              null,
              "not a FHIR resource: a JSON "
                  + node.getNodeType().name().toLowerCase(Locale.ROOT)
                  + ", not an object"));
      return;
    }
    JsonNode typeNode = node.get("resourceType");
    if (typeNode == null || !typeNode.isTextual()) {
      out.add(skip(SkipReason.INVALID_RESOURCE, null, "not a FHIR resource: no resourceType"));
      return;
    }
    String type = typeNode.asText();
    if (!FhirContexts.resourceTypes().contains(type)) {
      out.add(
          skip(
              SkipReason.INVALID_RESOURCE,
              null,
              "not a FHIR R4 resource: unknown resourceType"
                  + (FhirIds.isTypeName(type) ? " " + type : "")));
      return;
    }
    String id = textOf(node.get("id"));
    if (id == null) {
      id = context.fallbackId();
    }
    String resourceId = FhirIds.isValidId(id) ? type + "/" + id : null;
    switch (type) {
      case "DocumentReference", "Patient" -> {
        if (resourceId == null) {
          out.add(
              skip(
                  SkipReason.INVALID_RESOURCE,
                  null,
                  type + (id == null ? " has no id" : " has an id that is not a valid FHIR id")));
        } else if (type.equals("Patient")) {
          readPatient(node, text, resourceId, out);
        } else {
          readDocument(node, text, resourceId, context, out);
        }
      }
      case "Bundle" -> bundles.read(node, resourceId, context.depth(), out);
      default ->
          out.add(
              skip(
                  SkipReason.UNSUPPORTED_RESOURCE_TYPE,
                  resourceId,
                  "resource type " + type + " is not processed"));
    }
  }

  private static void readPatient(
      JsonNode node, String text, String resourceId, List<FhirItem> out) {
    QuietParserErrorHandler complaints = new QuietParserErrorHandler();
    Patient patient =
        parse(Patient.class, text != null ? text : node.toString(), resourceId, complaints, out);
    if (patient != null) {
      out.add(new PersonItem(PatientMapper.map(patient, resourceId)));
    }
  }

  private void readDocument(
      JsonNode node, String text, String resourceId, Context context, List<FhirItem> out) {
    QuietParserErrorHandler complaints = new QuietParserErrorHandler();
    DocumentReference document =
        parse(
            DocumentReference.class,
            text != null ? text : node.toString(),
            resourceId,
            complaints,
            out);
    if (document == null) {
      return;
    }
    JsonNode content = node.get("content");
    if (content != null && !content.isArray()) {
      // HAPI drops a non-array content silently
      complaints.remember("content");
    }
    String versionId = versionId(node);
    FhirItem item =
        documents.map(
            document,
            resourceId,
            versionId != null ? versionId : context.fallbackVersion(),
            textOf(node.get("date")),
            context.references());
    out.add(withComplaints(item, complaints));
  }

  private static String textOf(JsonNode node) {
    return node != null && node.isTextual() ? node.asText() : null;
  }

  private static String versionId(JsonNode node) {
    JsonNode version = node.path("meta").path("versionId");
    return version.isTextual() && FhirIds.isValidId(version.asText()) ? version.asText() : null;
  }

  /** Adds to a skip's detail where the parser dropped invalid values (e.g. bad base64 data). */
  private static FhirItem withComplaints(FhirItem item, QuietParserErrorHandler complaints) {
    if (item instanceof SkippedItem skipped && !complaints.invalidValuesIn().isEmpty()) {
      Skipped s = skipped.skipped();
      return new SkippedItem(
          new Skipped(
              s.reason(),
              s.resourceId(),
              s.detail()
                  + " (invalid values were dropped in: "
                  + String.join(", ", complaints.invalidValuesIn())
                  + ")"));
    }
    return item;
  }

  private static <T extends IBaseResource> T parse(
      Class<T> type,
      String text,
      String resourceId,
      QuietParserErrorHandler complaints,
      List<FhirItem> out) {
    IParser parser = FhirContexts.r4().newJsonParser();
    parser.setParserErrorHandler(complaints);
    try {
      return parser.parseResource(type, text);
    } catch (RuntimeException e) {
      // HAPI signals bad input with DataFormatException and, for some shapes, other runtime errors
      out.add(
          skip(
              SkipReason.INVALID_RESOURCE,
              resourceId,
              resourceId
                  + ": not a valid R4 "
                  + type.getSimpleName()
                  + ": "
                  + ParseErrors.redact(e.getMessage())));
      return null;
    }
  }

  static SkippedItem skip(SkipReason reason, String resourceId, String detail) {
    log.debug("skipped {} ({}): {}", resourceId, reason, detail);
    return SkippedItem.of(reason, resourceId, detail);
  }
}
