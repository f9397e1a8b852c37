package dev.notes2omop.fhir;

import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lenient like HAPI's default handler, but logs element names only, at DEBUG (HAPI's own handler
 * logs invalid values, which may be patient data, at WARN), and remembers where HAPI dropped an
 * invalid value, so that a skip can say so. One instance per parse.
 */
final class QuietParserErrorHandler implements IParserErrorHandler {

  private static final Logger log = LoggerFactory.getLogger(QuietParserErrorHandler.class);
  private static final int MAX_REMEMBERED = 5;

  private final Set<String> invalidValuesIn = new LinkedHashSet<>();

  /** The elements (by parent element name) whose invalid values were dropped. */
  Set<String> invalidValuesIn() {
    return invalidValuesIn;
  }

  @Override
  public void containedResourceWithNoId(IParseLocation location) {
    log.debug("contained resource without id at {}", path(location));
  }

  @Override
  public void incorrectJsonType(
      IParseLocation location,
      String elementName,
      ValueType expected,
      ScalarType expectedScalar,
      ValueType found,
      ScalarType foundScalar) {
    log.debug(
        "element {} at {}: expected {}, found {}", elementName, path(location), expected, found);
  }

  @Override
  public void invalidValue(IParseLocation location, String value, String error) {
    log.debug("invalid value at {}", path(location));
    remember(path(location));
  }

  @Override
  public void missingRequiredElement(IParseLocation location, String elementName) {
    log.debug("missing required element {} at {}", elementName, path(location));
  }

  @Override
  public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
    log.debug("unexpected repeating element {} at {}", elementName, path(location));
  }

  @Override
  public void unknownAttribute(IParseLocation location, String attributeName) {
    log.debug("unknown attribute at {}", path(location));
  }

  @Override
  public void unknownElement(IParseLocation location, String elementName) {
    log.debug("unknown element at {}", path(location));
  }

  @Override
  public void unknownReference(IParseLocation location, String reference) {
    log.debug("unknown reference at {}", path(location));
  }

  @Override
  public void invalidInternalReference(IParseLocation location, String reference) {
    log.debug("invalid internal reference at {}", path(location));
  }

  @Override
  public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
    log.debug("extension with a value and nested extensions at {}", path(location));
  }

  /** Records that {@code element} held a value that was dropped. */
  void remember(String element) {
    if (invalidValuesIn.size() < MAX_REMEMBERED) {
      invalidValuesIn.add(element);
    }
  }

  private static String path(IParseLocation location) {
    return location == null ? "?" : location.getParentElementName();
  }
}
