package dev.notes2omop.hapi;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import dev.notes2omop.omop.db.DataSources;
import dev.notes2omop.omop.queue.NewWorkItem;
import dev.notes2omop.omop.queue.QueueUnavailableException;
import dev.notes2omop.omop.queue.WorkKind;
import dev.notes2omop.omop.queue.WorkQueue;
import dev.notes2omop.omop.schema.SchemaNames;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores each DocumentReference and Patient change of a HAPI FHIR JPA server in the notes2omop work
 * queue, in the server's pre-commit ({@code STORAGE_PRECOMMIT_RESOURCE_*}, which fire only inside a
 * JPA server). When the queue cannot be written the hook throws, so the server's transaction rolls
 * back and the client sees an error: a change is never committed without its work item.
 *
 * <p>Configured by system properties or environment variables: {@code notes2omop.db.url} / {@code
 * NOTES2OMOP_DB_URL} (the notes2omop database, required), {@code notes2omop.db.user} / {@code
 * NOTES2OMOP_DB_USER}, {@code notes2omop.db.password} / {@code NOTES2OMOP_DB_PASSWORD}, {@code
 * notes2omop.own-schema} / {@code NOTES2OMOP_OWN_SCHEMA} (default {@code notes2omop}). The schema
 * must exist: run {@code notes2omop serve} (or any command) on that database once.
 */
@Interceptor
public final class Notes2OmopInterceptor {

  /** The {@code source} of the work items this interceptor stores. */
  public static final String SOURCE = "hapi-interceptor";

  private static final Logger log = LoggerFactory.getLogger(Notes2OmopInterceptor.class);

  private final WorkQueue queue;

  /** Configured from system properties or the environment (see the class comment). */
  public Notes2OmopInterceptor() {
    this(
        new WorkQueue(
            DataSources.fromUrl(
                required("notes2omop.db.url", "NOTES2OMOP_DB_URL"),
                setting("notes2omop.db.user", "NOTES2OMOP_DB_USER"),
                setting("notes2omop.db.password", "NOTES2OMOP_DB_PASSWORD")),
            new SchemaNames(
                "cdm",
                Objects.requireNonNullElse(
                    setting("notes2omop.own-schema", "NOTES2OMOP_OWN_SCHEMA"), "notes2omop"))));
  }

  /** Over a given queue. */
  public Notes2OmopInterceptor(WorkQueue queue) {
    this.queue = Objects.requireNonNull(queue, "queue");
  }

  @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
  public void created(IBaseResource resource) {
    upsert(resource);
  }

  @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
  public void updated(IBaseResource previous, IBaseResource current) {
    upsert(current);
  }

  @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_DELETED)
  public void deleted(IBaseResource resource) {
    IIdType id = resource.getIdElement();
    if ("DocumentReference".equals(type(resource)) && id.hasIdPart()) {
      store(
          new NewWorkItem(
              WorkKind.DELETE_NOTE, "DocumentReference/" + id.getIdPart(), null, null, SOURCE));
    }
  }

  private void upsert(IBaseResource resource) {
    String type = type(resource);
    WorkKind kind =
        switch (type) {
          case "DocumentReference" -> WorkKind.UPSERT_NOTE;
          case "Patient" -> WorkKind.UPSERT_PATIENT;
          default -> null;
        };
    IIdType id = resource.getIdElement();
    if (kind == null || !id.hasIdPart()) {
      return;
    }
    FhirContext context = FhirContext.forCached(resource.getStructureFhirVersionEnum());
    String json = context.newJsonParser().encodeResourceToString(resource);
    store(new NewWorkItem(kind, type + "/" + id.getIdPart(), id.getVersionIdPart(), json, SOURCE));
  }

  private void store(NewWorkItem item) {
    try {
      queue.enqueue(List.of(item));
      log.debug("queued {} {}", item.kind(), item.resourceId());
    } catch (QueueUnavailableException e) {
      log.error("cannot queue {} {}: {}", item.kind(), item.resourceId(), e.getMessage());
      throw new InternalErrorException(
          "notes2omop: cannot queue " + item.resourceId() + ": " + e.getMessage(), e);
    }
  }

  private static String type(IBaseResource resource) {
    return FhirContext.forCached(resource.getStructureFhirVersionEnum()).getResourceType(resource);
  }

  private static String required(String property, String variable) {
    String value = setting(property, variable);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "notes2omop interceptor: set the notes2omop database's JDBC URL in system property "
              + property
              + " or environment variable "
              + variable);
    }
    return value;
  }

  private static String setting(String property, String variable) {
    String value = System.getProperty(property);
    return value != null ? value : System.getenv(variable);
  }
}
