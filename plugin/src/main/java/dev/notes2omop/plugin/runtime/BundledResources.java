package dev.notes2omop.plugin.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies a folder of classpath resources to disk. A folder lists its files in {@code index.txt}
 * (one relative path per line), since a folder inside a jar cannot be listed portably.
 */
public final class BundledResources {

  private BundledResources() {}

  /** The relative paths listed in {@code folder/index.txt}. */
  public static List<String> list(String folder) throws IOException {
    List<String> files = new ArrayList<>();
    try (InputStream in = open(folder + "/index.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          files.add(line.strip());
        }
      }
    }
    return files;
  }

  /**
   * Copies every file of {@code folder} into {@code target}, keeping relative paths.
   *
   * @return {@code target}
   */
  public static Path extract(String folder, Path target) throws IOException {
    for (String file : list(folder)) {
      Path destination = target.resolve(file).normalize();
      if (!destination.startsWith(target)) {
        throw new IOException("index of " + folder + " names a path outside it: " + file);
      }
      Files.createDirectories(destination.getParent());
      try (InputStream in = open(folder + "/" + file)) {
        Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return target;
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = BundledResources.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("bundled resource " + resource + " is missing from the build");
    }
    return in;
  }
}
