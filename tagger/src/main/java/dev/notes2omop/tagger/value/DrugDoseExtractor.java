package dev.notes2omop.tagger.value;

import dev.notes2omop.core.nlp.DrugDose;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.core.nlp.TextFolding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dose, form, route and duration written right after a drug's name: "enalapril 20 mg cada
 * 12 h", "amoxicilina 1 g/8 h iv", "heparina 5.000 UI sc", "omeprazol 20 mg 1 comprimido vía oral
 * durante 7 días", "noradrenalina en perfusión".
 *
 * <p>The phrase read starts at the end of the drug's name and stops at the first of: a line break,
 * a semicolon, a sentence end, {@value #WINDOW} characters, or the limit the caller gives (the
 * start of the next mention, so that "enalapril 20 mg y metformina 850 mg" gives each drug its own
 * dose). In it, the first strength ("20 mg", "1 g", "0,5 mcg", "5.000 UI"), the first route ({@link
 * DrugRoutes}), the first dose form ({@link DrugForms}) and "durante N días|semanas" are read; the
 * phrase up to the last thing read is the {@code sig}. No dose when nothing is read. Stateless and
 * thread-safe.
 */
public final class DrugDoseExtractor {

  /** How far after the name a dose may be read, in characters. */
  static final int WINDOW = 120;

  private static final String END = "(?![\\p{L}\\p{N}])";

  /** A line break, a semicolon, or a point that ends a sentence (a capital or the end follows). */
  private static final Pattern STOP = Pattern.compile("[\\n\\r;]|\\.(?=\\h*(?:\\p{Lu}|$))");

  private static final Pattern STRENGTH =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,])(?<num>[1-9]\\d{0,2}(?:\\.\\d{3})+(?!\\d)|\\d+(?:[.,]\\d+)?)\\h*"
              + "(?<unit>(?:mg|mcg|[µμu]g|g|gr|ui|u\\.?i\\.?|unidades|meq|mmol|ml)"
              + "(?:\\h?/\\h?(?:ml|kg|h|24\\h?h))?)"
              + END);

  private static final Pattern DAYS =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:durante|x|por)\\h+(?<n>\\d{1,3})\\h*(?<u>dias?|semanas?)" + END);

  private static final Pattern THOUSANDS = Pattern.compile("[1-9]\\d{0,2}(?:\\.\\d{3})+");

  /**
   * The dose written after a drug's name.
   *
   * @param text the note text
   * @param mentionStart where the drug's name starts (the {@code sig} starts there)
   * @param mentionEnd where it ends
   * @param limit read nothing at or after this offset (the next mention's start, or the text's
   *     length)
   */
  public Optional<DrugDose> extract(String text, int mentionStart, int mentionEnd, int limit) {
    Objects.requireNonNull(text, "text");
    if (mentionStart < 0 || mentionEnd < mentionStart || mentionEnd > text.length()) {
      throw new IndexOutOfBoundsException(
          "mention " + mentionStart + "-" + mentionEnd + " is outside a text of " + text.length());
    }
    int end = Math.min(Math.min(limit, text.length()), mentionEnd + WINDOW);
    if (end <= mentionEnd) {
      return Optional.empty();
    }
    String window = text.substring(mentionEnd, end);
    Matcher stop = STOP.matcher(window);
    String folded = TextFolding.fold(stop.find() ? window.substring(0, stop.start()) : window);
    int last = -1;
    BigDecimal amount = null;
    String unit = null;
    Matcher strength = STRENGTH.matcher(folded);
    if (strength.find()) {
      amount = number(strength.group("num"));
      unit = text.substring(mentionEnd + strength.start("unit"), mentionEnd + strength.end("unit"));
      last = Math.max(last, strength.end());
    }
    String route = null;
    String routeText = null;
    Optional<DrugRoutes.Found> foundRoute = DrugRoutes.find(folded);
    if (foundRoute.isPresent()) {
      DrugRoutes.Found r = foundRoute.get();
      route = r.route();
      routeText = text.substring(mentionEnd + r.start(), mentionEnd + r.end());
      last = Math.max(last, r.end());
    }
    String form = null;
    Optional<DrugForms.Found> foundForm = DrugForms.find(folded);
    if (foundForm.isPresent()) {
      form = foundForm.get().form();
      last = Math.max(last, foundForm.get().end());
    }
    Integer days = null;
    Matcher d = DAYS.matcher(folded);
    if (d.find()) {
      int n = Integer.parseInt(d.group("n"));
      days = d.group("u").startsWith("semana") ? n * 7 : n;
      if (days < 1) {
        days = null;
      } else {
        last = Math.max(last, d.end());
      }
    }
    if (last < 0) {
      return Optional.empty();
    }
    String sig = text.substring(mentionStart, mentionEnd + last);
    return Optional.of(new DrugDose(amount, unit, form, route, routeText, days, sig));
  }

  /**
   * {@code mentions} (in text order) with each drug mention's dose, read up to the next mention.
   */
  public List<Mention> withDoses(String text, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention mention = mentions.get(i);
      if (mention.label() == EntityLabel.DRUG && mention.dose() == null) {
        int limit = text.length();
        for (int j = i + 1; j < mentions.size(); j++) {
          if (mentions.get(j).start() >= mention.end()) {
            limit = Math.min(limit, mentions.get(j).start());
          }
        }
        mention =
            extract(text, mention.start(), mention.end(), limit)
                .map(mention::withDose)
                .orElse(mention);
      }
      out.add(mention);
    }
    return out;
  }

  private static BigDecimal number(String written) {
    String s = THOUSANDS.matcher(written).matches() ? written.replace(".", "") : written;
    return new BigDecimal(s.replace(',', '.'));
  }
}
