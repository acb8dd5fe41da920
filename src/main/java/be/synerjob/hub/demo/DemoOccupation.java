package be.synerjob.hub.demo;

import be.synerjob.hub.core.Csv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A common occupation with its ESCO URI, ISCO-08 and ROME codes, a frequency weight and labels per
 * language, read from {@code data/demo/occupations.csv.gz} (derived from ESCO 1.2.0 and the ROME ↔
 * ESCO mapping; see docs/data.md).
 */
record DemoOccupation(
    String escoUri,
    String iscoCode,
    String romeCode,
    int weight,
    Map<String, String> labels,
    Map<String, List<String>> altLabels) {

  static final String RESOURCE = "/data/demo/occupations.csv.gz";

  String label(String language) {
    return labels.getOrDefault(language, labels.get("en"));
  }

  static List<DemoOccupation> load() {
    try (InputStream raw = DemoOccupation.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      try (Csv csv =
          new Csv(
              new BufferedReader(
                  new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8)),
              ',')) {
        List<String> header = csv.next();
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          col.put(header.get(i).trim(), i);
        }
        List<DemoOccupation> out = new ArrayList<>();
        for (List<String> r = csv.next(); r != null; r = csv.next()) {
          if (r.size() < header.size()) {
            continue;
          }
          Map<String, String> labels = new HashMap<>();
          Map<String, List<String>> alts = new HashMap<>();
          for (String l : List.of("en", "nl", "fr", "de")) {
            labels.put(l, r.get(col.get("label_" + l)));
            String alt = r.get(col.get("alt_" + l));
            alts.put(
                l,
                alt.isBlank()
                    ? List.of()
                    : Arrays.stream(alt.split("\\|"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList());
          }
          out.add(
              new DemoOccupation(
                  r.get(col.get("escoUri")),
                  r.get(col.get("iscoCode")),
                  r.get(col.get("romeCode")),
                  Integer.parseInt(r.get(col.get("weight")).trim()),
                  Map.copyOf(labels),
                  Map.copyOf(alts)));
        }
        return List.copyOf(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
