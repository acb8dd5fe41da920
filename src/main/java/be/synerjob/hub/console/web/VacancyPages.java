package be.synerjob.hub.console.web;

import be.synerjob.hub.console.ConsoleUser;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.dedup.ClusterMember;
import be.synerjob.hub.dedup.Clusters;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.organisation.AgreementSet;
import be.synerjob.hub.organisation.Member;
import be.synerjob.hub.organisation.Members;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.reference.Concept;
import be.synerjob.hub.reference.LabelSet;
import be.synerjob.hub.reference.Reference;
import be.synerjob.hub.reference.Scheme;
import be.synerjob.hub.vacancy.Routing;
import be.synerjob.hub.vacancy.StoredVacancy;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyStore;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A member's vacancies and the vacancy page: content, codes with their labels in four languages,
 * the duplicate cluster, the version history and the partners that receive it. A member's user sees
 * its own vacancies and those its agreements let it receive; an operator sees all.
 */
@Controller
class VacancyPages {

  static final int PAGE = 50;

  private final VacancyStore store;
  private final Members members;
  private final SharingAgreements agreements;
  private final Clusters clusters;
  private final Reference reference;
  private final Gazetteer gazetteer;

  VacancyPages(
      VacancyStore store,
      Members members,
      SharingAgreements agreements,
      Clusters clusters,
      Reference reference,
      Gazetteer gazetteer) {
    this.store = store;
    this.members = members;
    this.agreements = agreements;
    this.clusters = clusters;
    this.reference = reference;
    this.gazetteer = gazetteer;
  }

  /** One line of the list. */
  record Line(
      UUID id, String reference, String title, String status, int version, String updated) {}

  @GetMapping("/console/vacancies")
  String list(
      @RequestParam(required = false) String member,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String after,
      @RequestParam(required = false) String reference,
      Model model,
      HttpServletResponse response) {
    ConsoleUser user = ConsoleUser.current();
    MemberCode code = user.member();
    if (user.isOperator()) {
      code =
          members.codes().stream()
              .filter(c -> c.value().equalsIgnoreCase(member == null ? "" : member.trim()))
              .findFirst()
              .orElse(members.codes().get(0));
    }
    if (reference != null && !reference.isBlank()) {
      Optional<StoredVacancy> found = store.find(code, reference.trim());
      if (found.isPresent()) {
        return "redirect:/console/vacancies/" + found.get().id();
      }
      model.addAttribute("notFound", reference.trim());
    }
    String st = "OPEN".equals(status) || "CLOSED".equals(status) ? status : null;
    List<VacancyStore.Listed> listed = store.list(code, st, after, PAGE + 1);
    boolean more = listed.size() > PAGE;
    List<VacancyStore.Listed> page = more ? listed.subList(0, PAGE) : listed;
    Map<UUID, String> titles = new HashMap<>();
    store.findAll(
        page.stream().map(VacancyStore.Listed::id).toList(),
        s -> titles.put(s.id(), s.vacancy().title()));
    ConsoleFormat f = new ConsoleFormat();
    List<Line> lines =
        page.stream()
            .map(
                l ->
                    new Line(
                        l.id(),
                        l.reference(),
                        titles.get(l.id()),
                        l.status(),
                        l.version(),
                        f.instant(l.updatedAt())))
            .toList();
    model.addAttribute("lines", lines);
    model.addAttribute("member", code.value());
    model.addAttribute("status", st);
    model.addAttribute("members", members.codes());
    model.addAttribute("next", more ? page.get(page.size() - 1).reference() : null);
    model.addAttribute("after", after);
    return "console/vacancies";
  }

  /** An occupation or competence code with its labels. */
  record Code(
      String scheme,
      String code,
      String id,
      Map<String, String> labels,
      String extra,
      boolean known) {}

  /** A partner and whether it receives the vacancy. */
  record Recipient(String member, String name, boolean receives) {}

