package dev.notes2omop.vocab.generate;

import java.util.List;

/**
 * Where each generated concept sits: concept {@code i} (0-based) belongs to one {@link Segment} at
 * a local index, and has the id {@code FIRST_ID + i}. Metadata concepts (vocabularies, domains,
 * classes, relationships) take ids from {@link #METADATA_ID} below that.
 */
final class Layout {

  /** The first id of the generated range, far above the ids of real Athena concepts. */
  static final int METADATA_ID = 1_500_000_000;

  /** The id of the first clinical concept; ids below it are metadata concepts. */
  static final int FIRST_ID = METADATA_ID + 1_000;

  private final List<Segment> segments;
  private final int[] start;
  private final int[] size;
  private final int total;

  Layout(long targetConcepts) {
    this.segments = Segment.ALL;
    double shares = segments.stream().mapToDouble(Segment::share).sum();
    start = new int[segments.size()];
    size = new int[segments.size()];
    long next = 0;
    for (int s = 0; s < segments.size(); s++) {
      start[s] = (int) next;
      size[s] = (int) Math.max(2, Math.round(targetConcepts * segments.get(s).share() / shares));
      next += size[s];
    }
    if (next > Integer.MAX_VALUE - FIRST_ID) {
      throw new IllegalArgumentException("too many concepts for integer ids: " + next);
    }
    total = (int) next;
  }

  int total() {
    return total;
  }

  List<Segment> segments() {
    return segments;
  }

  /** The segment of concept {@code i}. */
  int segmentOf(int i) {
    int lo = 0;
    int hi = start.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (start[mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  int start(int segment) {
    return start[segment];
  }

  int size(int segment) {
    return size[segment];
  }

  int segmentIndex(String key) {
    for (int s = 0; s < segments.size(); s++) {
      if (segments.get(s).key().equals(key)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no segment " + key);
  }

  static int id(int i) {
    return FIRST_ID + i;
  }
}
