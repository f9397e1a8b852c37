package dev.notes2omop.vocab.webapi;

import java.time.LocalDate;

/**
 * A concept as WebAPI returns it ({@code CONCEPT_ID}, {@code CONCEPT_NAME}, ...).
 *
 * @param conceptId {@code CONCEPT_ID}
 * @param name {@code CONCEPT_NAME}
 * @param domainId {@code DOMAIN_ID}
 * @param vocabularyId {@code VOCABULARY_ID}
 * @param conceptClassId {@code CONCEPT_CLASS_ID}
 * @param standard whether {@code STANDARD_CONCEPT} is {@code "S"} (classification concepts, "C",
 *     are not standard)
 * @param conceptCode {@code CONCEPT_CODE}
 * @param invalidReason {@code INVALID_REASON} ({@code "D"}, {@code "U"}), {@code null} when valid
 *     (WebAPI's {@code "V"} is read as {@code null})
 * @param validStartDate {@code VALID_START_DATE}, {@code null} when absent or unreadable
 * @param validEndDate {@code VALID_END_DATE}, {@code null} when absent or unreadable
 */
public record WebApiConcept(
    long conceptId,
    String name,
    String domainId,
    String vocabularyId,
    String conceptClassId,
    boolean standard,
    String conceptCode,
    String invalidReason,
    LocalDate validStartDate,
    LocalDate validEndDate) {

  /** Whether the concept is valid: no {@code INVALID_REASON}. */
  public boolean valid() {
    return invalidReason == null;
  }
}
