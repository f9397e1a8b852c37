package dev.notes2omop.core.note;

import java.util.Objects;

/**
 * A person as the source describes it.
 *
 * @param sourceValue the source reference, e.g. {@code Patient/7}; becomes {@code
 *     person_source_value}
 * @param gender the administrative gender
 * @param yearOfBirth year of birth, or {@code null} when unknown
 * @param monthOfBirth month of birth (1-12), or {@code null}
 * @param dayOfBirth day of month of birth, or {@code null}
 * @param genderSourceValue the gender as written in the source, or {@code null}
 */
public record PersonRecord(
    String sourceValue,
    Gender gender,
    Integer yearOfBirth,
    Integer monthOfBirth,
    Integer dayOfBirth,
    String genderSourceValue) {

  public PersonRecord {
    Objects.requireNonNull(sourceValue, "sourceValue");
    Objects.requireNonNull(gender, "gender");
  }
}
