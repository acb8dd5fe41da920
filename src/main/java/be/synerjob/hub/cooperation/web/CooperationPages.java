package be.synerjob.hub.cooperation.web;

import be.synerjob.hub.console.ConsoleSection;
import be.synerjob.hub.console.ConsoleUser;
import be.synerjob.hub.cooperation.DecisionStatus;
import be.synerjob.hub.cooperation.Documents;
import be.synerjob.hub.cooperation.Representatives;
import be.synerjob.hub.cooperation.RollingAgenda;
import be.synerjob.hub.cooperation.Session;
import be.synerjob.hub.cooperation.SessionKind;
import be.synerjob.hub.cooperation.SessionStatus;
import be.synerjob.hub.cooperation.Sessions;
import be.synerjob.hub.cooperation.Theme;
import be.synerjob.hub.cooperation.Viewer;
import be.synerjob.hub.cooperation.WorkingGroupStatus;
import be.synerjob.hub.cooperation.WorkingGroups;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cooperation's console pages. Every signed-in user reads; members' staff and administrators
 * see internal sessions and documents (a hub operator without the ADMIN role sees public ones);
 * administrators act as the secretariat (plan, record decisions, close votes, change a working
 * group's status); a member's user votes in its member's name.
 */
@Controller
@RequestMapping("/console/cooperation")
class CooperationPages {

  @Configuration
  static class Navigation {
    @Bean
    ConsoleSection cooperationSection() {
      return new ConsoleSection(
          "cooperation", "/console/cooperation", "cooperation.nav", 70, false);
    }
  }

  private final Representatives representatives;
  private final Sessions sessions;
  private final Documents documents;
  private final RollingAgenda agenda;
  private final WorkingGroups groups;

  CooperationPages(
      Representatives representatives,
      Sessions sessions,
      Documents documents,
      RollingAgenda agenda,
      WorkingGroups groups) {
    this.representatives = representatives;
    this.sessions = sessions;
    this.documents = documents;
    this.agenda = agenda;
    this.groups = groups;
  }

  /** Members' staff and administrators see internal records; administrators write. */
  static Viewer viewer(ConsoleUser u) {
    return new Viewer(u.member() != null || u.isAdmin(), u.isAdmin(), u.member(), u.actor());
  }

  static Language language() {
    return Language.parse(LocaleContextHolder.getLocale().getLanguage()).orElse(Language.EN);
  }

  @GetMapping
  String overview(Model model) {
    ConsoleUser user = ConsoleUser.current();
    Viewer v = viewer(user);
    Language l = language();
    RollingAgenda.NextSession p = agenda.proposal();
    Long themeId = p.theme() == null ? null : p.theme().id();
    List<Sessions.AgendaItem> items = new ArrayList<>();
    var standard = Sessions.standardAgenda(SessionKind.BOARD, p.presenter(), themeId);
    for (int i = 0; i < standard.size(); i++) {
      var it = standard.get(i);
      items.add(new Sessions.AgendaItem(i + 1, it.type(), it.title(), it.member(), it.themeId()));
    }
    Map<Long, Theme> themes = p.theme() == null ? Map.of() : Map.of(themeId, p.theme());
    model.addAttribute("admin", v.manage());
    model.addAttribute("next", p);
    model.addAttribute("nextPresenter", Views.member(p.presenter(), sessions, l));
    model.addAttribute("nextTheme", Views.theme(p.theme(), sessions, l));
    model.addAttribute("nextAgenda", Views.agenda(items, themes, sessions, l));
    model.addAttribute(
        "sessions",
        sessions.list(v, null, null).stream()
            .sorted(Comparator.comparing(Session::startsAt).reversed())
            .map(s -> Views.summary(s, sessions, l))
            .toList());
    model.addAttribute("rotation", agenda.rotationState());
    model.addAttribute(
        "themesByYear",
        agenda.presentedByYear(v).entrySet().stream()
            .map(
                e ->
                    new Views.ThemesByYear(
                        e.getKey(),
                        e.getValue().stream().map(t -> Views.theme(t, sessions, l)).toList()))
            .toList());
    LocalDate today = LocalDate.now(Session.BRUSSELS);
    model.addAttribute(
        "mandates",
        representatives.heldOn(today).stream()
            .map(m -> Views.mandate(m, sessions, l, today))
            .toList());
    model.addAttribute("groups", groups.list(null).stream().map(g -> Views.group(g, l)).toList());
    return "cooperation/index";
  }

  @PostMapping("/plan-next")
  String planNext(@RequestParam(required = false) LocalDate date, RedirectAttributes flash) {
    ConsoleUser user = admin();
    return act(
        flash,
        "/console/cooperation",
        () -> {
          Session s =
              agenda.planNext(new RollingAgenda.PlanInput(date, null, null, null), viewer(user));
          return "/console/cooperation/sessions/" + s.id();
        });
  }

  @GetMapping("/sessions/{id}")
  String session(@PathVariable long id, Model model) {
    ConsoleUser user = ConsoleUser.current();
    Viewer v = viewer(user);
    Views.SessionView view =
        CooperationController.detail(id, v, language(), false, sessions, documents, agenda, groups);
    model.addAttribute("admin", v.manage());
    model.addAttribute("s", view);
    model.addAttribute("decisionStatuses", DecisionStatus.values());
    model.addAttribute(
        "decisionLabels",
        java.util.Arrays.stream(DecisionStatus.values())
            .collect(
                java.util.stream.Collectors.toMap(
                    Enum::name, st -> be.synerjob.hub.cooperation.Labels.of(st, language()))));
    model.addAttribute(
        "canVote",
        view.vote() != null
            && !view.vote().closed()
            && user.member() != null
            && view.vote().votes().stream().noneMatch(x -> x.member().equals(user.member().value()))
            && !view.vote().proposals().isEmpty());
    model.addAttribute(
        "planned", view.session().status().code().equals(SessionStatus.PLANNED.name()));
    return "cooperation/session";
  }

  @PostMapping("/sessions/{id}/decisions")
  String addDecision(
      @PathVariable long id,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String body,
      @RequestParam(required = false) String status,
      RedirectAttributes flash) {
    ConsoleUser user = admin();
    String back = "/console/cooperation/sessions/" + id;
    return act(
        flash,
        back,
        () -> {
          sessions.addDecision(id, new Sessions.DecisionInput(title, body, status), viewer(user));
          return back;
        });
  }

  @PostMapping("/sessions/{id}/decisions/{number}")
  String decisionStatus(
      @PathVariable long id,
      @PathVariable int number,
      @RequestParam String status,
      RedirectAttributes flash) {
    ConsoleUser user = admin();
    String back = "/console/cooperation/sessions/" + id;
    return act(
        flash,
        back,
        () -> {
          sessions.setDecisionStatus(id, number, status, viewer(user));
          return back;
        });
  }

  @PostMapping("/sessions/{id}/status")
  String sessionStatus(
      @PathVariable long id, @RequestParam String status, RedirectAttributes flash) {
    ConsoleUser user = admin();
    String back = "/console/cooperation/sessions/" + id;
    return act(
        flash,
        back,
        () -> {
          sessions.update(
              id, new Sessions.SessionUpdate(null, null, null, null, null, status), viewer(user));
          return back;
        });
  }

  @PostMapping("/sessions/{id}/votes")
  String vote(
      @PathVariable long id,
      @RequestParam(required = false) Long themeId,
      RedirectAttributes flash) {
    ConsoleUser user = ConsoleUser.current();
    String back = "/console/cooperation/sessions/" + id;
    return act(
        flash,
        back,
        () -> {
          agenda.vote(id, new RollingAgenda.VoteInput(themeId, null), viewer(user));
          return back;
        });
  }

  @PostMapping("/sessions/{id}/vote/close")
  String closeVote(@PathVariable long id, RedirectAttributes flash) {
    ConsoleUser user = admin();
    String back = "/console/cooperation/sessions/" + id;
    return act(
        flash,
        back,
        () -> {
          agenda.closeVote(id, viewer(user));
          return back;
        });
  }

  @GetMapping("/documents/{id}")
  ResponseEntity<byte[]> document(@PathVariable long id) {
    return PublicCooperationController.serve(documents.content(id, viewer(ConsoleUser.current())));
  }

  @GetMapping("/working-groups/{code}")
  String group(@PathVariable String code, Model model) {
    ConsoleUser user = ConsoleUser.current();
    Viewer v = viewer(user);
    Language l = language();
    var g = groups.get(code);
    model.addAttribute("admin", v.manage());
    model.addAttribute("g", Views.group(g, l));
    model.addAttribute("mandate", g.mandate());
    model.addAttribute("mandateLanguage", g.mandateLanguage().code());
    model.addAttribute("links", groups.links(code).stream().map(k -> Views.link(k, l)).toList());
    model.addAttribute(
        "experts",
        v.internal()
            ? groups.experts(code, true).stream()
                .map(
                    e ->
                        new Views.ExpertView(
                            e.id(), Views.person(e.person(), sessions, l), e.since(), e.until()))
                .toList()
            : List.of());
    model.addAttribute(
        "history", groups.history(code).stream().map(c -> Views.change(c, l)).toList());
    model.addAttribute(
        "reports",
        groups.reports(code).stream()
            .filter(
                r -> sessions.list(v, null, null).stream().anyMatch(s -> s.id() == r.sessionId()))
            .map(Views::report)
            .toList());
    model.addAttribute("nextStatuses", g.status().next().stream().sorted().toList());
    model.addAttribute(
        "statusLabels",
        java.util.Arrays.stream(WorkingGroupStatus.values())
            .collect(
                java.util.stream.Collectors.toMap(
                    Enum::name, s -> be.synerjob.hub.cooperation.Labels.of(s, l))));
    return "cooperation/group";
  }

  @PostMapping("/working-groups/{code}/status")
  String groupStatus(
      @PathVariable String code,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String reason,
      RedirectAttributes flash) {
    ConsoleUser user = admin();
    String back = "/console/cooperation/working-groups/" + code;
    return act(
        flash,
        back,
        () -> {
          groups.changeStatus(
              code, new WorkingGroups.StatusInput(status, reason, null), viewer(user));
          return back;
        });
  }

  private static ConsoleUser admin() {
    ConsoleUser user = ConsoleUser.current();
    if (!user.isAdmin()) {
      throw HubException.forbidden("The secretariat's work needs an administrator's account");
    }
    return user;
  }

  /** Runs a write; on a refusal, back to the page with the problems shown. */
  private static String act(RedirectAttributes flash, String back, Supplier<String> write) {
    try {
      String to = write.get();
      flash.addFlashAttribute("saved", true);
      return "redirect:" + to;
    } catch (HubException e) {
      flash.addFlashAttribute("error", e.getMessage());
      flash.addFlashAttribute(
          "problems", e.problems().stream().map(p -> p.field() + ": " + p.reason()).toList());
      return "redirect:" + back;
    }
  }
}
