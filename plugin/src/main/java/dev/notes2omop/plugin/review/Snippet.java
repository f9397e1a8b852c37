package dev.notes2omop.plugin.review;

/**
 * A mention in its context, split so the page can highlight it (each part is escaped when shown).
 *
 * @param noteNlpId the NOTE_NLP row
 * @param noteId its note
 * @param start the mention's start offset in the note text
 * @param end its end offset
 * @param before the text before it in the window
 * @param mention the mention's text
 * @param after the text after it in the window
 * @param assertion what the note says about it, for people ({@code affirmed}, {@code negated}, ...)
 */
public record Snippet(
    long noteNlpId,
    long noteId,
    int start,
    int end,
    String before,
    String mention,
    String after,
    String assertion) {

  /** The characters shown on each side of a mention. */
  static final int CONTEXT = 110;

  /** Cuts the window around {@code start..end} out of {@code text}, at spaces where it can. */
  static Snippet of(
      long noteNlpId, long noteId, String text, int start, int end, String termModifiers) {
    int from = Math.max(0, start - CONTEXT);
    int to = Math.min(text.length(), end + CONTEXT);
    if (from > 0) {
      int space = text.indexOf(' ', from);
      from = space >= 0 && space < start ? space + 1 : from;
    }
    if (to < text.length()) {
      int space = text.lastIndexOf(' ', to);
      to = space >= end ? space : to;
    }
    return new Snippet(
        noteNlpId,
        noteId,
        start,
        end,
        (from > 0 ? "…" : "") + text.substring(from, start),
        text.substring(start, end),
        text.substring(end, to) + (to < text.length() ? "…" : ""),
        assertionOf(termModifiers));
  }

  /** {@code negated=true,certainty=possible,...} as the words that apply, or "affirmed". */
  static String assertionOf(String termModifiers) {
    if (termModifiers == null) {
      return "affirmed";
    }
    StringBuilder out = new StringBuilder();
    for (String pair : termModifiers.split(",")) {
      String word =
          switch (pair.strip()) {
            case "negated=true" -> "negated";
            case "certainty=possible" -> "possible";
            case "subject=family" -> "family";
            case "temporal=past" -> "history";
            case "hypothetical=true" -> "hypothetical";
            default -> null;
          };
      if (word != null) {
        out.append(out.isEmpty() ? "" : ", ").append(word);
      }
    }
    return out.isEmpty() ? "affirmed" : out.toString();
  }
}
