/**
 * Getting a PostgreSQL connection: {@link dev.notes2omop.omop.db.EmbeddedDatabase} runs a real
 * PostgreSQL from the classpath for tests and the zero-setup run; {@link
 * dev.notes2omop.omop.db.DataSources} pools connections to a configured server.
 */
package dev.notes2omop.omop.db;
