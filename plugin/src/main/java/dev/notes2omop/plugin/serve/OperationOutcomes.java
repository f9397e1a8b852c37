package dev.notes2omop.plugin.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** FHIR {@code OperationOutcome} JSON for the receiver's answers. */
final class OperationOutcomes {

  static final String FHIR_JSON = "application/fhir+json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private OperationOutcomes() {}

  /**
   * One issue.
   *
   * @param severity {@code error}, {@code warning} or {@code information}
   * @param code the FHIR issue type, e.g. {@code invalid}, {@code security}, {@code transient}
   * @param diagnostics what happened, for a person (never note text)
   */
  static String of(String severity, String code, String diagnostics) {
    ObjectNode outcome = JSON.createObjectNode();
    outcome.put("resourceType", "OperationOutcome");
    ArrayNode issues = outcome.putArray("issue");
    ObjectNode issue = issues.addObject();
    issue.put("severity", severity);
    issue.put("code", code);
    issue.put("diagnostics", diagnostics);
    return outcome.toString();
  }

  static String error(String code, String diagnostics) {
    return of("error", code, diagnostics);
  }

  static String information(String diagnostics) {
    return of("information", "informational", diagnostics);
  }
}
