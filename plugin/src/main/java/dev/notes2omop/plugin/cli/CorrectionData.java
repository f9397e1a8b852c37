package dev.notes2omop.plugin.cli;

import dev.notes2omop.trainer.data.RecordCodec;
import dev.notes2omop.trainer.train.TrainDataException;
import dev.notes2omop.trainer.train.TrainingData;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code train --corrections}: a copy of the data set whose training split also holds the stewards'
 * correction records (checked line by line first); test and validation stay as they are, so the
 * scores remain comparable.
 */
final class CorrectionData {

  /** The directory inside {@code --out} the merged data set is written to. */
  static final String DIRECTORY = "data-with-corrections";

  private CorrectionData() {}

  /**
   * Writes the merged data set into {@code target}.
   *
   * @return the number of correction records added
   * @throws TrainDataException naming FILE:LINE of a line that is not a record
   */
  static int merge(Path data, List<Path> corrections, Path target) throws IOException {
    Files.createDirectories(target);
    for (String name : List.of(TrainingData.TEST, TrainingData.VALIDATION)) {
      Files.copy(data.resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
    int added = 0;
    try (BufferedWriter out =
        Files.newBufferedWriter(target.resolve(TrainingData.TRAIN), StandardCharsets.UTF_8)) {
      for (String line : Files.readAllLines(data.resolve(TrainingData.TRAIN))) {
        if (!line.isBlank()) {
          out.write(line);
          out.newLine();
        }
      }
      for (Path file : corrections) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          String line;
          int number = 0;
          while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
              continue;
            }
            try {
              RecordCodec.fromJson(line);
            } catch (RuntimeException e) {
              throw new TrainDataException(
                  file + ":" + number + ": not a training record: " + e.getMessage());
            }
            out.write(line);
            out.newLine();
            added++;
          }
        }
      }
    }
    return added;
  }
}
