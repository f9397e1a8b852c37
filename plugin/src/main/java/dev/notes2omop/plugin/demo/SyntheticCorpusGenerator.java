package dev.notes2omop.plugin.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a synthetic FHIR R4 Bulk Data file for the ETL benchmark: {@code patients} {@code Patient}
 * resources and {@code notes} {@code DocumentReference}s of about 1,500 characters of Spanish
 * clinical text each (base64 {@code text/plain; charset=utf-8}), one resource per line, Patients
 * and notes interleaved at random so that some notes come before their Patient.
 *
 * <p>The output depends on the arguments only: the same seed gives a byte-identical file, gzip
 * included. Every note and every Patient draws from its own random stream (derived from the seed
 * and its number), so the text of note {@code n} does not depend on the order of the lines. Memory
 * use does not grow with the number of notes.
 */
public final class SyntheticCorpusGenerator {

  static final String PATIENT_PREFIX = "syn-p";
  static final String NOTE_PREFIX = "syn-n";
  static final String ENCOUNTER_PREFIX = "syn-e";

  private static final long ORDER_STREAM = 0x4f52444552L;
  private static final long PATIENT_STREAM = 0x50415449454eL;
  private static final long NOTE_STREAM = 0x4e4f5445L;
  private static final LocalDate FIRST_BIRTH = LocalDate.of(1927, 1, 1);
  private static final int BIRTH_DAYS = 28_000;
  private static final LocalDate FIRST_NOTE_DAY = LocalDate.of(2022, 1, 1);
  private static final int NOTE_DAYS = 3 * 365;
  private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
  private static final SyntheticNoteKind[] KIND_WEIGHTS = {
    SyntheticNoteKind.PROGRESS,
    SyntheticNoteKind.PROGRESS,
    SyntheticNoteKind.PROGRESS,
    SyntheticNoteKind.DISCHARGE,
    SyntheticNoteKind.DISCHARGE,
    SyntheticNoteKind.CONSULT,
    SyntheticNoteKind.CONSULT,
    SyntheticNoteKind.EMERGENCY,
    SyntheticNoteKind.EMERGENCY,
    SyntheticNoteKind.HISTORY_AND_PHYSICAL,
    SyntheticNoteKind.LAB_REPORT
  };

  /**
   * Writes the corpus to {@code out}, gzip-compressed when its name ends in {@code .gz}.
   *
   * @param notes the number of DocumentReferences, at least 0
   * @param patients the number of Patients, at least 1 when there are notes
   * @param seed the seed: the same seed writes the same bytes
   */
  public void write(Path out, int notes, int patients, long seed) throws IOException {
    if (notes < 0 || patients < 0) {
      throw new IllegalArgumentException(
          "notes (" + notes + ") and patients (" + patients + ") must not be negative");
    }
    if (notes > 0 && patients == 0) {
      throw new IllegalArgumentException(
          "patients is 0 but notes is " + notes + ": give at least one patient for the notes");
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer writer = openWriter(out)) {
      writeLines(writer, notes, patients, seed);
    }
  }

  private static Writer openWriter(Path out) throws IOException {
    OutputStream stream = Files.newOutputStream(out);
    try {
      if (out.getFileName().toString().endsWith(".gz")) {
        stream = new GZIPOutputStream(stream, 1 << 16);
      }
    } catch (IOException | RuntimeException e) {
      stream.close();
      throw e;
    }
    return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
  }

  private static void writeLines(Writer writer, int notes, int patients, long seed)
      throws IOException {
    Random order = new Random(streamSeed(seed, ORDER_STREAM, 0));
    long patientsLeft = patients;
    long notesLeft = notes;
    int nextPatient = 0;
    int nextNote = 0;
    StringBuilder line = new StringBuilder(4096);
    while (patientsLeft + notesLeft > 0) {
      line.setLength(0);
      boolean patientNext = order.nextDouble() * (patientsLeft + notesLeft) < patientsLeft;
      if (patientNext) {
        appendPatient(line, nextPatient++, seed);
        patientsLeft--;
      } else {
        appendNote(line, nextNote++, patients, seed);
        notesLeft--;
      }
      writer.append(line).append('\n');
    }
  }

