/**
 * Tokenisation shared by the rule-based parts of the tagger: {@link
 * dev.notes2omop.tagger.text.Tokens} splits a note into word and punctuation tokens with character
 * offsets into the original text and folded (lower case, accent-free) keys for lookups.
 */
package dev.notes2omop.tagger.text;
