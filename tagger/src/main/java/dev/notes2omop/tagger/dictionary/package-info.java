/**
 * The dictionary tagger: {@link dev.notes2omop.tagger.dictionary.DictionaryTagger} finds the
 * surface forms of a term list in a note (leftmost-longest, on token boundaries, accent and case
 * folded except for abbreviations), then applies the Spanish assertion rules and attaches
 * measurement values. It is the rule-based baseline of the tagger and a feature source for the
 * model.
 */
package dev.notes2omop.tagger.dictionary;
