package dev.notes2omop.vocab.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelimitedFileReaderTest {

  @Test
  void detectsTabsFromTheHeaderAndKeepsQuotesAsText() throws IOException {
    List<DelimitedFileReader.Record> records = read("\uFEFFa\tb\tc\n1\tsay \"hi\tx\n\n2\t\"\t\n");

    assertThat(records)
        .extracting(DelimitedFileReader.Record::line, DelimitedFileReader.Record::fields)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, List.of("1", "say \"hi", "x")),
            org.assertj.core.groups.Tuple.tuple(4L, List.of("2", "\"", "")));
  }

  @Test
  void readsQuotedCommaSeparatedValuesWithEscapedQuotesAndEmptyFields() throws IOException {
    List<DelimitedFileReader.Record> records =
        read("a,b,c,d\r\n1,\"x, \"\"y\"\"\",,\"\"\r\n2,plain\"quote,z,\n");

    assertThat(records.get(0).fields()).containsExactly("1", "x, \"y\"", "", "");
    assertThat(records.get(1).fields()).containsExactly("2", "plain\"quote", "z", "");
  }

  @Test
  void reportsTextAfterAClosingQuoteAndGoesOn() throws IOException {
    List<DelimitedFileReader.Record> records = read("a,b\n\"x\"y,1\n2,3\n");

    assertThat(records.get(0).error())
        .isEqualTo("unexpected character after a closing quote in field 1");
    assertThat(records.get(1).fields()).containsExactly("2", "3");
    assertThat(records.get(1).line()).isEqualTo(3);
  }

  @Test
  void anUnclosedQuoteCostsOneRowNotTheRestOfTheFile() throws IOException {
    StringBuilder text = new StringBuilder("a,b\n\"open,1\n");
    for (int i = 0; i < 30; i++) {
      text.append(i).append(",ok\n");
    }

    List<DelimitedFileReader.Record> records = read(text.toString());

    assertThat(records).hasSize(31);
    assertThat(records.get(0).error()).isEqualTo("unterminated quote");
    assertThat(records.get(1).fields()).containsExactly("0", "ok");
    assertThat(records.get(1).line()).isEqualTo(3);
    assertThat(records.get(30).line()).isEqualTo(32);
  }

  private static List<DelimitedFileReader.Record> read(String text) throws IOException {
    List<DelimitedFileReader.Record> records = new ArrayList<>();
    try (DelimitedFileReader reader =
        new DelimitedFileReader(new BufferedReader(new StringReader(text)))) {
      DelimitedFileReader.Record record;
      while ((record = reader.next()) != null) {
        records.add(record);
      }
    }
    return records;
  }
}
