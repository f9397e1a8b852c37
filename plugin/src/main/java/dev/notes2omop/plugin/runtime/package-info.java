/**
 * Runtime wiring: opening the database (embedded or configured) with its schema migrated, building
 * the pipeline from the loaded vocabulary, and reading bundled resources.
 */
package dev.notes2omop.plugin.runtime;
