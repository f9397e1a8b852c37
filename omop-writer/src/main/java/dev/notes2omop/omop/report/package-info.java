/** Reports on what is in the database: row counts of the CDM tables notes2omop writes. */
package dev.notes2omop.omop.report;
