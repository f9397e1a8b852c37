package dev.notes2omop.spark.partition;

import dev.notes2omop.tagger.neural.ModelPackage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The model that ships with notes2omop, copied into this jar by the build (the CLI's {@code
 * model/default} folder, listed by its {@code index.txt}): extracted to a temporary directory,
 * loaded whole into memory, and the copy deleted.
 */
final class ShippedModel {

  static final String FOLDER = "model/default";

  private ShippedModel() {}

  static ModelPackage load() throws IOException {
    Path dir = Files.createTempDirectory("notes2omop-model-");
    try {
      try (InputStream index = open(FOLDER + "/index.txt");
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          String file = line.strip();
          if (file.isEmpty() || file.startsWith("#")) {
            continue;
          }
          Path target = dir.resolve(file).normalize();
          if (!target.startsWith(dir)) {
            throw new IOException("the shipped model's index names a path outside it: " + file);
          }
          Files.createDirectories(target.getParent());
          try (InputStream in = open(FOLDER + "/" + file)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      return ModelPackage.load(dir);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = ShippedModel.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("the shipped model (" + resource + ") is missing from this jar");
    }
    return in;
  }
}
