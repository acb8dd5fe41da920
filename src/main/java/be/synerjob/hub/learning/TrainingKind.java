package be.synerjob.hub.learning;

import be.synerjob.hub.core.Multilingual;

/**
 * What kind of training an employee followed. Whether a kind counts towards the individual training
 * right is decided by the rule set in force ({@link RuleSet#counts(TrainingKind)}), not here.
 */
public enum TrainingKind {
  /** A course with a programme and a trainer, inside or outside working hours. */
  FORMAL(
      new Multilingual(
          "Formele opleiding", "Formation formelle", "Formale Weiterbildung", "Formal training")),
  /** Learning at work that is not a course: coaching, job rotation, learning by doing. */
  INFORMAL(
      new Multilingual(
          "Informele opleiding",
          "Formation informelle",
          "Informelle Weiterbildung",
          "Informal training")),
  /** Training organised by the employer in the company. */
  IN_COMPANY(
      new Multilingual(
          "Opleiding in de onderneming",
          "Formation en entreprise",
          "Betriebsinterne Weiterbildung",
          "In-company training")),
  /** Flemish training leave (Vlaams opleidingsverlof). */
  FLEMISH_TRAINING_LEAVE(
      new Multilingual(
          "Vlaams opleidingsverlof",
          "Congé de formation flamand",
          "Flämischer Bildungsurlaub",
          "Flemish training leave")),
  /** Paid educational leave (betaald educatief verlof / congé-éducation payé). */
  PAID_EDUCATIONAL_LEAVE(
      new Multilingual(
          "Betaald educatief verlof",
          "Congé-éducation payé",
          "Bezahlter Bildungsurlaub",
          "Paid educational leave"));

  private final Multilingual label;

  TrainingKind(Multilingual label) {
    this.label = label;
  }

  public Multilingual label() {
    return label;
  }
}
