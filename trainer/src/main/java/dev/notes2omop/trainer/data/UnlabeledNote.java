package dev.notes2omop.trainer.data;

import java.util.Objects;

/**
 * A note without annotations, to learn from: a site's own notes, or the bundled case reports.
 *
 * @param id the note's id (stable: it names the silver record made from it)
 * @param text the note's text
 */
public record UnlabeledNote(String id, String text) {

  public UnlabeledNote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
