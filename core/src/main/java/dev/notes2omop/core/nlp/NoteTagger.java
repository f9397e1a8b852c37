package dev.notes2omop.core.nlp;

import java.util.List;

/** Finds the mentions in a note's text. Implementations are thread-safe. */
public interface NoteTagger {

  /** The mentions in {@code text}, ordered by start offset, not overlapping. */
  List<Mention> tag(String text);

  /** A short id naming this tagger and its model, used in {@code NOTE_NLP.nlp_system}. */
  String id();
}
