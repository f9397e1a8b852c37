package dev.notes2omop.plugin.etl;

/** Told of an ETL run's progress; called from the reading thread. */
@FunctionalInterface
public interface EtlProgress {

  /** Nothing to tell. */
  EtlProgress NONE = (file, fileIndex, files, resources, notesDone) -> {};

  /**
   * @param file the file being read
   * @param fileIndex its position, from 1
   * @param files how many files there are
   * @param resources resources read so far
   * @param notesDone notes finished so far
   */
  void update(String file, int fileIndex, int files, long resources, long notesDone);
}
