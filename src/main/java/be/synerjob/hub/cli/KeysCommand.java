package be.synerjob.hub.cli;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.ApiKey;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.IssuedKey;
import be.synerjob.hub.organisation.Members;
import be.synerjob.hub.organisation.Scope;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Create, list and revoke API keys. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Manage API keys",
    subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
class KeysCommand {

  static String actor() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }

  @Command(name = "create", description = "Create a key; its secret is printed once")
  static class Create implements Callable<Integer> {
    @Option(
        names = "--member",
        description =
            "Member code (VDAB, FOREM, …); omit for an operator key or the EURES client's key")
    String member;

    @Option(names = "--name", required = true, description = "What the key is for")
    String name;

    @Option(
        names = "--scopes",
        required = true,
        description =
            "Comma-separated: vacancies:publish, feed:read, reference:review, admin; eures:read alone"
                + " (no member) for the EURES client")
    String scopes;

    private final ApiKeys keys;
    private final Members members;
    private final AuditLog audit;

    Create(ApiKeys keys, Members members, AuditLog audit) {
      this.keys = keys;
      this.members = members;
      this.audit = audit;
    }

    @Override
    public Integer call() {
      MemberCode m = member == null ? null : members.require("member", member).code();
      IssuedKey issued = keys.create(m, name, ApiKeys.parseScopes(scopes));
      audit.record(
          actor(),
          m == null ? null : m.value(),
          AuditAction.KEY_CREATED,
          "key:" + issued.key().prefix(),
          "OK",
          "scopes " + issued.key().scopes());
      System.out.println("id:     " + issued.key().id());
      System.out.println(
          "member: "
              + (m != null
                  ? m.value()
                  : issued.key().scopes().contains(Scope.EURES_READ)
                      ? "(EURES client)"
                      : "(operator)"));
      System.out.println("scopes: " + issued.key().scopes());
      System.out.println("key:    " + issued.secret());
      System.out.println("Store the key now: the hub keeps only its hash.");
      return 0;
    }
  }

  @Command(name = "list", description = "List keys (never their secrets)")
  static class ListKeys implements Callable<Integer> {
    @Option(names = "--member", description = "Only this member's keys")
    String member;

    private final ApiKeys keys;
    private final Members members;

    ListKeys(ApiKeys keys, Members members) {
      this.keys = keys;
      this.members = members;
    }

    @Override
    public Integer call() {
      System.out.printf(
          "%-36s  %-8s  %-8s  %-8s  %-40s  %s%n",
          "id", "member", "prefix", "state", "scopes", "name");
      for (ApiKey k : keys.list(member == null ? null : members.require("member", member).code())) {
        System.out.printf(
            "%-36s  %-8s  %-8s  %-8s  %-40s  %s%n",
            k.id(),
            k.member() == null ? "-" : k.member(),
            k.prefix(),
            k.active() ? "active" : "revoked",
            k.scopes(),
            k.name());
      }
      return 0;
    }
  }

  @Command(name = "revoke", description = "Revoke a key at once")
  static class Revoke implements Callable<Integer> {
    @Parameters(index = "0", description = "The key's id")
    String id;

    private final ApiKeys keys;
    private final AuditLog audit;

    Revoke(ApiKeys keys, AuditLog audit) {
      this.keys = keys;
      this.audit = audit;
    }

    @Override
    public Integer call() {
      ApiKey key = keys.find(id).orElse(null);
      if (key == null) {
        System.err.println("No API key with id " + id);
        return 2;
      }
      boolean revoked = keys.revoke(id);
      audit.record(
          actor(),
          key.member() == null ? null : key.member().value(),
          AuditAction.KEY_REVOKED,
          "key:" + key.prefix(),
          "OK",
          null);
      System.out.println(revoked ? "Revoked " + id : "Already revoked: " + id);
      return 0;
    }
  }
}
