/** Small pieces shared by the HTTP clients of the modules (LLM tutors, OHDSI WebAPI). */
package dev.notes2omop.core.http;
