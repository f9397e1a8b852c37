package dev.notes2omop.tagger.value;

import dev.notes2omop.core.nlp.MeasurementValue;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the result written right after a measurement name.
 *
 * <p>What it accepts, from the end of the name:
 *
 * <ol>
 *   <li>Up to three short connectors on the same line: {@code :}, {@code =}, "de", "del", "en",
 *       "es", "of", and a few specimen or timing qualifiers ("en sangre", "en suero", "en orina",
 *       "capilar", "basal", "sérica", "total", "al ingreso", ...). Nothing else: "solicitar
 *       hemoglobina." gives no value, and no value is read across a sentence end or a line break.
 *   <li>Either a qualitative result ({@link QualitativeResults}: "positivo", "negativo", "normal",
 *       "indetectable", ...), reported in OMOP's Meas Value names with no number, optionally
 *       followed by a reference range; or:
 *   <li>An optional operator: {@code <}, {@code <=}, {@code >}, {@code >=}, {@code ≤}, {@code ≥},
 *       "menor de", "inferior a", "mayor de", "superior a" (reported as {@code <}, {@code <=},
 *       {@code >}, {@code >=}).
 *   <li>A number. Decimal comma and decimal point are both accepted ("11,2", "1.3"). A point
 *       followed by groups of exactly three digits, with a first group of 1-3 digits not starting
 *       with 0, is a thousands separator, as written in Spanish: "150.000" is 150000 and "1.500" is
 *       1500 (so a value written with exactly three decimals after a point, rare in lab reports, is
 *       read as thousands). "12.500,5" is 12500.5. A comma is always decimal.
 *   <li>An optional second number after {@code /} ("140/90"), reported as {@code secondNumber}. A
 *       third part ("12/05/2023") means a date: no value.
 *   <li>An optional unit, kept as written: "g/dL", "mg/dl", "mmHg", "mEq/L", "%", "lpm", "ºC",
 *       "x10^9/L", "/mm3", "mL/min/1,73m2", ... (known unit names, combined with {@code /}).
 *   <li>An optional reference range in brackets: "(12-16)", "(VN: 0,5-1,2)", "(12 a 16 g/dL)", or
 *       one bound "(&lt; 5)" (range high) / "(&gt; 60)" (range low).
 * </ol>
 *
 * <p>{@code sourceText} is the operator, number(s) and unit exactly as written (not the connectors,
 * not the range). Stateless and thread-safe.
 */
public final class MeasurementValueExtractor {

  /** How far after the name a value may be found, in characters. */
  private static final int WINDOW = 160;

  private static final String NUMBER =
      "(?:[1-9]\\d{0,2}(?:\\.\\d{3})+(?:,\\d+)?(?![.,]?\\d)|\\d+(?:[.,]\\d+)?)";

  private static final String END = "(?![\\p{L}\\p{N}])";

  private static final String CONNECTOR =
      "(?::|=|(?:de|del|en|es|of)"
          + END
          + "|(?:(?:en|de)\\h+)?(?:sangre|suero|plasma|orina|ayunas|capilar|venosa|arterial|basal"
          + "|s[eé]ric[ao]|plasm[aá]tic[ao]|total|actual|al\\h+ingreso|al\\h+alta)"
          + END
          + ")";

  private static final String OPERATOR =
      "(?:<=|>=|=<|=>|≤|≥|<|>|menor\\h+(?:de|que)|inferior\\h+a|mayor\\h+(?:de|que)|superior\\h+a)";

  private static final String BASE_UNIT =
      "(?:mmHg|cmH2O|mEq|mOsm|mmol|[µμu]mol|nmol|pmol|mol|mcg|[µμu]g|ng|pg|mg|kg|g|kcal"
          + "|dL|mL|[µμu]L|fL|nL|L|mUI|mU|UI|kU|IU|U|lpm|rpm|bpm|ppm|lat|resp|cm|mm|m|seg|sg|s"
          + "|min|h|cel|c[eé]lulas|c[eé]l|campo|gotas)[23²³]?"
          + END;

  /** A unit after a "/", which may start with a number: "/1,73m2", "/24h". */
  private static final String UNIT_PART = "(?:\\d+(?:[.,]\\d+)?\\h?)?" + BASE_UNIT;

  private static final String UNIT =
      "(?:%|‰|[º°]\\h?[CcFf]"
          + END
          + "|(?:x\\h?)?10\\h?[\\^eE]\\h?\\d+\\h?(?:/\\h?"
          + UNIT_PART
          + ")?"
          + "|(?:"
          + BASE_UNIT
          + ")?(?:\\h?/\\h?"
          + UNIT_PART
          + ")+"
          + "|"
          + BASE_UNIT
          + ")";

  private static final String RANGE_LABEL =
      "(?:VN|VR|N|rango|ref|normal|valores?\\h+(?:normales?|de\\h+referencia))\\.?\\h*:?\\h*";

