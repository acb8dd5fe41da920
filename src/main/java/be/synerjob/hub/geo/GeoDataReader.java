package be.synerjob.hub.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gzipped UTF-8 CSV files written by {@code tools/prepare-geo-data.py} (RFC 4180 quoting,
 * header row, {@code |} between the values of a multi-valued column).
 */
final class GeoDataReader {

  static final String MUNICIPALITIES = "/data/geo/municipalities.csv.gz";
  static final String POSTCODES = "/data/geo/postcodes.csv.gz";

  private GeoDataReader() {}

  /** Municipalities by NIS code, in file order (ascending NIS code). */
  static Map<String, Municipality> municipalities(List<Map<String, String>> rows) {
    Map<String, Municipality> byNis = new LinkedHashMap<>();
    for (Map<String, String> r : rows) {
      String nis = r.get("nis_code");
      Province province = Province.ofNisCode(nis);
      if (!province.code().equals(r.get("province_code"))
          || !province.region().code().equals(r.get("region"))) {
        throw new IllegalStateException("inconsistent province or region for " + nis);
      }
      Municipality m =
          new Municipality(
              nis,
              r.get("name_nl"),
              r.get("name_fr"),
              r.get("name_de"),
              r.get("arrondissement_code"),
              province,
              LanguageArea.parse(r.get("language_area"))
                  .orElseThrow(() -> new IllegalStateException("language area of " + nis)),
              r.get("nuts3_2021"),
              Integer.parseInt(r.get("population")),
              r.get("main_postcode"),
              r.get("nis_code_2025"),
              split(r.get("aliases")));
      byNis.put(nis, m);
    }
    return byNis;
  }

  /** Postcode areas in file order (ascending postcode). */
  static List<PostcodeArea> postcodes(
      List<Map<String, String>> rows, Map<String, Municipality> municipalities) {
    List<PostcodeArea> areas = new ArrayList<>(rows.size());
    for (Map<String, String> r : rows) {
      String postcode = r.get("postcode");
      Municipality m = municipalities.get(r.get("nis_code"));
      if (m == null) {
        throw new IllegalStateException("unknown NIS code for postcode " + postcode);
      }
      areas.add(
          new PostcodeArea(
              postcode,
              r.get("name_nl"),
              r.get("name_fr"),
              r.get("name_de"),
              split(r.get("places")),
              m,
              split(r.get("other_nis_codes")),
              r.get("nis_code_2025"),
              Double.parseDouble(r.get("latitude")),
              Double.parseDouble(r.get("longitude")),
              "special".equals(r.get("kind"))));
    }
    return areas;
  }

  static List<String> split(String value) {
    if (value == null || value.isEmpty()) {
      return List.of();
    }
    return List.of(value.split("\\|"));
  }

  /** Reads a gzipped CSV resource of this class's class loader into rows keyed by column name. */
  static List<Map<String, String>> readResource(String resource, String... requiredColumns) {
    InputStream in = GeoDataReader.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + resource);
    }
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8))) {
      return read(reader, resource, requiredColumns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static List<Map<String, String>> read(
      BufferedReader reader, String source, String... requiredColumns) throws IOException {
    String header = reader.readLine();
    if (header == null) {
      throw new IllegalStateException(source + " is empty");
    }
    List<String> columns = parseLine(header);
    for (String required : requiredColumns) {
      if (!columns.contains(required)) {
        throw new IllegalStateException(source + " lacks column " + required + ": " + columns);
      }
    }
    List<Map<String, String>> rows = new ArrayList<>();
    String line;
    int number = 1;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isEmpty()) {
        continue;
      }
      List<String> values = parseLine(line);
      if (values.size() != columns.size()) {
        throw new IllegalStateException(
            source + ":" + number + ": " + values.size() + " fields, expected " + columns.size());
      }
      Map<String, String> row = new HashMap<>(columns.size() * 2);
      for (int i = 0; i < columns.size(); i++) {
        row.put(columns.get(i), values.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  /** One CSV record on one line (the files contain no embedded line breaks). */
  static List<String> parseLine(String line) {
    if (line.indexOf('"') < 0) {
      return Arrays.asList(line.split(",", -1));
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
