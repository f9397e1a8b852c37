package dev.notes2omop.omop.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on a data directory by a process that died without stopping it
 * (killed JVM): it would keep the next start from running. Recognised by its {@code postmaster.pid}
 * naming a live {@code postgres} process on this directory while no process holds the embedded
 * server's lock file; stopped with SIGTERM (PostgreSQL's smart shutdown).
 */
final class OrphanedServer {

  private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  private OrphanedServer() {}

  /** Stops an orphaned server on {@code directory}, if there is one. */
  static void stopIfAny(Path directory) {
    Path pidFile = directory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    Optional<ProcessHandle> postmaster = postmaster(pidFile, directory);
    if (postmaster.isEmpty()) {
      return;
    }
    if (!lockIsFree(directory.resolve("epg-lock"))) {
      throw new IllegalStateException(
          "the embedded PostgreSQL data directory "
              + directory
              + " is in use by another running notes2omop process (server pid "
              + postmaster.get().pid()
              + "): stop it first or use another directory");
    }
    long pid = postmaster.get().pid();
    log.warn(
        "Stopping PostgreSQL (pid {}) left running on {} by a process that died", pid, directory);
    postmaster.get().destroy();
    try {
      postmaster.get().onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "PostgreSQL (pid "
              + pid
              + ") left running on "
              + directory
              + " did not stop within "
              + STOP_WAIT.toSeconds()
              + " s: stop it by hand (kill -INT "
              + pid
              + ")",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping PostgreSQL pid " + pid, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot wait for PostgreSQL pid " + pid, e);
    }
  }

  /** The live postgres process named by {@code postmaster.pid} that serves {@code directory}. */
  private static Optional<ProcessHandle> postmaster(Path pidFile, Path directory) {
    List<String> lines;
    try {
      lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pidFile, e);
    }
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(process -> servesDirectory(process, directory));
  }

  private static boolean servesDirectory(ProcessHandle process, Path directory) {
    Optional<String> command = process.info().command();
    Optional<String[]> arguments = process.info().arguments();
    if (command.isEmpty() || arguments.isEmpty() || !command.get().endsWith("/postgres")) {
      return false;
    }
    String[] args = arguments.get();
    for (int i = 0; i + 1 < args.length; i++) {
      if ("-D".equals(args[i])
          && Path.of(args[i + 1]).toAbsolutePath().normalize().equals(directory)) {
        return true;
      }
    }
    return false;
  }

  /** Whether no process (this one included) holds the embedded server's lock file. */
  private static boolean lockIsFree(Path lockFile) {
    if (!Files.exists(lockFile)) {
      return true;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return false;
      }
      lock.release();
      return true;
    } catch (OverlappingFileLockException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check the lock file " + lockFile, e);
    }
  }
}
