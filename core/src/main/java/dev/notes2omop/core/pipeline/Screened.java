package dev.notes2omop.core.pipeline;

import dev.notes2omop.core.note.ClinicalNote;
import java.util.Objects;

/** A note after {@link NoteProcessor#screen}: finished already, or to be tagged and written. */
public sealed interface Screened {

  /** The note it is about. */
  ClinicalNote note();

  /** Nothing more to do: the note was up to date, parked or removed. */
  record Done(ClinicalNote note, NoteOutcome outcome) implements Screened {
    public Done {
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /** The note is to be tagged, mapped and written. */
  record Ready(ClinicalNote note) implements Screened {
    public Ready {
      Objects.requireNonNull(note, "note");
    }
  }
}
