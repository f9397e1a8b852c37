package dev.notes2omop.trainer.synth.grammar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.SplittableRandom;

/** Writes numbers, dates, ages, measurement values and unit variants. */
final class Numbers {

  private Numbers() {}

  /** The text of a number slot. */
  static String write(Part.Number number, SplittableRandom rng, TextStyle style) {
    return switch (number.kind()) {
      case "year" -> Integer.toString(1985 + rng.nextInt(39));
      case "date" -> date(rng);
      case "shortdate" -> (1 + rng.nextInt(28)) + "/" + (1 + rng.nextInt(12));
      case "age" -> Integer.toString(18 + rng.nextInt(80));
      case "hour" -> String.format(Locale.ROOT, "%02d:%02d", 7 + rng.nextInt(16), rng.nextInt(60));
      case "id" -> Integer.toString(100_000 + rng.nextInt(9_900_000));
      case "n" -> Integer.toString(number.min() + rng.nextInt(number.max() - number.min() + 1));
      case "dec" -> {
        double v = number.min() + rng.nextDouble() * (number.max() - number.min());
        yield decimalMark(format(v, 1), style);
      }
      default -> throw new IllegalArgumentException("unknown number slot {#" + number.kind() + "}");
    };
  }

  private static String date(SplittableRandom rng) {
    int day = 1 + rng.nextInt(28);
    int month = 1 + rng.nextInt(12);
    int year = 2015 + rng.nextInt(10);
    return switch (rng.nextInt(4)) {
      case 0 -> String.format(Locale.ROOT, "%02d/%02d/%d", day, month, year);
      case 1 -> day + "/" + month + "/" + (year % 100);
      case 2 -> String.format(Locale.ROOT, "%02d-%02d-%d", day, month, year);
      default -> day + "/" + month + "/" + year;
    };
  }

  /** A value of a measurement profile, in the passage's decimal style. */
  static String value(TermPool.Profile profile, SplittableRandom rng, TextStyle style) {
    if (profile.decimals() < 0) {
      int systolic = 90 + rng.nextInt(91);
      int diastolic = 45 + rng.nextInt(Math.min(60, systolic - 40));
      return systolic + "/" + diastolic;
    }
    double v = profile.min() + rng.nextDouble() * (profile.max() - profile.min());
    return decimalMark(format(v, profile.decimals()), style);
  }

  private static String format(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  /** {@code text} with a decimal comma between digits when the style asks for one. */
  static String decimalMark(String text, TextStyle style) {
    if (!style.decimalComma() || text.indexOf('.') < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = 1; i + 1 < chars.length; i++) {
      if (chars[i] == '.' && Character.isDigit(chars[i - 1]) && Character.isDigit(chars[i + 1])) {
        chars[i] = ',';
      }
    }
    return new String(chars);
  }

  /** A unit as written, now and then with another casing ("mg/dl", "mg/dL", "MG/DL"). */
  static String unitVariant(String unit, SplittableRandom rng) {
    double r = rng.nextDouble();
    if (r < 0.3 && unit.endsWith("/dl")) {
      return unit.substring(0, unit.length() - 2) + "dL";
    }
    if (r < 0.3 && unit.endsWith("/l")) {
      return unit.substring(0, unit.length() - 1) + "L";
    }
    if (r > 0.97
        && unit.length() <= 6
        && unit.equals(unit.toLowerCase(Locale.ROOT))
        && unit.indexOf('µ') < 0) {
      return unit.toUpperCase(Locale.ROOT);
    }
    return unit;
  }
}
