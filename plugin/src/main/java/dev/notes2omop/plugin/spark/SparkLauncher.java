package dev.notes2omop.plugin.spark;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts {@code dev.notes2omop.spark.SparkEtlMain} of {@code notes2omop-spark.jar} in a child JVM
 * (its output and errors copied to the caller's output), with Spark's jars from the {@code
 * spark-lib} folder beside the jar and the JVM options Spark 4 needs on Java 17. The password goes
 * through the child's environment, never its command line.
 */
public final class SparkLauncher {

  /** The jar's file name. */
  public static final String JAR = "notes2omop-spark.jar";

  /** Spark's own jars, beside the jar. */
  public static final String LIB = "spark-lib";

  /** What Spark 4 opens on Java 17 (its JavaModuleOptions). */
  static final List<String> JVM_OPTIONS =
      List.of(
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/java.net=ALL-UNNAMED",
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--add-opens=java.base/java.util=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
          "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
          "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
          "-Djdk.reflect.useDirectMethodHandle=false",
          "-Dio.netty.tryReflectionSetAccessible=true");

  private final Path jar;
  private final String heap;

  /**
   * @param jar notes2omop-spark.jar, with {@value #LIB} beside it
   * @param heap the child's maximum heap, e.g. {@code 3g}
   */
  public SparkLauncher(Path jar, String heap) {
    this.jar = jar;
    this.heap = heap;
  }

  /**
   * Finds the jar: {@code given} when set, else beside the CLI's jar, else in {@code spark/target}
   * of the source tree the CLI runs from.
   *
   * @throws IllegalArgumentException saying where it looked
   */
  public static Path locateJar(Path given) {
    List<Path> candidates = new ArrayList<>();
    if (given != null) {
      candidates.add(given);
    } else {
      for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
        Path dir = Path.of(entry).toAbsolutePath().getParent();
        if (dir != null) {
          candidates.add(dir.resolve(JAR));
          if (dir.getParent() != null) {
            candidates.add(dir.getParent().getParent().resolve("spark/target/" + JAR));
          }
        }
      }
      candidates.add(Path.of("spark", "target", JAR));
    }
    for (Path candidate : candidates) {
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException(
        JAR
            + " not found (looked at "
            + candidates
            + "): build it with ./mvnw -pl spark -am package, or give --spark-jar");
  }

  /**
   * Runs the job and waits for it.
   *
   * @param args the job's arguments, without the database's
   * @return the child's exit code
   */
  public int run(String jdbcUrl, String user, String password, List<String> args, PrintWriter out)
      throws IOException, InterruptedException {
    Path lib = jar.toAbsolutePath().getParent().resolve(LIB);
    if (!Files.isDirectory(lib)) {
      throw new IllegalArgumentException(
          LIB + " (Spark's jars) is missing beside " + jar + ": build the spark module again");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.addAll(JVM_OPTIONS);
    command.add("-cp");
    command.add(jar.toAbsolutePath() + File.pathSeparator + lib + File.separator + "*");
    command.add("dev.notes2omop.spark.SparkEtlMain");
    command.add("--db-url");
    command.add(jdbcUrl);
    if (user != null) {
      command.add("--db-user");
      command.add(user);
    }
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    if (password != null) {
      env.put("NOTES2OMOP_DB_PASSWORD", password);
    } else {
      env.remove("NOTES2OMOP_DB_PASSWORD");
    }
    env.putIfAbsent("DJL_OFFLINE", "true");
    env.putIfAbsent("OPT_OUT_TRACKING", "true");
    Process process = builder.start();
    try (BufferedReader output =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        out.println(line);
        out.flush();
      }
      return process.waitFor();
    } catch (InterruptedException e) {
      process.destroy();
      throw e;
    }
  }
}
