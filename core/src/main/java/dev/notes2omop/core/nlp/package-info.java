/**
 * What the tagger produces: mentions with their label, assertion and measurement value, the tagger
 * interface, dictionary terms and the text folding shared by dictionary lookups.
 */
package dev.notes2omop.core.nlp;
