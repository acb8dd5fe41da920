package be.synerjob.hub.reference;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The references to concepts that no loaded release contains and that the reference accepts on
 * purpose ({@code known_gaps.csv}: code, kind, the files allowed to refer to it, reason). Any other
 * unknown reference fails the import. An accepted one becomes a deprecated placeholder concept.
 */
final class KnownGaps {

  record Gap(String code, ConceptKind kind, Set<String> files, String reason) {}

  static final KnownGaps NONE = new KnownGaps(Map.of());

  private final Map<String, Gap> gaps;

  private KnownGaps(Map<String, Gap> gaps) {
    this.gaps = gaps;
  }

  static KnownGaps read(DataFiles files) {
    DataFiles.Table t = files.readPlain(DataFiles.KNOWN_GAPS);
    Map<String, Gap> gaps = new HashMap<>();
    for (int i = 0; i < t.size(); i++) {
      ConceptKind kind;
      switch (t.get(i, "kind")) {
        case "occupation":
          kind = ConceptKind.OCCUPATION;
          break;
        case "skill":
          kind = ConceptKind.SKILL;
          break;
        default:
          throw new ReferenceDataException(
              t.where(i) + ": kind must be occupation or skill, not '" + t.get(i, "kind") + "'");
      }
      Gap g =
          new Gap(
              t.get(i, "code"), kind, Set.of(t.get(i, "files").split("\\|")), t.get(i, "reason"));
      if (gaps.put(g.code(), g) != null) {
        throw new ReferenceDataException(t.where(i) + ": " + g.code() + " is listed twice");
      }
    }
    return new KnownGaps(Map.copyOf(gaps));
  }

  /** The gap, if the file may refer to this code although no release contains it. */
  Gap allowed(String code, String file) {
    Gap g = gaps.get(code);
    return g != null && g.files().contains(file) ? g : null;
  }

  int size() {
    return gaps.size();
  }
}
