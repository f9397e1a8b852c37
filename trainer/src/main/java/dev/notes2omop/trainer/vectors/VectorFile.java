package dev.notes2omop.trainer.vectors;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The binary word-vector file ({@code .n2ov}), big-endian throughout ({@link DataOutputStream}):
 *
 * <ol>
 *   <li>the magic {@code "N2OV"} and the format version (int, 1);
 *   <li>the settings: dimension, epochs, window, negatives, minCount, minN, maxN, buckets (ints),
 *       sampling, learningRate (doubles), seed (long), threads (int);
 *   <li>the tokens trained on (long) and the number of words (int), then per word its key (modified
 *       UTF-8, {@link DataOutputStream#writeUTF}) and count (long), most frequent first;
 *   <li>the input table: (words + buckets) rows of {@code dimension} floats, the words' rows first,
 *       in word order, then the n-gram buckets' rows (no bucket rows when n-grams are off).
 * </ol>
 *
 * <p>The output table of skip-gram is not kept: it is only needed to go on training. The file is
 * written to a temporary sibling and moved into place, so a reader never sees half a file.
 */
final class VectorFile {

  private static final int MAGIC = 0x4E324F56;
  private static final int VERSION = 1;
  private static final int CHUNK = 1 << 16;

  private VectorFile() {}

  static void write(
      Path file, VectorSettings s, long tokens, String[] words, long[] counts, float[] rows)
      throws IOException {
    Path absolute = file.toAbsolutePath();
    Path parent = absolute.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path temp = Files.createTempFile(parent, absolute.getFileName().toString(), ".part");
    try {
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), CHUNK))) {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        for (int v :
            new int[] {
              s.dimension(),
              s.epochs(),
              s.window(),
              s.negatives(),
              s.minCount(),
              s.minN(),
              s.maxN(),
              s.buckets()
            }) {
          out.writeInt(v);
        }
        out.writeDouble(s.sampling());
        out.writeDouble(s.learningRate());
        out.writeLong(s.seed());
        out.writeInt(s.threads());
        out.writeLong(tokens);
        out.writeInt(words.length);
        for (int w = 0; w < words.length; w++) {
          out.writeUTF(words[w]);
          out.writeLong(counts[w]);
        }
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK * Float.BYTES).order(ByteOrder.BIG_ENDIAN);
        for (int from = 0; from < rows.length; from += CHUNK) {
          int n = Math.min(CHUNK, rows.length - from);
          buffer.clear();
          buffer.asFloatBuffer().put(rows, from, n);
          out.write(buffer.array(), 0, n * Float.BYTES);
        }
      }
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  static WordVectors read(Path file) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), CHUNK))) {
      if (in.readInt() != MAGIC) {
        throw new IOException(file + " is not a word-vector file: it does not start with N2OV");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new IOException(
            file + " is a word-vector file of version " + version + ", this code reads " + VERSION);
      }
      VectorSettings settings;
      try {
        settings =
            new VectorSettings(
                in.readInt(),
                in.readInt(),
                in.readInt(),
                in.readInt(),
                in.readInt(),
                in.readInt(),
                in.readInt(),
                in.readInt(),
                in.readDouble(),
                in.readDouble(),
                in.readLong(),
                in.readInt());
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ": bad settings: " + e.getMessage(), e);
      }
      long tokens = in.readLong();
      int count = in.readInt();
      if (count < 0) {
        throw new IOException(file + ": negative word count " + count);
      }
      String[] words = new String[count];
      long[] counts = new long[count];
      for (int w = 0; w < count; w++) {
        words[w] = in.readUTF();
        counts[w] = in.readLong();
      }
      long rows = (long) count + (settings.ngrams() ? settings.buckets() : 0);
      long floats = rows * settings.dimension();
      if (floats > Integer.MAX_VALUE - 8) {
        throw new IOException(
            file + ": " + rows + " rows of " + settings.dimension() + " is too big");
      }
      float[] table = new float[(int) floats];
      byte[] bytes = new byte[CHUNK * Float.BYTES];
      for (int from = 0; from < table.length; from += CHUNK) {
        int n = Math.min(CHUNK, table.length - from);
        in.readFully(bytes, 0, n * Float.BYTES);
        ByteBuffer.wrap(bytes, 0, n * Float.BYTES)
            .order(ByteOrder.BIG_ENDIAN)
            .asFloatBuffer()
            .get(table, from, n);
      }
      if (in.read() != -1) {
        throw new IOException(file + ": bytes after the last vector: not a word-vector file");
      }
      try {
        return new WordVectors(settings, tokens, words, counts, table);
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ": " + e.getMessage(), e);
      }
    } catch (EOFException e) {
      throw new IOException(file + " ends too early: a truncated word-vector file", e);
    }
  }
}
