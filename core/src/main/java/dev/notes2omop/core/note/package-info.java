/** Clinical notes and persons as the pipeline sees them, independent of FHIR. */
package dev.notes2omop.core.note;
