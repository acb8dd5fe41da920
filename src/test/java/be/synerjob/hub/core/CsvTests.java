package be.synerjob.hub.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTests {

  @Test
  void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
    Csv csv =
        new Csv(new StringReader("a;\"b;c\";\"say \"\"hi\"\"\"\r\n\"multi\nline\";;x\n"), ';');
    assertThat(csv.next()).containsExactly("a", "b;c", "say \"hi\"");
    assertThat(csv.line()).isEqualTo(2);
    assertThat(csv.next()).containsExactly("multi\nline", "", "x");
    assertThat(csv.next()).isNull();
  }

  @Test
  void handlesMixedLineEndsAndAMissingFinalNewline() {
    Csv csv = new Csv(new StringReader("1,2\r\n3,4\n5,6"), ',');
    assertThat(List.of(csv.next(), csv.next(), csv.next()))
        .containsExactly(List.of("1", "2"), List.of("3", "4"), List.of("5", "6"));
    assertThat(csv.next()).isNull();
  }

  @Test
  void rejectsAnUnterminatedQuote() {
    Csv csv = new Csv(new StringReader("a,\"open\n"), ',');
    assertThatThrownBy(csv::next).hasMessageContaining("Unterminated");
  }
}
