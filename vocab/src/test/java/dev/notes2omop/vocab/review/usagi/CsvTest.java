package dev.notes2omop.vocab.review.usagi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void writesAndReadsBackFieldsThatNeedQuotes() throws Exception {
    List<String> fields =
        List.of("plain", "a,b", "say \"hi\"", "two\r\nlines", " padded ", "", "ñandú");
    StringWriter out = new StringWriter();

    new CsvWriter(out).writeRecord(fields);
    new CsvWriter(out).writeRecord(List.of("x", "y"));

    assertThat(out.toString())
        .isEqualTo(
            "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\" padded \",,ñandú\r\nx,y\r\n");
    List<CsvReader.CsvRecord> records =
        new CsvReader(new StringReader(out.toString()), "t.csv").readAll();
    assertThat(records)
        .containsExactly(
            new CsvReader.CsvRecord(1, fields), new CsvReader.CsvRecord(3, List.of("x", "y")));
  }

  @Test
  void readsLfAndCrLineEndingsAByteOrderMarkAndALastLineWithoutEnd() throws Exception {
    List<CsvReader.CsvRecord> records =
        new CsvReader(new StringReader("\uFEFFa,b\nc,d\re,\"f\""), "t.csv").readAll();

    assertThat(records)
        .containsExactly(
            new CsvReader.CsvRecord(1, List.of("a", "b")),
            new CsvReader.CsvRecord(2, List.of("c", "d")),
            new CsvReader.CsvRecord(3, List.of("e", "f")));
  }

  @Test
  void rejectsTextAfterAClosingQuote() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new CsvReader(new StringReader("a,b\n\"x\"y,z\n"), "t.csv").readAll())
        .isInstanceOf(UsagiFormatException.class)
        .hasMessageStartingWith("t.csv:2: unexpected 'y' after a closing quote");
  }
}
