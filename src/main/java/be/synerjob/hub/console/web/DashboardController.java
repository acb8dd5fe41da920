package be.synerjob.hub.console.web;

import be.synerjob.hub.quality.ExchangeQuality;
import be.synerjob.hub.quality.QualityAlerts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The exchange dashboard: volumes per day and outcome, rejected shares per flow, each partner's lag
 * and feed position, coverage and open alerts, from the {@code quality} module's public API. Charts
 * are inline SVG; the same figures are in tables below them.
 */
@Controller
class DashboardController {

  static final List<String> OUTCOMES =
      List.of("CREATED", "UPDATED", "UNCHANGED", "CLOSED", "REJECTED");
  static final Set<Integer> PERIODS = Set.of(7, 14, 30, 90);

  private final ExchangeQuality quality;
  private final QualityAlerts alerts;
  private final MessageSource messages;

  DashboardController(ExchangeQuality quality, QualityAlerts alerts, MessageSource messages) {
    this.quality = quality;
    this.alerts = alerts;
    this.messages = messages;
  }

  @GetMapping("/console/dashboard")
  String dashboard(@RequestParam(defaultValue = "14") int days, Model model, Locale locale) {
    int period = PERIODS.contains(days) ? days : 14;
    ExchangeQuality.Flows flows = quality.flows(period);
    LocalDate last = LocalDate.ofInstant(flows.at(), ZoneId.of("Europe/Brussels"));
    List<LocalDate> dayList = new ArrayList<>();
    for (int i = period - 1; i >= 0; i--) {
      dayList.add(last.minusDays(i));
    }
    Map<String, double[]> byOutcome = new LinkedHashMap<>();
    OUTCOMES.forEach(o -> byOutcome.put(o, new double[dayList.size()]));
    for (ExchangeQuality.SourceFlow s : flows.sources()) {
      for (ExchangeQuality.DailyVolume d : s.days()) {
        int i = dayList.indexOf(d.day());
        if (i < 0) {
          continue;
        }
        d.outcomes()
            .forEach(
                (o, n) -> {
                  double[] a = byOutcome.get(o);
                  if (a != null) {
                    a[i] += n;
                  }
                });
      }
    }
    List<Chart.Series> series = new ArrayList<>();
    int k = 0;
    for (String o : OUTCOMES) {
      double[] a = byOutcome.get(o);
      List<Double> values = new ArrayList<>();
      for (double v : a) {
        values.add(v);
      }
      series.add(new Chart.Series(msg("dashboard.outcome." + o, locale), "s" + k++, values));
    }
    DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("dd/MM");
    List<String> dayLabels = dayList.stream().map(dayFormat::format).toList();
    model.addAttribute("volumes", Chart.stackedColumns(dayLabels, series, Math.max(1, period / 7)));
    model.addAttribute("volumeDays", dayList);
    model.addAttribute("volumeRows", byOutcome);

    List<String> flowNames = new ArrayList<>();
    List<Double> rejectedShare = new ArrayList<>();
    for (ExchangeQuality.SourceFlow s : flows.sources()) {
      flowNames.add(s.member() + " · " + s.channel());
      long total = s.accepted() + s.rejected();
      rejectedShare.add(total == 0 ? 0 : Math.round(1000.0 * s.rejected() / total) / 10.0);
    }
    model.addAttribute("rejects", Chart.horizontalBars(flowNames, rejectedShare, "s4", " %"));

    List<String> recipients = new ArrayList<>();
    List<Double> lagMinutes = new ArrayList<>();
    List<Long> positions = new ArrayList<>();
    List<Long> heads = new ArrayList<>();
    for (ExchangeQuality.ReceivingFlow r : flows.recipients()) {
      recipients.add(r.recipient());
      lagMinutes.add(r.lagSeconds() == null ? 0 : Math.round(r.lagSeconds() / 6.0) / 10.0);
      positions.add(r.lastCursor() == null ? 0 : r.lastCursor());
      heads.add(r.recipientHead());
    }
    model.addAttribute(
        "lag",
        Chart.horizontalBars(recipients, lagMinutes, "s2", " " + msg("dashboard.minutes", locale)));
    model.addAttribute(
        "positions",
        Chart.progress(
            recipients,
            positions,
            heads,
            msg("dashboard.positions.read", locale),
            msg("dashboard.positions.unread", locale)));
    model.addAttribute("flows", flows);
    model.addAttribute("alerts", alerts.open());
    model.addAttribute("days", period);
    model.addAttribute("periods", PERIODS.stream().sorted().toList());
    model.addAttribute("outcomes", OUTCOMES);
    return "console/dashboard";
  }

  private String msg(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
