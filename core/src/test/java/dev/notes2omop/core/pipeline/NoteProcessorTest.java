package dev.notes2omop.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.core.mapping.MappedMention;
import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.core.nlp.NoteTagger;
import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.core.note.NoteStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoteProcessorTest {

  private final RecordingSink sink = new RecordingSink();
  private final NoteTagger tagger =
      new NoteTagger() {
        @Override
        public List<Mention> tag(String text) {
          int at = text.indexOf("fiebre");
          if (at < 0) {
            return List.of();
          }
          return List.of(
              new Mention(
                  at, at + 6, "fiebre", EntityLabel.CONDITION, Assertion.AFFIRMED, null, 0));
        }

        @Override
        public String id() {
          return "test-1";
        }
      };
  private final NoteProcessor processor =
      new NoteProcessor(
          tagger,
          mention ->
              new MappedMention(
                  mention,
                  new ConceptMatch(
                      437663, "Fever", "Condition", "SNOMED", "386661006", 0, 1.0, MatchType.EXACT),
                  0,
                  0),
          sink,
          Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC),
          "0.1.0");

  @Test
  void tagsMapsAndWritesANote() {
    NoteOutcome outcome = processor.process(note("Paciente con fiebre.", NoteStatus.CURRENT));

    assertThat(outcome).isInstanceOf(NoteOutcome.Processed.class);
    assertThat(sink.written).hasSize(1);
    AnnotatedNote written = sink.written.get(0);
    assertThat(written.nlpSystem()).isEqualTo("notes2omop 0.1.0 model test-1");
    assertThat(written.mentions())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.mention().start()).isEqualTo(13);
              assertThat(m.concept().conceptId()).isEqualTo(437663);
            });
    assertThat(written.processedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
  }

  @Test
  void removesRowsOfAnEnteredInErrorNoteWithoutTagging() {
    NoteOutcome outcome = processor.process(note("fiebre", NoteStatus.ENTERED_IN_ERROR));

    assertThat(outcome).isEqualTo(new NoteOutcome.Removed("DocumentReference/1", true));
    assertThat(sink.removed).containsExactly("DocumentReference/1");
    assertThat(sink.written).isEmpty();
  }

  @Test
  void skipsANoteTheSinkAlreadyHas() {
    sink.upToDate = true;

    NoteOutcome outcome = processor.process(note("fiebre", NoteStatus.CURRENT));

    assertThat(outcome).isEqualTo(new NoteOutcome.Unchanged("DocumentReference/1/_history/2"));
    assertThat(sink.written).isEmpty();
  }

  @Test
  void reportsAParkedNote() {
    sink.park = true;

    NoteOutcome outcome = processor.process(note("fiebre", NoteStatus.CURRENT));

    assertThat(outcome)
        .isEqualTo(new NoteOutcome.Parked("DocumentReference/1/_history/2", "Patient/9"));
  }

  @Test
  void parksANoteWhosePersonIsMissingWithoutTaggingIt() {
    sink.personMissing = true;
    NoteProcessor failingTagger =
        new NoteProcessor(
            new NoteTagger() {
              @Override
              public List<Mention> tag(String text) {
                throw new AssertionError("a parked note must not be tagged");
              }

              @Override
              public String id() {
                return "never";
              }
            },
            mention -> {
              throw new AssertionError("a parked note must not be mapped");
            },
            sink,
            Clock.systemUTC(),
            "0.1.0");

    NoteOutcome outcome = failingTagger.process(note("fiebre", NoteStatus.CURRENT));

    assertThat(outcome)
        .isEqualTo(new NoteOutcome.Parked("DocumentReference/1/_history/2", "Patient/9"));
    assertThat(sink.parkedBeforeTagging).containsExactly("DocumentReference/1/_history/2");
    assertThat(sink.written).isEmpty();
  }

  @Test
  void processesABatchWithTheSameOutcomesAsOneByOne() {
    ClinicalNote fever = note("DocumentReference/1", "Paciente con fiebre.", NoteStatus.CURRENT);
    ClinicalNote retracted = note("DocumentReference/2", "fiebre", NoteStatus.ENTERED_IN_ERROR);
    ClinicalNote none = note("DocumentReference/3", "Sin hallazgos.", NoteStatus.CURRENT);

    List<NoteOutcome> outcomes = processor.processAll(List.of(fever, retracted, none));

    assertThat(outcomes).hasSize(3);
    assertThat(outcomes.get(0))
        .isInstanceOfSatisfying(
            NoteOutcome.Processed.class, p -> assertThat(p.mentions()).isEqualTo(1));
    assertThat(outcomes.get(1)).isEqualTo(new NoteOutcome.Removed("DocumentReference/2", true));
    assertThat(outcomes.get(2))
        .isInstanceOfSatisfying(
            NoteOutcome.Processed.class, p -> assertThat(p.mentions()).isZero());
    assertThat(sink.written)
        .extracting(a -> a.note().resourceId())
        .containsExactly("DocumentReference/1", "DocumentReference/3");
    assertThat(sink.batches).containsExactly(2);
    assertThat(sink.removed).containsExactly("DocumentReference/2");
  }

  @Test
  void screensOutUpToDateAndParkedNotesOfABatchBeforeTagging() {
    sink.upToDate = true;

    List<Screened> screened = processor.screen(List.of(note("fiebre", NoteStatus.CURRENT)));

    assertThat(screened)
        .singleElement()
        .isEqualTo(
            new Screened.Done(
                note("fiebre", NoteStatus.CURRENT),
                new NoteOutcome.Unchanged("DocumentReference/1/_history/2")));
  }

  private static ClinicalNote note(String text, NoteStatus status) {
    return note("DocumentReference/1", text, status);
  }

  private static ClinicalNote note(String resourceId, String text, NoteStatus status) {
    return new ClinicalNote(
        resourceId,
        "2",
        "Patient/9",
        null,
        LocalDate.of(2026, 1, 1),
        null,
        "11506-3",
        null,
        text,
        status);
  }

  private static final class RecordingSink implements OmopSink {
    final List<AnnotatedNote> written = new ArrayList<>();
    final List<String> removed = new ArrayList<>();
    final List<String> parkedBeforeTagging = new ArrayList<>();
    final List<Integer> batches = new ArrayList<>();
    boolean upToDate;
    boolean park;
    boolean personMissing;

    @Override
    public boolean parkIfPersonMissing(ClinicalNote note, Instant at) {
      if (personMissing) {
        parkedBeforeTagging.add(note.sourceValue());
      }
      return personMissing;
    }

    @Override
    public boolean isUpToDate(ClinicalNote note, String nlpSystem) {
      return upToDate;
    }

    @Override
    public WriteResult write(AnnotatedNote note) {
      if (park) {
        return new WriteResult.Parked(note.note().subjectReference());
      }
      written.add(note);
      return new WriteResult.Written(1, Map.of("note", 1), false);
    }

    @Override
    public List<WriteResult> writeAll(List<AnnotatedNote> notes) {
      batches.add(notes.size());
      return OmopSink.super.writeAll(notes);
    }

    @Override
    public boolean remove(String resourceId) {
      removed.add(resourceId);
      return true;
    }
  }
}
