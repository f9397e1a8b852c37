package dev.notes2omop.trainer.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.tagger.neural.ModelPackage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The output directory of {@code train}: written whole or not at all. A package is built in a
 * hidden sibling directory and moved into place; a {@value #DATA} directory in the target (the data
 * set {@code train} generates when given no {@code --data}) is carried over into the new package.
 */
final class PackageFiles {

  /** The manifest whose presence marks a model package. */
  static final String MANIFEST = "model.json";

  /** The sub-directory that {@code train} writes a generated data set into. */
  static final String DATA = "data";

  private PackageFiles() {}

  /** A new hidden sibling of {@code target} to build a package in. */
  static Path temporary(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
  }

  /**
   * Refuses a target that is a file, or a directory that is neither empty, nor a model package, nor
   * holding only a {@value #DATA} directory.
   *
   * @throws IllegalStateException naming the directory and what to do
   */
  static void checkReplaceable(Path target) throws IOException {
    if (!Files.exists(target)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new IllegalStateException("--out " + target + " is a file, not a directory");
    }
    if (!Files.isRegularFile(target.resolve(MANIFEST)) && !onlyData(target)) {
      throw new IllegalStateException(
          "--out "
              + target
              + " is not empty and holds no model package (no "
              + MANIFEST
              + "); choose another directory");
    }
  }

  /** Moves {@code temp} to {@code target}, replacing an empty directory or an older package. */
  static void replace(Path temp, Path target) throws IOException {
    checkReplaceable(target);
    Path old = null;
    if (Files.exists(target)) {
      Path data = target.resolve(DATA);
      if (Files.isDirectory(data) && !Files.exists(temp.resolve(DATA))) {
        move(data, temp.resolve(DATA));
      }
      old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
      move(target, old);
    }
    try {
      move(temp, target);
    } catch (IOException e) {
      if (old != null) {
        move(old, target);
        if (Files.isDirectory(temp.resolve(DATA))) {
          move(temp.resolve(DATA), target.resolve(DATA));
        }
      }
      throw e;
    }
    if (old != null) {
      deleteTree(old);
    }
  }

  /** Adds the validation figures to the metrics of a saved {@code model.json}. */
  static ModelPackage.Manifest withValidation(
      Path manifestFile, ValidationScores scores, ObjectMapper json) throws IOException {
    ModelPackage.Manifest m = json.readValue(manifestFile.toFile(), ModelPackage.Manifest.class);
    Map<String, Double> metrics = new LinkedHashMap<>(m.metrics());
    metrics.putAll(scores.metrics());
    ModelPackage.Manifest updated =
        new ModelPackage.Manifest(
            m.format(),
            m.id(),
            m.architecture(),
            m.engine(),
            m.hyperParameters(),
            m.tags(),
            m.files(),
            m.seed(),
            m.trainingDataHash(),
            m.codeVersion(),
            m.parameterCount(),
            metrics);
    json.writeValue(manifestFile.toFile(), updated);
    return updated;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  private static boolean onlyData(Path dir) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        if (!entry.getFileName().toString().equals(DATA) || !Files.isDirectory(entry)) {
          return false;
        }
      }
    }
    return true;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
