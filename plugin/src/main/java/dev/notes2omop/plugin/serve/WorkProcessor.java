package dev.notes2omop.plugin.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.core.pipeline.NoteOutcome;
import dev.notes2omop.fhir.FhirItem;
import dev.notes2omop.fhir.client.FhirClient;
import dev.notes2omop.omop.queue.NewWorkItem;
import dev.notes2omop.omop.queue.WorkItem;
import dev.notes2omop.omop.queue.WorkKind;
import dev.notes2omop.omop.queue.WorkQueue;
import dev.notes2omop.plugin.runtime.ParkedRetry;
import dev.notes2omop.plugin.runtime.Pipeline;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does what one work item asks, through the pipeline: the same stages as the bulk ETL (person
 * upsert, note processing with parking, removal of entered-in-error and deleted notes). Throws when
 * the item should be tried again.
 */
final class WorkProcessor {

  private static final Logger log = LoggerFactory.getLogger(WorkProcessor.class);
  private static final int PARKED_BATCH = 500;
  private static final List<String> POLLED_TYPES = List.of("Patient", "DocumentReference");

  /** How an item ended. */
  sealed interface Result {
    /** Done. */
    record Done() implements Result {}

    /** The note waits for its person. */
    record Parked(String reason) implements Result {}

    /** Can never be done; the reason says why. */
    record Dead(String reason) implements Result {}

    /**
     * The tagger failed on the note (a fault of the process, not of the note): nothing was written;
     * tried again later, never dead for it.
     */
    record TaggerFailed(String reason) implements Result {}
  }

  private final Pipeline pipeline;
  private final WorkQueue queue;
  private final FhirClient source;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param source the notifying server, for fetches and pings; null when none is configured
   */
  WorkProcessor(Pipeline pipeline, WorkQueue queue, FhirClient source) {
    this.pipeline = pipeline;
    this.queue = queue;
    this.source = source;
  }

  Result process(WorkItem item) {
    return switch (item.kind()) {
      case UPSERT_NOTE, UPSERT_PATIENT -> apply(pipeline.reader().read(item.payload()));
      case DELETE_NOTE -> {
        boolean had = pipeline.sink().remove(item.resourceId());
        log.info("{}: deleted, rows removed ({})", item.resourceId(), had);
        yield new Result.Done();
      }
      case FETCH -> fetch(item);
      case POLL -> poll();
    };
  }

  private Result fetch(WorkItem item) {
    if (source == null) {
      return new Result.Dead(
          "an id-only notification names "
              + item.resourceId()
              + " but no FHIR server to fetch it from is configured (--fhir-base-url)");
    }
    Optional<String> resource = source.read(item.resourceId());
    if (resource.isEmpty()) {
      if (item.resourceId().startsWith("DocumentReference/")) {
        pipeline.sink().remove(item.resourceId());
      }
      log.info("{}: gone from the server, its rows were removed", item.resourceId());
      return new Result.Done();
    }
    return apply(pipeline.reader().read(resource.get()));
  }

  /** Queues what changed on the source since the last ping; the items are processed after. */
  private Result poll() {
    if (source == null) {
      return new Result.Dead(
          "a payload-less ping arrived but no FHIR server to search is configured"
              + " (--fhir-base-url)");
    }
    for (String type : POLLED_TYPES) {
      String key = source.baseUrl() + "|" + type;
      Instant since = queue.pollWatermark(key);
      Instant latest = since;
      List<NewWorkItem> items = new ArrayList<>();
      for (String resource : source.updatedSince(type, since)) {
        JsonNode node;
        try {
          node = json.readTree(resource);
        } catch (IOException e) {
          continue;
        }
        String id = node.path("id").asText(null);
        if (id == null) {
          continue;
        }
        JsonNode meta = node.path("meta");
        String version = meta.path("versionId").asText(null);
        WorkKind kind = type.equals("Patient") ? WorkKind.UPSERT_PATIENT : WorkKind.UPSERT_NOTE;
        items.add(new NewWorkItem(kind, type + "/" + id, version, resource, DeliveryIntake.PING));
        String updated = meta.path("lastUpdated").asText(null);
        if (updated != null) {
          Instant at = OffsetDateTime.parse(updated).toInstant();
          latest = latest == null || at.isAfter(latest) ? at : latest;
        }
      }
      int added = queue.enqueue(items);
      if (latest != null) {
        queue.advancePollWatermark(key, latest);
      }
      log.info("ping: {} {} changed, {} new", items.size(), type, added);
    }
    return new Result.Done();
  }

  private Result apply(List<FhirItem> items) {
    Result result = new Result.Done();
    for (FhirItem item : items) {
      if (item instanceof FhirItem.PersonItem person) {
        if (person.person().yearOfBirth() == null) {
          return new Result.Dead(person.resourceId() + " has no birthDate");
        }
        pipeline.persons().upsert(person.person());
        retryParked();
      } else if (item instanceof FhirItem.NoteItem note) {
        NoteOutcome outcome = pipeline.processor().process(note.note());
        if (outcome instanceof NoteOutcome.Parked parked) {
          result = new Result.Parked(parked.subjectReference() + " does not exist yet");
        } else if (outcome instanceof NoteOutcome.Failed failed) {
          return new Result.TaggerFailed(failed.reason());
        }
      } else if (item instanceof FhirItem.RemovalItem removal) {
        pipeline.sink().remove(removal.resourceId());
        log.info("{}: {}, rows removed", removal.resourceId(), removal.reason().description());
      } else if (item instanceof FhirItem.SkippedItem skipped) {
        return new Result.Dead(skipped.skipped().detail());
      }
    }
    return result;
  }

  /** Writes the parked notes whose person now exists and marks their items done. */
  private void retryParked() {
    ParkedRetry.run(
        pipeline.parked(),
        PARKED_BATCH,
        batch -> {
          List<String> written = new ArrayList<>();
          for (ClinicalNote note : batch) {
            NoteOutcome outcome = pipeline.processor().process(note);
            if (outcome instanceof NoteOutcome.Processed
                || outcome instanceof NoteOutcome.Unchanged
                || outcome instanceof NoteOutcome.Removed) {
              written.add(note.resourceId());
            }
          }
          queue.unparked(written);
          log.info("{} parked notes written after their person arrived", written.size());
        });
  }
}
