package be.synerjob.hub.eures.web;

import be.synerjob.hub.console.ConsoleSection;
import be.synerjob.hub.console.ConsoleUser;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.eures.EuresAgreement;
import be.synerjob.hub.eures.EuresExchange;
import be.synerjob.hub.eures.EuresPull;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console page of the EURES flow: what EURES has now, what happened per day with its lag, the
 * vacancies that cannot be expressed and why, and the agreements. A member's user sees its own
 * member; an operator sees everything.
 */
@Controller
@RequestMapping("/console/eures")
class EuresPages {

  private final EuresPull pull;
  private final EuresExchange exchange;

  EuresPages(EuresPull pull, EuresExchange exchange) {
    this.pull = pull;
    this.exchange = exchange;
  }

  @GetMapping
  String page(@RequestParam(defaultValue = "14") int days, Model model) {
    ConsoleUser user = ConsoleUser.current();
    MemberCode member = user.isOperator() ? null : user.member();
    int d = Math.max(1, Math.min(days, 366));
    EuresPull.Stats stats = pull.stats(d);
    List<EuresPull.Day> rows =
        stats.days().stream()
            .filter(r -> member == null || r.member().equals(member.value()))
            .toList();
    List<EuresPull.Rejected> rejected = pull.rejected(member, 200);
    List<EuresAgreement> agreements =
        exchange.agreements().stream()
            .filter(a -> member == null || a.member().equals(member))
            .toList();
    model.addAttribute("days", d);
    model.addAttribute(
        "active",
        member == null ? stats.active() : stats.activeByMember().getOrDefault(member.value(), 0L));
    model.addAttribute("rows", rows);
    model.addAttribute("rejected", rejected);
    model.addAttribute("agreements", agreements);
    return "eures/index";
  }

  @Configuration
  static class Navigation {
    @Bean
    ConsoleSection euresSection() {
      return new ConsoleSection("eures", "/console/eures", "eures.nav", 70, false);
    }
  }
}
