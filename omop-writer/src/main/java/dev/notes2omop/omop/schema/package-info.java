/**
 * The database schema: {@link dev.notes2omop.omop.schema.SchemaMigrator} runs the Liquibase
 * changelogs under {@code db/changelog/} that create the OMOP CDM v5.4 tables (generated from the
 * OHDSI field-level CSV by {@code CdmChangelogGenerator} in the test sources) and notes2omop's own
 * tables, in the schemas {@link dev.notes2omop.omop.schema.SchemaNames} names.
 */
package dev.notes2omop.omop.schema;