  @GetMapping("/console/vacancies/{id}")
  String vacancy(
      @PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
    ConsoleUser user = ConsoleUser.current();
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return notFound(model, response, id);
    }
    Optional<StoredVacancy> found = store.find(uuid);
    AgreementSet set = agreements.current();
    if (found.isEmpty() || !maySee(user, found.get().routing(), set)) {
      return notFound(model, response, id);
    }
    StoredVacancy s = found.get();
    Vacancy v = s.vacancy();
    Language lang = Language.parse(locale.getLanguage()).orElse(Language.EN);
    model.addAttribute("stored", s);
    model.addAttribute("v", v);
    model.addAttribute("languages", List.of("nl", "fr", "de", "en"));
    List<Code> occupations = new ArrayList<>();
    if (v.occupations() != null) {
      for (Vacancy.OccupationCode o : v.occupations()) {
        occupations.add(code(o.scheme().name(), o.code(), null));
      }
    }
    List<Code> competences = new ArrayList<>();
    if (v.competences() != null) {
      for (Vacancy.CompetenceCode c : v.competences()) {
        competences.add(
            code(
                c.scheme().name(),
                c.code(),
                Boolean.TRUE.equals(c.essential()) ? "essential" : null));
      }
    }
    model.addAttribute("occupations", occupations);
    model.addAttribute("competences", competences);
    if (v.workplace() != null) {
      gazetteer
          .postcode(v.workplace().postcode())
          .ifPresent(
              p -> {
                model.addAttribute("place", p.name(lang));
                model.addAttribute("province", p.province().label(lang));
              });
      if (v.workplace().region() != null) {
        model.addAttribute("region", v.workplace().region().label(lang));
      }
    }
    List<ClusterMember> cluster =
        s.clusterId() == null ? List.of() : clusters.members(s.clusterId());
    model.addAttribute("cluster", cluster);
    Map<UUID, Boolean> visible = new LinkedHashMap<>();
    for (ClusterMember m : cluster) {
      visible.put(
          m.vacancyId(),
          user.isOperator()
              || (user.member() != null && (user.member().value().equals(m.member())))
              || m.vacancyId().equals(uuid)
              || store.find(m.vacancyId()).map(o -> maySee(user, o.routing(), set)).orElse(false));
    }
    model.addAttribute("clusterVisible", visible);
    model.addAttribute("versions", store.versions(uuid));
    Routing routing = s.routing().asOpen();
    List<Recipient> recipients = new ArrayList<>();
    for (Member m : members.all()) {
      if (m.code().equals(routing.source())) {
        continue;
      }
      recipients.add(new Recipient(m.code().value(), m.name(lang), set.admits(m.code(), routing)));
    }
    model.addAttribute("recipients", recipients);
    model.addAttribute(
        "sourceName", members.find(routing.source()).map(m -> m.name(lang)).orElse(""));
    return "console/vacancy";
  }

  static boolean maySee(ConsoleUser user, Routing routing, AgreementSet set) {
    return user.isOperator()
        || user.member().equals(routing.source())
        || set.admits(user.member(), routing.asOpen());
  }

  private Code code(String schemeName, String code, String extra) {
    Optional<Scheme> scheme = Scheme.parse(schemeName);
    Optional<Concept> concept = Optional.empty();
    if (scheme.isPresent()) {
      try {
        concept = reference.find(scheme.get(), code);
      } catch (RuntimeException e) {
        concept = Optional.empty();
      }
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (String l : List.of("nl", "fr", "de", "en")) {
      labels.put(
          l, concept.map(c -> c.labels().getOrDefault(l, LabelSet.NONE).preferred()).orElse(null));
    }
    String id = concept.map(c -> c.ref().id()).orElse(null);
    return new Code(
        scheme.map(Scheme::title).orElse(schemeName), code, id, labels, extra, concept.isPresent());
  }

  static String notFound(Model model, HttpServletResponse response, String what) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    model.addAttribute("what", what);
    return "console/not-found";
  }
}
