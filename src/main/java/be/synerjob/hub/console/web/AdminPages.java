package be.synerjob.hub.console.web;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.console.ConsoleAccount;
import be.synerjob.hub.console.ConsoleUser;
import be.synerjob.hub.console.ConsoleUsers;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.organisation.ApiKey;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.Members;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.organisation.SharingAgreements;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration, for the {@code ADMIN} role only (the filter chain guards {@code /console/admin}
 * too): the members, API keys (a member's administrator sees and revokes its own member's keys, an
 * operator all), sharing agreements (those the member gives or receives) and console users.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminPages {

  private final Members members;
  private final ApiKeys keys;
  private final SharingAgreements agreements;
  private final ConsoleUsers users;
  private final AuditLog audit;

  AdminPages(
      Members members,
      ApiKeys keys,
      SharingAgreements agreements,
      ConsoleUsers users,
      AuditLog audit) {
    this.members = members;
    this.keys = keys;
    this.agreements = agreements;
    this.users = users;
    this.audit = audit;
  }

  @GetMapping("/console/admin")
  String admin(Model model, Locale locale) {
    ConsoleUser user = ConsoleUser.current();
    Language lang = Language.parse(locale.getLanguage()).orElse(Language.EN);
    model.addAttribute("lang", lang);
    model.addAttribute("members", members.all());
    List<ApiKey> list = keys.list(user.member());
    model.addAttribute("keys", list);
    List<SharingAgreement> visible =
        agreements.list().stream()
            .filter(
                a ->
                    user.isOperator()
                        || a.recipient().equals(user.member())
                        || a.source().equals(user.member()))
            .toList();
    model.addAttribute("agreements", visible);
    java.util.Map<SharingAgreement, String> regions = new java.util.HashMap<>();
    visible.forEach(
        a ->
            regions.put(
                a,
                a.regions().stream()
                    .map(r -> r.label(lang))
                    .sorted()
                    .collect(java.util.stream.Collectors.joining(", "))));
    model.addAttribute("agreementRegions", regions);
    java.util.Map<String, String> scopes = new java.util.HashMap<>();
    list.forEach(
        k ->
            scopes.put(
                k.id(),
                k.scopes().stream()
                    .map(be.synerjob.hub.organisation.Scope::value)
                    .sorted()
                    .collect(java.util.stream.Collectors.joining(", "))));
    model.addAttribute("keyScopes", scopes);
    List<ConsoleAccount> accounts = users.list(user.member());
    model.addAttribute("accounts", accounts);
    return "console/admin";
  }

  @PostMapping("/console/admin/keys/{id}/revoke")
  @Transactional
  String revoke(@PathVariable String id, RedirectAttributes redirect) {
    ConsoleUser user = ConsoleUser.current();
    ApiKey key =
        keys.find(id)
            .filter(k -> user.isOperator() || user.member().equals(k.member()))
            .orElse(null);
    if (key == null) {
      redirect.addFlashAttribute("error", "admin.keys.unknown");
      return "redirect:/console/admin";
    }
    keys.revoke(id);
    audit.record(
        user.actor(),
        key.member() == null ? null : key.member().value(),
        AuditAction.KEY_REVOKED,
        "key:" + key.prefix(),
        "OK",
        null);
    redirect.addFlashAttribute("done", "admin.keys.revoked");
    redirect.addFlashAttribute("doneArg", key.prefix());
    return "redirect:/console/admin";
  }

  @PostMapping("/console/admin/users/{username}/{action:enable|disable}")
  String enable(
      @PathVariable String username, @PathVariable String action, RedirectAttributes redirect) {
    ConsoleUser user = ConsoleUser.current();
    ConsoleAccount a =
        users
            .find(username)
            .filter(u -> user.isOperator() || user.member().equals(u.member()))
            .orElse(null);
    if (a == null || a.username().equals(user.username())) {
      redirect.addFlashAttribute("error", "admin.users.refused");
      return "redirect:/console/admin";
    }
    users.setEnabled(a.username(), action.equals("enable"), user.actor());
    redirect.addFlashAttribute("done", "admin.users." + action + "d");
    redirect.addFlashAttribute("doneArg", a.username());
    return "redirect:/console/admin";
  }
}
