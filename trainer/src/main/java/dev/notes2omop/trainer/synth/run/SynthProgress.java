package dev.notes2omop.trainer.synth.run;

/** Told what {@link SynthRunner} is doing, e.g. to show progress on a terminal. */
@FunctionalInterface
public interface SynthProgress {

  /** Does nothing. */
  SynthProgress NONE = (round, generated, accepted, kept, wanted) -> {};

  /**
   * A round of generation, validation and splitting is done.
   *
   * @param round the round, from 1
   * @param generated records generated so far
   * @param accepted records the validators accepted so far
   * @param kept records the splits hold so far, before trimming to {@code wanted}
   * @param wanted records wanted
   */
  void round(int round, long generated, long accepted, long kept, long wanted);
}
