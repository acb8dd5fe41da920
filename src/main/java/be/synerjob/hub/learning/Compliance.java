package be.synerjob.hub.learning;

import be.synerjob.hub.core.Multilingual;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An employer's compliance with the Federal Learning Account for a year: every declaration made
 * late or missing, and every entitlement below the legal minimum.
 *
 * @param asOf the day the report was made (missing declarations are judged against it)
 * @param counts issues per kind
 */
public record Compliance(
    String enterpriseNumber,
    int year,
    LocalDate asOf,
    int employees,
    boolean compliant,
    Map<Issue.Kind, Integer> counts,
    List<Issue> issues) {

  /**
   * One issue.
   *
   * @param employeeId the employee concerned (null for the employer itself)
   * @param employee the employee's masked national number
   * @param subject what the issue is about: a training id, a year, a quarter
   * @param dueBy the deadline
   * @param doneOn when the declaration was made (null when missing)
   * @param rule the rule (name and source) that sets the deadline or the minimum
   */
  public record Issue(
      Kind kind,
      String label,
      String employeeId,
      String employee,
      String subject,
      LocalDate dueBy,
      LocalDate doneOn,
      String detail,
      String rule) {

    /** The kinds of issue. */
    public enum Kind {
      LATE_REGISTRATION(
          new Multilingual(
              "Nieuwe werknemer te laat aangegeven",
              "Nouveau travailleur déclaré en retard",
              "Neuer Arbeitnehmer verspätet gemeldet",
              "New employee declared late")),
      LATE_TRAINING_UPDATE(
          new Multilingual(
              "Opleiding te laat geregistreerd",
              "Formation enregistrée en retard",
              "Weiterbildung verspätet erfasst",
              "Training recorded late")),
      LATE_ENTITLEMENT(
          new Multilingual(
              "Jaarlijks recht te laat aangegeven",
              "Droit annuel déclaré en retard",
              "Jährlicher Anspruch verspätet gemeldet",
              "Yearly entitlement declared late")),
      MISSING_ENTITLEMENT(
          new Multilingual(
              "Jaarlijks recht niet aangegeven",
              "Droit annuel non déclaré",
              "Jährlicher Anspruch nicht gemeldet",
              "Yearly entitlement not declared")),
      BELOW_LEGAL_MINIMUM(
          new Multilingual(
              "Aangegeven recht lager dan het wettelijk minimum",
              "Droit déclaré inférieur au minimum légal",
              "Gemeldeter Anspruch unter dem gesetzlichen Minimum",
              "Declared entitlement below the legal minimum")),
      WORKFORCE_MISSING(
          new Multilingual(
              "Personeelsbestand van de referentiekwartalen niet aangegeven",
              "Effectif des trimestres de référence non déclaré",
              "Personalbestand der Referenzquartale nicht gemeldet",
              "Workforce of the reference quarters not declared"));

      private final Multilingual label;

      Kind(Multilingual label) {
        this.label = label;
      }

      public Multilingual label() {
        return label;
      }
    }
  }
}
