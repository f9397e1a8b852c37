package dev.notes2omop.omop.queue;

/**
 * A claimed work item.
 *
 * @param id {@code work_item.item_id}
 * @param kind what to do
 * @param resourceId the resource, or null for a ping
 * @param versionId the version when known
 * @param payload the resource JSON, or null
 * @param source who delivered it
 * @param attempts how many times it has been claimed, this claim included
 */
public record WorkItem(
    long id,
    WorkKind kind,
    String resourceId,
    String versionId,
    String payload,
    String source,
    int attempts) {}