  private static void appendPatient(StringBuilder line, int index, long seed) {
    Random random = patientRandom(seed, index);
    boolean female = random.nextBoolean();
    LocalDate birthDate = FIRST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS));
    line.append("{\"resourceType\":\"Patient\",\"id\":\"").append(PATIENT_PREFIX).append(index);
    line.append("\",\"gender\":\"").append(female ? "female" : "male");
    line.append("\",\"birthDate\":\"").append(birthDate).append("\"}");
  }

  private static void appendNote(StringBuilder line, int index, int patients, long seed) {
    Random random = new Random(streamSeed(seed, NOTE_STREAM, index));
    int patient = random.nextInt(patients);
    Random patientRandom = patientRandom(seed, patient);
    boolean female = patientRandom.nextBoolean();
    LocalDate birthDate = FIRST_BIRTH.plusDays(patientRandom.nextInt(BIRTH_DAYS));
    LocalDateTime when =
        FIRST_NOTE_DAY
            .plusDays(random.nextInt(NOTE_DAYS))
            .atTime(7 + random.nextInt(15), random.nextInt(60));
    SyntheticNoteKind kind = KIND_WEIGHTS[random.nextInt(KIND_WEIGHTS.length)];
    int age = Period.between(birthDate, when.toLocalDate()).getYears();
    String text = ClinicalNoteComposer.compose(random, kind, female, age);

    line.append("{\"resourceType\":\"DocumentReference\",\"id\":\"").append(NOTE_PREFIX);
    line.append(index).append("\",\"status\":\"current\",\"docStatus\":\"final\",");
    line.append("\"type\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":");
    JsonStrings.appendQuoted(line, kind.loincCode()).append(",\"display\":");
    JsonStrings.appendQuoted(line, kind.loincDisplay()).append("}],\"text\":");
    JsonStrings.appendQuoted(line, kind.title()).append("},");
    line.append("\"subject\":{\"reference\":\"Patient/").append(PATIENT_PREFIX).append(patient);
    line.append("\"},\"date\":\"").append(INSTANT.format(when.atZone(ZONE))).append("\",");
    line.append("\"description\":");
    JsonStrings.appendQuoted(line, kind.title()).append(',');
    line.append("\"content\":[{\"attachment\":{\"contentType\":\"text/plain; charset=utf-8\",");
    line.append("\"language\":\"es\",\"data\":\"");
    line.append(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    line.append("\"}}]");
    if (kind.hasEncounter()) {
      line.append(",\"context\":{\"encounter\":[{\"reference\":\"Encounter/");
      line.append(ENCOUNTER_PREFIX).append(index).append("\"}]}");
    }
    line.append('}');
  }

  private static Random patientRandom(long seed, int index) {
    return new Random(streamSeed(seed, PATIENT_STREAM, index));
  }

  /** A seed for item {@code index} of one stream, well mixed so that neighbours are unrelated. */
  static long streamSeed(long seed, long stream, long index) {
    return mix(mix(seed ^ mix(stream)) + index);
  }

  /** The SplitMix64 finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /**
   * Runs the generator: {@code --notes N --patients P --seed S --out FILE}.
   *
   * @param args the options; {@code --help} prints them
   */
  public static void main(String[] args) throws IOException {
    GeneratorOptions options;
    try {
      options = GeneratorOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(GeneratorOptions.USAGE);
      System.exit(2);
      return;
    }
    if (options == null) {
      System.out.println(GeneratorOptions.USAGE);
      return;
    }
    new SyntheticCorpusGenerator()
        .write(options.out(), options.notes(), options.patients(), options.seed());
    System.out.printf(
        "Wrote %,d notes and %,d patients (seed %d) to %s%n",
        options.notes(), options.patients(), options.seed(), options.out());
  }
}
