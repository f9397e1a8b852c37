package dev.notes2omop.plugin.review;

/**
 * A concept as the page shows it.
 *
 * @param id the concept id, 0 for none
 * @param name its name, or null
 * @param domain its domain, or null
 * @param vocabulary its vocabulary, or null
 * @param code its code, or null
 */
public record ConceptView(int id, String name, String domain, String vocabulary, String code) {

  static final ConceptView NONE = new ConceptView(0, null, null, null, null);

  public boolean mapped() {
    return id != 0;
  }
}
