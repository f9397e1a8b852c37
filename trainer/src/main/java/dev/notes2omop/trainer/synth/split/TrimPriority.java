package dev.notes2omop.trainer.synth.split;

import dev.notes2omop.trainer.data.SynthRecord;
import java.util.function.Predicate;

/**
 * Records kept first when a split is trimmed, up to a share of it: e.g. negatives up to 12%, so
 * that trimming does not lower a kind or label below its minimum when the split has enough.
 *
 * @param name what the records are, for messages
 * @param matches which records
 * @param share the share of the trimmed split they may take first
 */
public record TrimPriority(String name, Predicate<SynthRecord> matches, double share) {}
