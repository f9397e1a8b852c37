/**
 * The shared language of notes2omop: what a note, a mention and a concept match are, and the small
 * interface of each pipeline stage. No Spring, no DJL, no JDBC live here.
 */
package dev.notes2omop.core;
