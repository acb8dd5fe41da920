package be.synerjob.hub.classification;

/** The shipped vocabulary and indexes, built once per test JVM (about two seconds each). */
final class ShippedIndex {

  private static OccupationVocabulary vocabulary;
  private static OccupationClassifier full;
  private static OccupationClassifier training;

  private ShippedIndex() {}

  static synchronized OccupationVocabulary vocabulary() {
    if (vocabulary == null) {
      vocabulary = OccupationVocabulary.fromShippedFiles();
    }
    return vocabulary;
  }

  /** Every label indexed (as in production). */
  static synchronized OccupationClassifier full() {
    if (full == null) {
      full = OccupationClassifier.build(vocabulary());
    }
    return full;
  }

  /** The held-out dev and test labels left out (for evaluation). */
  static synchronized OccupationClassifier training() {
    if (training == null) {
      training = OccupationClassifier.build(HeldOut.training(vocabulary()));
    }
    return training;
  }
}
