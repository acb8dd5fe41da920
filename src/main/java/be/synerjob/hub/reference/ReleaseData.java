package be.synerjob.hub.reference;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one release of a scheme contains, as read from its files, before it is compared with what
 * the database holds. A release may supply only some parts (for example ESCO 1.2.1 has no skills
 * file): what it does not supply carries over from the previous release, as {@link #carriedKinds},
 * {@link #providedLabels}, {@link #providedRelations} and {@link #providedCollections} say.
 */
final class ReleaseData {

  /** A concept present in the release; {@code attributes} null keeps the stored ones. */
  record NewConcept(
      String code, ConceptKind kind, String notation, Map<String, String> attributes) {}

  /** A label; {@code source} names the release the text comes from when not this one. */
  record NewLabel(String code, String lang, String kind, String text, String source) {}

  /** A relation from a concept to another (possibly of another scheme), with where it was read. */
  record NewRelation(
      RelationType type,
      Scheme fromScheme,
      String fromCode,
      ConceptKind fromKind,
      Scheme toScheme,
      String toCode,
      ConceptKind toKind,
      Integer rank,
      String file,
      int line) {

    String part() {
      return type + ":" + fromKind;
    }
  }

  /** A member of an ESCO collection. */
  record NewMember(String collection, String code, ConceptKind kind, String file, int line) {}

  final Scheme scheme;
  final String release;
  final String source;
  final List<String> files;
  final Map<String, NewConcept> concepts = new LinkedHashMap<>();
  final Set<ConceptKind> carriedKinds = EnumSet.noneOf(ConceptKind.class);
  final List<NewLabel> labels = new ArrayList<>();
  final Set<String> providedLabels = new HashSet<>();
  final List<NewRelation> relations = new ArrayList<>();
  final Set<String> providedRelations = new HashSet<>();
  final List<NewMember> members = new ArrayList<>();
  final Set<String> providedCollections = new HashSet<>();

  /** Code of a concept this release drops → code of the concept that replaces it. */
  final Map<String, String> replacedBy = new HashMap<>();

  final Map<String, List<NewLabel>> placeholderLabels = new HashMap<>();
  final List<String> provides = new ArrayList<>();

  ReleaseData(Scheme scheme, String release, String source, List<String> files) {
    this.scheme = scheme;
    this.release = release;
    this.source = source;
    this.files = List.copyOf(files);
  }

  String name() {
    return scheme.title() + " " + release;
  }

  /** Adds a concept; the same code twice with another kind is an error naming the place. */
  void concept(NewConcept c, String where) {
    NewConcept old = concepts.get(c.code());
    if (old == null) {
      concepts.put(c.code(), c);
    } else if (old.kind() != c.kind()) {
      throw new ReferenceDataException(
          where
              + ": "
              + c.code()
              + " is a "
              + c.kind().code()
              + " here but a "
              + old.kind().code()
              + " elsewhere in "
              + name());
    } else if (c.attributes() != null && old.attributes() == null
        || c.notation() != null && old.notation() == null) {
      concepts.put(
          c.code(),
          new NewConcept(
              c.code(),
              c.kind(),
              c.notation() != null ? c.notation() : old.notation(),
              c.attributes() != null ? c.attributes() : old.attributes()));
    }
  }

  /** Marks the concept's labels in the language as supplied by this release (possibly none). */
  void provideLabels(String code, String lang) {
    providedLabels.add(code + '\u0001' + lang);
  }

  boolean providesLabels(String code, String lang) {
    return providedLabels.contains(code + '\u0001' + lang);
  }

  void label(String code, String lang, String kind, String text, String source) {
    if (text != null && !text.isEmpty()) {
      labels.add(new NewLabel(code, lang, kind, text, source));
    }
  }

  /** A preferred label and the {@code |}-separated alternatives of one language. */
  void labels(String code, String lang, String pref, String alts, String source) {
    label(code, lang, "pref", pref, source);
    if (alts != null && !alts.isEmpty()) {
      for (String a : alts.split("\\|")) {
        label(code, lang, "alt", a.trim(), source);
      }
    }
  }
}