  private static final Pattern VALUE =
      Pattern.compile(
          "(?:\\h*"
              + CONNECTOR
              + "){0,3}\\h*"
              + "(?<value>(?:(?<op>"
              + OPERATOR
              + ")\\h*)?"
              + "(?<num>"
              + NUMBER
              + ")(?:\\h*/\\h*(?<num2>"
              + NUMBER
              + "))?"
              + "(?:\\h*(?<unit>"
              + UNIT
              + "))?)"
              + END
              + "(?<range>\\h*[(\\[]\\h*(?:"
              + RANGE_LABEL
              + ")?(?:(?<lo>"
              + NUMBER
              + ")\\h*(?:-|–|—|a|hasta)\\h*(?<hi>"
              + NUMBER
              + ")|(?<rop>"
              + OPERATOR
              + ")\\h*(?<bound>"
              + NUMBER
              + "))\\h*(?:"
              + UNIT
              + ")?\\h*[)\\]])?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A qualitative result after the connectors, and an optional reference range. */
  private static final Pattern QUALITATIVE =
      Pattern.compile(
          "(?:\\h*"
              + CONNECTOR
              + "){0,3}\\h*(?<value>"
              + QualitativeResults.PATTERN
              + ")"
              + END
              + "(?:\\h*[(\\[]\\h*(?:"
              + RANGE_LABEL
              + ")?(?<lo>"
              + NUMBER
              + ")\\h*(?:-|–|—|a|hasta)\\h*(?<hi>"
              + NUMBER
              + ")\\h*(?:"
              + UNIT
              + ")?\\h*[)\\]])?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern THOUSANDS = Pattern.compile("[1-9]\\d{0,2}(?:\\.\\d{3})+(?:,\\d+)?");

  private static final Pattern SPACES = Pattern.compile("\\h+");

  private static final Pattern DATE_CONTINUATION = Pattern.compile("\\h*/\\h*\\d");

  /**
   * The value written after a measurement name that ends at {@code mentionEnd}, or empty when the
   * next thing after the allowed connectors is not a number.
   */
  public Optional<MeasurementValue> extract(String text, int mentionEnd) {
    Objects.requireNonNull(text, "text");
    if (mentionEnd < 0 || mentionEnd > text.length()) {
      throw new IndexOutOfBoundsException(
          "mention end " + mentionEnd + " is outside a text of length " + text.length());
    }
    Matcher m = VALUE.matcher(text);
    m.region(mentionEnd, Math.min(text.length(), mentionEnd + WINDOW));
    m.useTransparentBounds(true);
    if (!m.lookingAt()) {
      return qualitative(text, mentionEnd);
    }
    int afterNumbers = m.group("num2") != null ? m.end("num2") : m.end("num");
    if (m.group("unit") == null && continuesAsDate(text, afterNumbers)) {
      return Optional.empty();
    }
    String rangeOp = m.group("rop") == null ? null : operator(m.group("rop"));
    BigDecimal bound = m.group("bound") == null ? null : number(m.group("bound"));
    BigDecimal low = m.group("lo") != null ? number(m.group("lo")) : null;
    BigDecimal high = m.group("hi") != null ? number(m.group("hi")) : null;
    if (bound != null) {
      if (rangeOp.startsWith("<")) {
        high = bound;
      } else {
        low = bound;
      }
    }
    String unit = m.group("unit") == null ? null : m.group("unit").strip();
    return Optional.of(
        new MeasurementValue(
            number(m.group("num")),
            m.group("op") == null ? null : operator(m.group("op")),
            unit,
            m.group("num2") == null ? null : number(m.group("num2")),
            low,
            high,
            m.group("value").strip()));
  }

  private static Optional<MeasurementValue> qualitative(String text, int mentionEnd) {
    Matcher m = QUALITATIVE.matcher(text);
    m.region(mentionEnd, Math.min(text.length(), mentionEnd + WINDOW));
    m.useTransparentBounds(true);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String written = m.group("value");
    return Optional.of(
        new MeasurementValue(
            null,
            null,
            null,
            null,
            m.group("lo") == null ? null : number(m.group("lo")),
            m.group("hi") == null ? null : number(m.group("hi")),
            written,
            QualitativeResults.measValueName(written)));
  }

  private static boolean continuesAsDate(String text, int from) {
    Matcher m = DATE_CONTINUATION.matcher(text);
    m.region(from, text.length());
    return m.lookingAt();
  }

  /** Parses a number as written: thousands points, decimal comma or point. */
  static BigDecimal number(String written) {
    String s = written;
    if (THOUSANDS.matcher(s).matches()) {
      s = s.replace(".", "");
    }
    return new BigDecimal(s.replace(',', '.'));
  }

  /** The operator in its canonical form: {@code <}, {@code <=}, {@code >}, {@code >=}. */
  static String operator(String written) {
    String op = SPACES.matcher(written.toLowerCase(Locale.ROOT)).replaceAll(" ");
    switch (op) {
      case "<=", "=<", "≤":
        return "<=";
      case ">=", "=>", "≥":
        return ">=";
      case ">", "mayor de", "mayor que", "superior a":
        return ">";
      default:
        return "<";
    }
  }
}
