package dev.notes2omop.fhir;

import java.util.Map;

/**
 * Resolves literal references to the relative {@code Type/id} form, including the {@code
 * urn:uuid:...} full URLs of the other entries of the Bundle being read.
 */
final class References {

  static final References NONE = new References(Map.of());

  private final Map<String, String> byFullUrl;

  References(Map<String, String> byFullUrl) {
    this.byFullUrl = Map.copyOf(byFullUrl);
  }

  /** The relative {@code Type/id} that {@code reference} points to, or {@code null}. */
  String resolve(String reference) {
    if (reference == null) {
      return null;
    }
    String entry = byFullUrl.get(reference);
    return entry != null ? entry : FhirIds.relative(reference);
  }
}
