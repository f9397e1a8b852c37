/** Summaries of what is in the CDM database and of ETL runs, printed by the CLI. */
package dev.notes2omop.plugin.report;
