package dev.notes2omop.vocab.index;

import java.nio.file.Path;

/**
 * What an opened concept index holds and how it came to be.
 *
 * @param directory where it lives
 * @param documents its documents (one per text and concept)
 * @param sizeBytes its size on disk
 * @param rebuilt whether this open built it (false: reused, its fingerprint matched)
 * @param buildMillis how long the build took, or 0 when reused
 * @param rowsRead database rows the build read, or 0 when reused
 * @param lexiconUnresolved lexicon entries whose code named no indexed concept (0 when reused)
 * @param extraUnresolved extra terms whose concept is not indexed (0 when reused)
 * @param updatedInPlace whether this open replaced the extra terms (steward overrides) of an
 *     existing index in place instead of rebuilding it (only they had changed); {@code buildMillis}
 *     is then the update's time
 */
public record IndexStats(
    Path directory,
    long documents,
    long sizeBytes,
    boolean rebuilt,
    long buildMillis,
    long rowsRead,
    int lexiconUnresolved,
    int extraUnresolved,
    boolean updatedInPlace) {}
