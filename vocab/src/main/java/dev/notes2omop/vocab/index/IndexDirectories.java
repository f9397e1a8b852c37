package dev.notes2omop.vocab.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The file moves that keep an index directory whole: a build goes into a temporary sibling ({@code
 * NAME.building-UUID}) that is renamed into place; the old index is first renamed aside ({@code
 * NAME.old-UUID}) and then deleted. A crash leaves either the old index, no index (rebuilt on the
 * next open) or a stale sibling (deleted on the next build), never a half-written index under
 * {@code NAME}. One process builds a given directory at a time.
 */
final class IndexDirectories {

  private IndexDirectories() {}

  static Path temporarySibling(Path directory, String kind) {
    return directory.resolveSibling(directory.getFileName() + "." + kind + "-" + UUID.randomUUID());
  }

  /** Deletes {@code NAME.building-*} and {@code NAME.old-*} left by an interrupted build. */
  static void deleteStaleSiblings(Path directory) throws IOException {
    Path parent = directory.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return;
    }
    String name = directory.getFileName().toString();
    try (DirectoryStream<Path> siblings =
        Files.newDirectoryStream(parent, name + ".{building,old}-*")) {
      for (Path sibling : siblings) {
        deleteRecursively(sibling);
      }
    }
  }

  /** Puts {@code built} in the place of {@code directory}, atomically for readers of that path. */
  static void replace(Path built, Path directory) throws IOException {
    Path old = null;
    if (Files.exists(directory)) {
      old = temporarySibling(directory, "old");
      move(directory, old);
    }
    move(built, directory);
    if (old != null) {
      deleteRecursively(old);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(
          "cannot rename "
              + from
              + " to "
              + to
              + " atomically: keep the index directory on a local file system",
          e);
    }
  }

  static long size(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).mapToLong(IndexDirectories::sizeOf).sum();
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
