package dev.notes2omop.fhir.bulk;

import dev.notes2omop.core.pipeline.SkipReason;
import dev.notes2omop.fhir.FhirItem;
import dev.notes2omop.fhir.FhirResourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Bulk files as a pull stream of {@link RawLine}s, then parsed one by one: what {@link
 * BulkFileReader} does in one go, split in two so that a distributed run can read files in one task
 * and parse their lines in others. Same lines, numbers, limits and skip reports as {@link
 * BulkFileReader}.
 */
public final class BulkLines {

  private static final int BUFFER = 64 * 1024;

  private final FhirResourceReader reader;

  public BulkLines(FhirResourceReader reader) {
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /**
   * The resources of one file, read lazily from {@code in} (gunzipped when the name ends in {@code
   * .gz} or the stream starts with the gzip magic); blank lines are left out. The caller closes
   * {@code in}.
   *
   * @param name the file's name, as reported; a {@code .json} name holds one resource
   */
  public Iterator<RawLine> lines(String name, InputStream in) throws IOException {
    Path namePath = Path.of(name.substring(name.lastIndexOf('/') + 1));
    InputStream data = BulkInput.decompressed(in, BulkInput.isGzipName(namePath), BUFFER);
    long maxBytes = reader.limits().maxResourceBytes();
    LineSplitter splitter = new LineSplitter(data, maxBytes);
    if (BulkInput.isSingleResource(namePath)) {
      return whole(name, splitter, maxBytes);
    }
    return new Iterator<>() {
      private RawLine next = advance();

      private RawLine advance() {
        try {
          for (LineSplitter.Line line = splitter.next(); line != null; line = splitter.next()) {
            if (line.tooLong()) {
              return new RawLine(name, line.number(), null, line.droppedBytes());
            }
            if (!line.text().isBlank()) {
              return new RawLine(name, line.number(), line.text(), 0);
            }
          }
          return null;
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public RawLine next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        RawLine current = next;
        next = advance();
        return current;
      }
    };
  }

  /** The items of one line, located by its file and line, as {@link BulkFileReader} gives them. */
  public List<LocatedItem> parse(RawLine line) {
    List<LocatedItem> items = new ArrayList<>();
    if (line.tooLong()) {
      items.add(
          new LocatedItem(
              line.file(),
              line.number(),
              FhirItem.SkippedItem.of(
                  SkipReason.TOO_LARGE,
                  null,
                  "resource has more than "
                      + Math.min(line.droppedBytes(), reader.limits().maxResourceBytes())
                      + " bytes, the limit (ReaderLimits.maxResourceBytes)")));
      return items;
    }
    for (FhirItem item : reader.read(line.text())) {
      items.add(new LocatedItem(line.file(), line.number(), item));
    }
    return items;
  }

  private static Iterator<RawLine> whole(String name, LineSplitter lines, long maxBytes)
      throws IOException {
    StringBuilder text = new StringBuilder();
    long bytes = 0;
    for (LineSplitter.Line line = lines.next(); line != null; line = lines.next()) {
      bytes += line.tooLong() ? line.droppedBytes() : line.text().length();
      if (line.tooLong() || bytes > maxBytes) {
        return List.of(new RawLine(name, 1, null, bytes)).iterator();
      }
      text.append(line.text()).append('\n');
    }
    if (text.toString().isBlank()) {
      return List.<RawLine>of().iterator();
    }
    return List.of(new RawLine(name, 1, text.toString(), 0)).iterator();
  }
}
