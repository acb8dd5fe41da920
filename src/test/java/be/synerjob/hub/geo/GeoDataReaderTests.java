package be.synerjob.hub.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class GeoDataReaderTests {

  @Test
  void parsesQuotedFields() {
    assertThat(GeoDataReader.parseLine("a,\"b, c\",\"say \"\"hi\"\"\","))
        .containsExactly("a", "b, c", "say \"hi\"", "");
    assertThat(GeoDataReader.parseLine("1000,Brussel,,x|y"))
        .containsExactly("1000", "Brussel", "", "x|y");
  }

  @Test
  void splitsMultiValuedColumns() {
    assertThat(GeoDataReader.split("Gent|Gand")).containsExactly("Gent", "Gand");
    assertThat(GeoDataReader.split("")).isEmpty();
  }

  @Test
  void rejectsMissingColumnsAndRaggedRows() {
    assertThatThrownBy(
            () -> GeoDataReader.read(new BufferedReader(new StringReader("a,b\n1,2\n")), "t", "c"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lacks column c");
    assertThatThrownBy(
            () -> GeoDataReader.read(new BufferedReader(new StringReader("a,b\n1\n")), "t"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("t:2");
  }
}
