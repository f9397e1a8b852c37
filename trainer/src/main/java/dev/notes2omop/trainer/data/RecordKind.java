package dev.notes2omop.trainer.data;

/** What a record is for: it names entities, or it has none, or it has look-alikes of entities. */
public enum RecordKind {
  POSITIVE("positive"),
  NEGATIVE("negative"),
  HARD_NEGATIVE("hard-negative");

  private final String json;

  RecordKind(String json) {
    this.json = json;
  }

  /** The value in JSON: {@code positive}, {@code negative}, {@code hard-negative}. */
  public String json() {
    return json;
  }

  /** The kind written as {@code json} in a record. */
  public static RecordKind fromJson(String json) {
    for (RecordKind kind : values()) {
      if (kind.json.equals(json)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown record kind '" + json + "': use positive, negative or hard-negative");
  }
}
