package be.synerjob.hub.learning.web;

import be.synerjob.hub.console.ConsoleSection;
import be.synerjob.hub.console.ConsoleUser;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.learning.LearningService;
import be.synerjob.hub.learning.LearningViews;
import be.synerjob.hub.learning.RuleSet;
import be.synerjob.hub.learning.TrainingRight;
import be.synerjob.hub.vacancy.EnterpriseNumber;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Console pages for the services' staff: the training-right rules with their sources (everyone),
 * and an employer's compliance report (administrators only; the report shows national numbers
 * masked). Employers and employees use the API with their own credentials, not the console.
 */
@Controller
@RequestMapping("/console/learning")
class LearningPages {

  private final TrainingRight right;
  private final LearningService service;
  private final LearningViews views;

  LearningPages(TrainingRight right, LearningService service, LearningViews views) {
    this.right = right;
    this.service = service;
    this.views = views;
  }

  @Configuration(proxyBeanMethods = false)
  static class Navigation {
    @Bean
    ConsoleSection learningSection() {
      return new ConsoleSection("learning", "/console/learning", "learning.nav", 70, false);
    }
  }

  @GetMapping
  String index(Model model) {
    model.addAttribute(
        "versions",
        right.rules().versions().stream()
            .map(
                rs ->
                    new Version(
                        rs,
                        rs.rules().values().stream()
                            .sorted(Comparator.comparing(RuleSet.Rule::name))
                            .toList()))
            .toList());
    model.addAttribute("options", right.options());
    model.addAttribute("admin", ConsoleUser.current().isAdmin());
    model.addAttribute("year", views.currentYear());
    return "learning/index";
  }

  record Version(RuleSet set, java.util.List<RuleSet.Rule> rules) {}

  @GetMapping("/compliance")
  String compliance(
      @RequestParam(defaultValue = "") String enterpriseNumber,
      @RequestParam(required = false) Integer year,
      Model model) {
    if (!ConsoleUser.current().isAdmin()) {
      throw HubException.forbidden("Compliance reports are for administrators");
    }
    Language lang =
        Language.parse(LocaleContextHolder.getLocale().getLanguage()).orElse(Language.EN);
    int y = year == null ? views.currentYear() : year;
    Optional<String> kbo = EnterpriseNumber.normalise(enterpriseNumber);
    if (kbo.isEmpty()) {
      model.addAttribute("error", "learning.compliance.invalid");
    } else if (y < right.rules().firstYear() || y > views.currentYear() + 1) {
      model.addAttribute("error", "learning.compliance.badYear");
    } else {
      try {
        model.addAttribute("employer", service.employer(kbo.get()));
        model.addAttribute("report", views.compliance(kbo.get(), y, lang));
      } catch (HubException e) {
        model.addAttribute("error", "learning.compliance.unknown");
      }
    }
    return "learning/index :: compliance";
  }
}
