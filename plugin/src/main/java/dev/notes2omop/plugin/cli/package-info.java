/** The {@code notes2omop} command line: {@code demo}, {@code etl}, {@code vocab load}. */
package dev.notes2omop.plugin.cli;
