package dev.notes2omop.fhir.bulk;

import dev.notes2omop.core.pipeline.SkipReason;
import dev.notes2omop.fhir.FhirItem;
import dev.notes2omop.fhir.FhirItem.SkippedItem;
import dev.notes2omop.fhir.FhirResourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the resources of one bulk file to a consumer: an NDJSON file (one resource per line,
 * blank lines ignored) or a {@code .json} file of one resource, usually a Bundle. Gzip is detected
 * by the {@code .gz} suffix or by its magic bytes. At most one line is held in memory, and never
 * more than {@code ReaderLimits.maxResourceBytes} of it. A bad line gives a {@link SkippedItem}
 * located by file and line, and reading goes on.
 *
 * <p>Thread-safe: files may be read in parallel through one instance.
 */
public final class BulkFileReader {

  private static final Logger log = LoggerFactory.getLogger(BulkFileReader.class);
  private static final int BUFFER = 64 * 1024;

  private final FhirResourceReader reader;

  public BulkFileReader(FhirResourceReader reader) {
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /**
   * Reads {@code file}, passing every item to {@code consumer} in file order.
   *
   * @throws IOException when the file cannot be read, or its gzip stream is corrupt or truncated
   *     (items before that point have been passed on)
   */
  public void read(Path file, Consumer<LocatedItem> consumer) throws IOException {
    Objects.requireNonNull(consumer, "consumer");
    String name = file.toString();
    long maxBytes = reader.limits().maxResourceBytes();
    Counter counter = new Counter(consumer);
    try (InputStream in = open(file)) {
      LineSplitter lines = new LineSplitter(in, maxBytes);
      if (BulkInput.isSingleResource(file)) {
        readWhole(lines, name, counter);
      } else {
        for (LineSplitter.Line line = lines.next(); line != null; line = lines.next()) {
          readLine(line, name, counter);
        }
      }
    }
    log.info(
        "{}: {} resources read, {} items, {} skipped",
        name,
        counter.resources,
        counter.items,
        counter.skipped);
  }

  private void readLine(LineSplitter.Line line, String name, Counter out) {
    if (line.tooLong()) {
      out.resources++;
      out.accept(new LocatedItem(name, line.number(), tooLarge(line.droppedBytes())));
      return;
    }
    if (line.text().isBlank()) {
      return;
    }
    out.resources++;
    for (FhirItem item : reader.read(line.text())) {
      out.accept(new LocatedItem(name, line.number(), item));
    }
  }

  /** A {@code .json} file: all of it is one resource, reported at line 1. */
  private void readWhole(LineSplitter lines, String name, Counter out) throws IOException {
    long maxBytes = reader.limits().maxResourceBytes();
    StringBuilder text = new StringBuilder();
    long bytes = 0;
    for (LineSplitter.Line line = lines.next(); line != null; line = lines.next()) {
      bytes += line.tooLong() ? line.droppedBytes() : line.text().length();
      if (line.tooLong() || bytes > maxBytes) {
        out.resources++;
        out.accept(new LocatedItem(name, 1, tooLarge(bytes)));
        return;
      }
      text.append(line.text()).append('\n');
    }
    if (text.toString().isBlank()) {
      return;
    }
    out.resources++;
    for (FhirItem item : reader.read(text.toString())) {
      out.accept(new LocatedItem(name, 1, item));
    }
  }

  private SkippedItem tooLarge(long bytes) {
    return SkippedItem.of(
        SkipReason.TOO_LARGE,
        null,
        "resource has more than "
            + Math.min(bytes, reader.limits().maxResourceBytes())
            + " bytes, the limit (ReaderLimits.maxResourceBytes)");
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      return BulkInput.decompressed(in, BulkInput.isGzipName(file), BUFFER);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Passes items on and counts them for the summary line. */
  private static final class Counter {
    private final Consumer<LocatedItem> consumer;
    private long resources;
    private long items;
    private long skipped;

    Counter(Consumer<LocatedItem> consumer) {
      this.consumer = consumer;
    }

    void accept(LocatedItem item) {
      items++;
      if (item.item() instanceof SkippedItem) {
        skipped++;
      }
      consumer.accept(item);
    }
  }
}
