package be.synerjob.hub.cli;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Region;
import be.synerjob.hub.organisation.Members;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.organisation.SharingAgreements;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** List, set and remove sharing agreements. */
@Command(
    name = "agreements",
    mixinStandardHelpOptions = true,
    description = "Manage sharing agreements",
    subcommands = {
      AgreementsCommand.ListAgreements.class,
      AgreementsCommand.Set.class,
      AgreementsCommand.Remove.class
    })
class AgreementsCommand {

  @Command(name = "list", description = "List every agreement")
  static class ListAgreements implements Callable<Integer> {
    private final SharingAgreements agreements;

    ListAgreements(SharingAgreements agreements) {
      this.agreements = agreements;
    }

    @Override
    public Integer call() {
      System.out.printf(
          "%-8s  <-  %-8s  %-9s  %-11s  %-11s  %s%n",
          "recipient", "source", "shareable", "exclude-twa", "only-active", "regions");
      for (SharingAgreement a : agreements.list()) {
        System.out.printf(
            "%-8s  <-  %-8s  %-9s  %-11s  %-11s  %s%n",
            a.recipient(),
            a.source(),
            a.onlyShareable(),
            a.excludeTemporaryWorkAgencies(),
            a.onlyActiveManagement(),
            a.regions().isEmpty() ? "all" : a.regions());
      }
      return 0;
    }
  }

  @Command(name = "set", description = "Create or replace what RECIPIENT may receive of SOURCE")
  static class Set implements Callable<Integer> {
    @Parameters(index = "0", description = "Receiving member")
    String recipient;

    @Parameters(index = "1", description = "Source member")
    String source;

    @Option(
        names = "--include-unshareable",
        description = "Also vacancies not flagged shareable (default: only shareable ones)")
    boolean includeUnshareable;

    @Option(names = "--exclude-temp-agencies", description = "Leave out temporary-work agencies")
    boolean excludeTwa;

    @Option(
        names = "--only-active-management",
        description = "Only vacancies that need active management")
    boolean onlyActive;

    @Option(
        names = "--regions",
        split = ",",
        description = "Only these regions: FLANDERS, WALLONIA, BRUSSELS")
    List<String> regions;

    private final SharingAgreements agreements;
    private final Members members;
    private final AuditLog audit;

    Set(SharingAgreements agreements, Members members, AuditLog audit) {
      this.agreements = agreements;
      this.members = members;
      this.audit = audit;
    }

    @Override
    public Integer call() {
      java.util.Set<Region> rs = new LinkedHashSet<>();
      if (regions != null) {
        for (String r : regions) {
          rs.add(
              Region.parse(r)
                  .orElseThrow(
                      () ->
                          HubException.invalidParameter("regions", "unknown region '" + r + "'")));
        }
      }
      SharingAgreement saved =
          agreements.put(
              new SharingAgreement(
                  members.require("recipient", recipient).code(),
                  members.require("source", source).code(),
                  !includeUnshareable,
                  excludeTwa,
                  onlyActive,
                  rs,
                  null,
                  null),
              KeysCommand.actor());
      audit.record(
          KeysCommand.actor(),
          saved.recipient().value(),
          AuditAction.AGREEMENT_CHANGED,
          "agreement:" + saved.recipient() + "<-" + saved.source(),
          "OK",
          saved.toString());
      System.out.println("Saved: " + saved);
      return 0;
    }
  }

  @Command(name = "remove", description = "End the agreement; the recipient receives removals")
  static class Remove implements Callable<Integer> {
    @Parameters(index = "0")
    String recipient;

    @Parameters(index = "1")
    String source;

    private final SharingAgreements agreements;
    private final Members members;
    private final AuditLog audit;

    Remove(SharingAgreements agreements, Members members, AuditLog audit) {
      this.agreements = agreements;
      this.members = members;
      this.audit = audit;
    }

    @Override
    public Integer call() {
      var r = members.require("recipient", recipient).code();
      var s = members.require("source", source).code();
      if (!agreements.remove(r, s)) {
        System.err.println("No agreement for " + r + " with source " + s);
        return 2;
      }
      audit.record(
          KeysCommand.actor(),
          r.value(),
          AuditAction.AGREEMENT_REMOVED,
          "agreement:" + r + "<-" + s,
          "OK",
          null);
      System.out.println("Removed " + r + " <- " + s);
      return 0;
    }
  }
}
