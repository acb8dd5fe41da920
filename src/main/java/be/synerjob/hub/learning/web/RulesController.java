package be.synerjob.hub.learning.web;

import be.synerjob.hub.learning.RuleOptions;
import be.synerjob.hub.learning.RuleSet;
import be.synerjob.hub.learning.TrainingRight;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rule table, public: every rule with its value, entry into force, confidence and source. */
@RestController
@Tag(name = "Learning accounts")
class RulesController {

  private final TrainingRight right;

  RulesController(TrainingRight right) {
    this.right = right;
  }

  record Version(LocalDate effectiveFrom, List<RuleSet.Rule> rules) {}

  record Rules(List<Version> versions, RuleOptions options) {}

  @GetMapping("/api/v1/learning/rules")
  @Operation(
      summary = "The training-right rules per entry-into-force date, with their sources",
      description =
          "One rule set per date a rule entered into force; options are the choices the texts leave"
              + " open, as configured (hub.learning.rules.*).")
  Rules rules() {
    return new Rules(
        right.rules().versions().stream()
            .map(
                rs ->
                    new Version(
                        rs.effectiveFrom(),
                        rs.rules().values().stream()
                            .sorted(java.util.Comparator.comparing(RuleSet.Rule::name))
                            .toList()))
            .toList(),
        right.options());
  }
}
