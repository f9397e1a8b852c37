package dev.notes2omop.fhir;

import dev.notes2omop.core.note.Gender;
import dev.notes2omop.core.note.PersonRecord;
import java.util.Locale;
import org.hl7.fhir.r4.model.Patient;

/** One R4 {@code Patient} to a person: gender and a possibly partial birth date. */
final class PatientMapper {

  private PatientMapper() {}

  /**
   * Maps {@code patient}.
   *
   * @param resourceId its relative id, {@code Patient/<id>}
   */
  static PersonRecord map(Patient patient, String resourceId) {
    String genderCode = patient.getGenderElement().getValueAsString();
    FhirDates.PartialDate birth =
        FhirDates.partialDate(patient.getBirthDateElement().getValueAsString());
    return new PersonRecord(
        resourceId,
        gender(genderCode),
        birth == null ? null : birth.year(),
        birth == null ? null : birth.month(),
        birth == null ? null : birth.day(),
        genderCode);
  }

  private static Gender gender(String code) {
    if (code == null) {
      return Gender.UNKNOWN;
    }
    return switch (code.toLowerCase(Locale.ROOT)) {
      case "male" -> Gender.MALE;
      case "female" -> Gender.FEMALE;
      case "other" -> Gender.OTHER;
      default -> Gender.UNKNOWN;
    };
  }
}
