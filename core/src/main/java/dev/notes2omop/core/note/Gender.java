package dev.notes2omop.core.note;

/** Administrative gender as the source states it; mapped to a Gender concept when written. */
public enum Gender {
  MALE,
  FEMALE,
  OTHER,
  UNKNOWN
}
