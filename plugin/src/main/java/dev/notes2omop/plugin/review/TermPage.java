package dev.notes2omop.plugin.review;

import java.time.Instant;
import java.util.List;

/**
 * One page of the term list.
 *
 * @param rows the terms, most frequent first
 * @param page the page number, from 0
 * @param hasNext whether another page follows
 * @param summarisedAt when the term summary was last rebuilt, or null when never
 */
public record TermPage(List<TermRow> rows, int page, boolean hasNext, Instant summarisedAt) {

  /** Terms per page. */
  public static final int SIZE = 50;
}
