package dev.notes2omop.omop.db;

import java.nio.file.Path;

/**
 * Starts an embedded server on {@code args[0]} and dies without stopping it, as a killed process
 * would: used by {@link EmbeddedDatabaseTest} in a child JVM.
 */
public final class OrphanMaker {

  private OrphanMaker() {}

  public static void main(String[] args) {
    EmbeddedDatabase.start(Path.of(args[0]), 0, false);
    Runtime.getRuntime().halt(0);
  }
}
