package dev.notes2omop.trainer.train;

import dev.notes2omop.trainer.data.RecordCodec;
import dev.notes2omop.trainer.data.SynthRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The three splits of a data set written by {@code notes2omop synth}.
 *
 * @param train records to fit the weights on
 * @param test records for early stopping
 * @param validation records for the final scores only
 */
public record TrainingData(
    List<SynthRecord> train, List<SynthRecord> test, List<SynthRecord> validation) {

  public static final String TRAIN = "train.jsonl";
  public static final String TEST = "test.jsonl";
  public static final String VALIDATION = "validation.jsonl";

  public TrainingData {
    train = List.copyOf(train);
    test = List.copyOf(test);
    validation = List.copyOf(validation);
  }

  /**
   * Reads {@code train.jsonl}, {@code test.jsonl} and {@code validation.jsonl} from {@code dir}.
   *
   * @throws TrainDataException when the directory or a file is missing, a line is not a record
   *     (named as FILE:LINE), or the training split is empty
   * @throws IOException when a file cannot be read
   */
  public static TrainingData read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new TrainDataException("data directory " + dir + " does not exist");
    }
    for (String name : List.of(TRAIN, TEST, VALIDATION)) {
      if (!Files.isRegularFile(dir.resolve(name))) {
        throw new TrainDataException(
            "data directory " + dir + " has no " + name + " (write one with notes2omop synth)");
      }
    }
    TrainingData data =
        new TrainingData(
            records(dir.resolve(TRAIN)),
            records(dir.resolve(TEST)),
            records(dir.resolve(VALIDATION)));
    if (data.train().isEmpty()) {
      throw new TrainDataException(dir.resolve(TRAIN) + " has no records");
    }
    return data;
  }

  /** The records of a JSON-lines file; blank lines are skipped. */
  static List<SynthRecord> records(Path file) throws IOException {
    List<SynthRecord> records = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          records.add(RecordCodec.fromJson(line));
        } catch (RuntimeException e) {
          throw new TrainDataException(file + ":" + number + ": " + e.getMessage(), e);
        }
      }
    }
    return records;
  }
}
