// Generates NOTE_NLP rows for the review page's benchmark and measures the page over HTTP.
// Run by bench/review-page.sh with pgjdbc on the class path (single-file source launch):
//   java -cp postgresql.jar bench/ReviewBench.java generate JDBC_URL MENTIONS
//   java -cp postgresql.jar bench/ReviewBench.java measure JDBC_URL BASE_URL USER PASSWORD
// Never run by the tests.

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class ReviewBench {

  static final int MENTIONS_PER_NOTE = 50;
  static final int TERMS = 50_000;
  static final int BENCH_TERM_MENTIONS = 10_000;

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "generate" -> generate(args[1], Long.parseLong(args[2]));
      case "measure" -> measure(args[1], args[2], args[3], args[4]);
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  static int scalar(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  static void timed(Statement s, String what, String sql) throws Exception {
    long t = System.nanoTime();
    s.execute(sql);
    System.out.printf(Locale.ROOT, "  %-44s %8.1f s%n", what, (System.nanoTime() - t) / 1e9);
  }

  /** MENTIONS NOTE_NLP rows (+ nlp_mention), 50 per note, over 50,000 terms, Zipf-like. */
  static void generate(String url, long mentions) throws Exception {
    long notes = mentions / MENTIONS_PER_NOTE;
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement()) {
      int condition =
          scalar(s, "SELECT min(concept_id) FROM cdm.concept WHERE domain_id = 'Condition'"
              + " AND standard_concept = 'S'");
      int drug =
          scalar(s, "SELECT min(concept_id) FROM cdm.concept WHERE domain_id = 'Drug'"
              + " AND standard_concept = 'S'");
      System.out.printf("generating %,d NOTE_NLP rows in %,d notes (condition %d, drug %d)%n",
          mentions, notes, condition, drug);
      timed(s, "person", "INSERT INTO cdm.person (person_id, gender_concept_id, year_of_birth,"
          + " race_concept_id, ethnicity_concept_id, person_source_value) VALUES (900000001, 8532,"
          + " 1960, 0, 0, 'Patient/bench') ON CONFLICT DO NOTHING");
      timed(s, "note", "INSERT INTO cdm.note (note_id, person_id, note_date, note_type_concept_id,"
          + " note_class_concept_id, note_title, note_text, encoding_concept_id,"
          + " language_concept_id, note_source_value) SELECT 100000000 + g, 900000001,"
          + " date '2024-01-01' + (g % 365), 32817, 706391, 'bench', 'Paciente con termino de"
          + " prueba en la nota ' || g || '. Sin otros hallazgos relevantes.', 32678, 0,"
          + " 'DocumentReference/bench-' || g FROM generate_series(1, " + notes + ") g");
      // term k has frequency ~ 1/k^1.5 (rank from a cubic of a uniform draw)
      timed(s, "note_nlp (staging)", "CREATE UNLOGGED TABLE bench_mention AS SELECT"
          + " 100000000 + g AS id, 100000000 + 1 + (g - 1) / " + MENTIONS_PER_NOTE + " AS note_id,"
          + " least(" + (TERMS - 1) + ", floor(" + TERMS + " * power(random(), 3)))::int AS k,"
          + " random() AS r FROM generate_series(1, " + mentions + ") g");
      timed(s, "note_nlp", "INSERT INTO cdm.note_nlp (note_nlp_id, note_id, snippet, \"offset\","
          + " lexical_variant, note_nlp_concept_id, note_nlp_source_concept_id, nlp_system,"
          + " nlp_date, term_exists, term_modifiers) SELECT id, note_id, 'termino de prueba',"
          + " '14-31', 'Término ' || k, CASE WHEN k % 3 = 0 THEN 0 WHEN k % 4 = 1 THEN " + drug
          + " ELSE " + condition + " END, 0, 'bench', date '2024-06-01',"
          + " CASE WHEN r < 0.8 THEN 'Y' ELSE 'N' END, 'negated=false,certainty=certain,"
          + "subject=patient,temporal=current,hypothetical=false' FROM bench_mention");
      timed(s, "nlp_mention", "INSERT INTO notes2omop.nlp_mention (note_nlp_id, note_id,"
          + " folded_key, label, match_type, match_score) SELECT id, note_id, 'termino ' || k,"
          + " CASE WHEN k % 4 = 1 THEN 'DRUG' ELSE 'CONDITION' END,"
          + " CASE WHEN k % 3 = 0 THEN 'NONE' WHEN k % 5 = 0 THEN 'LEXICON' ELSE 'FUZZY' END,"
          + " CASE WHEN k % 3 = 0 THEN 0 ELSE 0.6 + 0.4 * r END FROM bench_mention");
      // one term with exactly 10,000 mentions, all with a CONDITION_OCCURRENCE row
      long first = 100000000L + mentions + 1;
      timed(s, "bench term: note_nlp", "INSERT INTO cdm.note_nlp (note_nlp_id, note_id,"
          + " snippet, \"offset\", lexical_variant, note_nlp_concept_id,"
          + " note_nlp_source_concept_id, nlp_system, nlp_date, term_exists, term_modifiers)"
          + " SELECT " + (first - 1) + " + g, 100000001 + (g % " + notes + "), 'x', '14-31',"
          + " 'Aspirina bench', " + condition + ", 0, 'bench', date '2024-06-01', 'Y',"
          + " 'negated=false' FROM generate_series(1, " + BENCH_TERM_MENTIONS + ") g");
      timed(s, "bench term: nlp_mention", "INSERT INTO notes2omop.nlp_mention SELECT "
          + (first - 1) + " + g, 100000001 + (g % " + notes + "), 'aspirina bench', 'CONDITION',"
          + " 'FUZZY', 0.61 FROM generate_series(1, " + BENCH_TERM_MENTIONS + ") g");
      timed(s, "bench term: condition_occurrence", "INSERT INTO cdm.condition_occurrence"
          + " (condition_occurrence_id, person_id, condition_concept_id, condition_start_date,"
          + " condition_type_concept_id, condition_source_value, condition_source_concept_id)"
          + " SELECT 100000000 + g, 900000001, " + condition + ", date '2024-01-01', 32858,"
          + " 'Aspirina bench', 0 FROM generate_series(1, " + BENCH_TERM_MENTIONS + ") g");
      timed(s, "bench term: derived_row", "INSERT INTO notes2omop.derived_row SELECT"
          + " 'condition_occurrence', 100000000 + g, " + (first - 1) + " + g,"
          + " 100000001 + (g % " + notes + ") FROM generate_series(1, " + BENCH_TERM_MENTIONS
          + ") g");
      timed(s, "sequences past the ids", "SELECT setval('notes2omop.note_nlp_id_seq',"
          + " (SELECT max(note_nlp_id) FROM cdm.note_nlp)), setval('notes2omop.note_id_seq',"
          + " (SELECT max(note_id) FROM cdm.note)),"
          + " setval('notes2omop.condition_occurrence_id_seq',"
          + " (SELECT max(condition_occurrence_id) FROM cdm.condition_occurrence))");
      timed(s, "drop staging; analyze", "DROP TABLE bench_mention; ANALYZE");
      // last: the review page rebuilds its summary when processed_note changes
      timed(s, "processed_note", "INSERT INTO notes2omop.processed_note (resource_id, version_id,"
          + " source_value, note_id, nlp_system, text_sha256, processed_at) SELECT"
          + " 'DocumentReference/bench-' || g, '1', 'DocumentReference/bench-' || g,"
          + " 100000000 + g, 'bench', repeat('0', 64), now() FROM generate_series(1, " + notes
          + ") g");
      System.out.printf("drug concept for the remap: %d%n", drug);
    }
  }

  static String token(String html) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token in the page");
    }
    return m.group(1);
  }

  static String form(Map<String, String> fields) {
    StringBuilder out = new StringBuilder();
    fields.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&")
        .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return out.toString();
  }

  static void measure(String url, String base, String user, String password) throws Exception {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    String login = get(http, base + "/review/login").body();
    HttpResponse<String> in = post(http, base + "/review/login", form(Map.of(
        "username", user, "password", password, "_csrf", token(login))));
    if (!in.body().contains("id=\"terms\"")) {
      throw new IllegalStateException("login failed: " + in.statusCode());
    }
    Map<String, String> variants = new LinkedHashMap<>();
    variants.put("first page", "/review");
    variants.put("page 200", "/review?page=200");
    variants.put("unmapped", "/review?unmapped=true");
    variants.put("unmapped, page 50", "/review?unmapped=true&page=50");
    variants.put("drug label", "/review?domain=DRUG");
    variants.put("score below 0.7", "/review?below=0.7");
    variants.put("undecided", "/review?state=UNDECIDED");
    variants.put("text 'termino 12'", "/review?q=termino+12");
    variants.put("text, no match", "/review?q=zzzz");
    List<Double> all = new ArrayList<>();
    for (int round = 0; round < 3; round++) { // warm-up
      for (String path : variants.values()) {
        get(http, base + path);
      }
    }
    System.out.println("term list page (server-rendered HTML, 50 terms), 30 requests each:");
    for (Map.Entry<String, String> v : variants.entrySet()) {
      List<Double> ms = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        long t = System.nanoTime();
        HttpResponse<String> r = get(http, base + v.getValue());
        ms.add((System.nanoTime() - t) / 1e6);
        if (r.statusCode() != 200) {
          throw new IllegalStateException(v.getKey() + ": " + r.statusCode());
        }
      }
      all.addAll(ms);
      System.out.printf(Locale.ROOT, "  %-22s p50 %7.1f ms  p99 %7.1f ms%n", v.getKey(),
          pct(ms, 50), pct(ms, 99));
    }
    System.out.printf(Locale.ROOT, "  %-22s p50 %7.1f ms  p99 %7.1f ms  (%d requests)%n",
        "all", pct(all, 50), pct(all, 99), all.size());

    int drug;
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement()) {
      drug = scalar(s, "SELECT min(concept_id) FROM cdm.concept WHERE domain_id = 'Drug'"
          + " AND standard_concept = 'S'");
    }
    String term = base + "/review/term?key=aspirina%20bench&label=CONDITION";
    for (int round = 0; round < 2; round++) {
      String page = get(http, term).body();
      Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
      version.find();
      long t = System.nanoTime();
      HttpResponse<String> r = post(http, base + "/review/decide", form(Map.of(
          "key", "aspirina bench", "label", "CONDITION", "kind", "REMAP",
          "conceptId", String.valueOf(drug), "equivalence", "EQUAL",
          "version", version.group(1), "_csrf", token(page))));
      double ms = (System.nanoTime() - t) / 1e6;
      Matcher message = Pattern.compile("id=\"message\">([^<]*)<").matcher(r.body());
      System.out.printf(Locale.ROOT, "decision %d (remap the 10,000-mention term to a drug):"
          + " %.0f ms, including the redirect to the term page: %s%n", round + 1, ms,
          message.find() ? message.group(1) : "(no message) " + r.statusCode());
    }
  }

  static double pct(List<Double> values, int p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(HttpClient http, String url, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
