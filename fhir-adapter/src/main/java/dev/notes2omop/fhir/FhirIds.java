package dev.notes2omop.fhir;

import java.util.regex.Pattern;

/** FHIR ids and literal references reduced to the relative {@code Type/id} form. */
final class FhirIds {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z]{1,63}");
  private static final String HISTORY = "/_history/";

  private FhirIds() {}

  /** Whether {@code id} is a valid FHIR logical id. */
  static boolean isValidId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** Whether {@code type} looks like a FHIR resource type name (safe to put in a message). */
  static boolean isTypeName(String type) {
    return type != null && TYPE.matcher(type).matches();
  }

  /**
   * The relative {@code Type/id} of a literal reference, relative ({@code Patient/1}) or absolute
   * ({@code https://host/fhir/Patient/1/_history/2}); {@code null} when it is not of that form (a
   * contained {@code #ref}, a URN, a conditional {@code Patient?identifier=...}, an empty string).
   */
  static String relative(String reference) {
    if (reference == null || reference.isEmpty() || reference.indexOf('?') >= 0) {
      return null;
    }
    if (reference.startsWith("#") || reference.startsWith("urn:")) {
      return null;
    }
    String path = reference;
    int history = path.indexOf(HISTORY);
    if (history >= 0) {
      path = path.substring(0, history);
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    int slash = path.lastIndexOf('/');
    if (slash <= 0) {
      return null;
    }
    String id = path.substring(slash + 1);
    int typeStart = path.lastIndexOf('/', slash - 1) + 1;
    String type = path.substring(typeStart, slash);
    return isTypeName(type) && isValidId(id) ? type + "/" + id : null;
  }

  /** The version in a {@code .../_history/2} reference, or {@code null}. */
  static String version(String reference) {
    if (reference == null) {
      return null;
    }
    int history = reference.indexOf(HISTORY);
    if (history < 0) {
      return null;
    }
    String version = reference.substring(history + HISTORY.length());
    int end = version.indexOf('/');
    version = end >= 0 ? version.substring(0, end) : version;
    return isValidId(version) ? version : null;
  }

  /** The type of a relative {@code Type/id}. */
  static String typeOf(String relative) {
    return relative.substring(0, relative.indexOf('/'));
  }
}
