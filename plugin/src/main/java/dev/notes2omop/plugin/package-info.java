/** The deployable notes2omop: command line, runtime wiring, ETL runs and reports. */
package dev.notes2omop.plugin;
