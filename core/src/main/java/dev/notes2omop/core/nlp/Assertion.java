package dev.notes2omop.core.nlp;

import java.util.Objects;

/**
 * What the note says about a mention: whether it is negated, how certain, about whom, and when.
 *
 * @param negated the note says the finding is absent ("niega dolor")
 * @param certainty how certain the note is
 * @param subject whom the mention is about
 * @param historical the mention is part of the past history ("antecedentes de ...")
 * @param hypothetical the mention is conditional or planned ("si presenta fiebre ...")
 */
public record Assertion(
    boolean negated,
    Certainty certainty,
    Subject subject,
    boolean historical,
    boolean hypothetical) {

  /** An affirmed, certain, current mention about the patient. */
  public static final Assertion AFFIRMED =
      new Assertion(false, Certainty.CERTAIN, Subject.PATIENT, false, false);

  public Assertion {
    Objects.requireNonNull(certainty, "certainty");
    Objects.requireNonNull(subject, "subject");
  }

  /** How certain the note is of a mention. */
  public enum Certainty {
    CERTAIN,
    POSSIBLE
  }

  /** Whom a mention is about. */
  public enum Subject {
    PATIENT,
    FAMILY
  }

  /**
   * Whether the term exists for the patient (OMOP {@code term_exists = 'Y'}): asserted, certain,
   * about the patient and not hypothetical. Only such mentions become derived clinical rows.
   */
  public boolean termExists() {
    return !negated
        && certainty == Certainty.CERTAIN
        && subject == Subject.PATIENT
        && !hypothetical;
  }

  /** OMOP {@code term_temporal}: {@code past} for history, otherwise {@code null}. */
  public String termTemporal() {
    return historical ? "past" : null;
  }

  /** OMOP {@code term_modifiers}: every attribute as {@code key=value}, comma separated. */
  public String termModifiers() {
    return "negated="
        + negated
        + ",certainty="
        + certainty.name().toLowerCase(java.util.Locale.ROOT)
        + ",subject="
        + subject.name().toLowerCase(java.util.Locale.ROOT)
        + ",temporal="
        + (historical ? "past" : "current")
        + ",hypothetical="
        + hypothetical;
  }

  public Assertion withNegated(boolean value) {
    return new Assertion(value, certainty, subject, historical, hypothetical);
  }

  public Assertion withCertainty(Certainty value) {
    return new Assertion(negated, value, subject, historical, hypothetical);
  }

  public Assertion withSubject(Subject value) {
    return new Assertion(negated, certainty, value, historical, hypothetical);
  }

  public Assertion withHistorical(boolean value) {
    return new Assertion(negated, certainty, subject, value, hypothetical);
  }

  public Assertion withHypothetical(boolean value) {
    return new Assertion(negated, certainty, subject, historical, value);
  }
}
