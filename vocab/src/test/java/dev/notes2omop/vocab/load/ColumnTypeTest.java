package dev.notes2omop.vocab.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ColumnTypeTest {

  @Test
  void readsAthenaAndIsoDates() {
    assertThat(ColumnType.DATE.normalise("20991231", 0)).isEqualTo("2099-12-31");
    assertThat(ColumnType.DATE.normalise("1970-01-01", 0)).isEqualTo("1970-01-01");
    assertThatThrownBy(() -> ColumnType.DATE.normalise("20990231", 0))
        .hasMessage("'20990231' is not a date (yyyyMMdd or yyyy-MM-dd)");
    assertThatThrownBy(() -> ColumnType.DATE.normalise("31/12/2099", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checksIntegerRangeAndNumbers() {
    assertThat(ColumnType.INTEGER.normalise(" 42 ", 0)).isEqualTo("42");
    assertThatThrownBy(() -> ColumnType.INTEGER.normalise("3000000000", 0))
        .hasMessageContaining("out of the integer range");
    assertThat(ColumnType.BIGINT.normalise("3000000000", 0)).isEqualTo("3000000000");
    assertThat(ColumnType.NUMERIC.normalise("1E+2", 0)).isEqualTo("100");
    assertThatThrownBy(() -> ColumnType.NUMERIC.normalise("1,5", 0))
        .hasMessage("'1,5' is not a number");
  }

  @Test
  void checksTextLengthInCharactersNotBytes() {
    assertThat(ColumnType.TEXT.normalise("ñandú", 5)).isEqualTo("ñandú");
    assertThatThrownBy(() -> ColumnType.TEXT.normalise("ñandús", 5))
        .hasMessageStartingWith("value longer than 5 characters");
  }

  @Test
  void mapsPostgresDataTypes() {
    assertThat(ColumnType.of("integer")).isEqualTo(ColumnType.INTEGER);
    assertThat(ColumnType.of("character varying")).isEqualTo(ColumnType.TEXT);
    assertThat(ColumnType.of("timestamp without time zone")).isEqualTo(ColumnType.TIMESTAMP);
    assertThat(ColumnType.of("numeric")).isEqualTo(ColumnType.NUMERIC);
  }
}
