package dev.notes2omop.vocab.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Finds the vocabulary files of a load in its directories. */
final class VocabularyFiles {

  private VocabularyFiles() {}

  /**
   * The vocabulary files of each table, in load order of the tables and directory order of the
   * files; other {@code .csv} files are reported as warnings.
   */
  static Map<VocabularyTable, List<Path>> find(List<Path> directories, ProblemLog problems) {
    Map<VocabularyTable, List<Path>> files = new EnumMap<>(VocabularyTable.class);
    for (Path directory : directories) {
      if (!Files.isDirectory(directory)) {
        throw new VocabularyLoadException(
            directory + " is not a directory: give the folder of the unzipped Athena download");
      }
      List<Path> listed;
      try (Stream<Path> stream = Files.list(directory)) {
        listed = stream.filter(Files::isRegularFile).sorted().toList();
      } catch (IOException e) {
        throw new VocabularyLoadException(directory + " cannot be listed: " + e, e);
      }
      for (Path file : listed) {
        String name = file.getFileName().toString();
        var table = VocabularyTable.forFileName(name);
        if (table.isPresent()) {
          files.computeIfAbsent(table.get(), t -> new ArrayList<>()).add(file);
        } else if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
          problems.warning(file + ": not a vocabulary table, not loaded");
        }
      }
    }
    if (files.isEmpty()) {
      throw new VocabularyLoadException(
          "no vocabulary files (CONCEPT.csv, VOCABULARY.csv, ...) in " + directories);
    }
    return files;
  }
}
