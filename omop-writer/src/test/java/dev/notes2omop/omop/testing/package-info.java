/**
 * Test support shared with other modules through the test-jar: {@link
 * dev.notes2omop.omop.testing.TestDatabase} gives each test a fresh, real PostgreSQL database.
 */
package dev.notes2omop.omop.testing;
