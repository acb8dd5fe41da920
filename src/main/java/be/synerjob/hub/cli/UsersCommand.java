package be.synerjob.hub.cli;

import be.synerjob.hub.console.ConsoleAccount;
import be.synerjob.hub.console.ConsoleRole;
import be.synerjob.hub.console.ConsoleUsers;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.Members;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Create, list, disable console users and set their passwords. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = "Manage console users (web console login)",
    subcommands = {
      UsersCommand.Create.class,
      UsersCommand.ListUsers.class,
      UsersCommand.Disable.class,
      UsersCommand.Enable.class,
      UsersCommand.Password.class
    })
class UsersCommand {

  static String passwordOrGenerated(char[] given) {
    return given == null || given.length == 0 ? ConsoleUsers.generatePassword() : new String(given);
  }

  @Command(
      name = "create",
      description = "Create a console user; without --password a password is generated and printed")
  static class Create implements Callable<Integer> {
    @Parameters(index = "0", description = "Username (lower case)")
    String username;

    @Option(names = "--member", description = "Member code (VDAB, FOREM, …); omit for an operator")
    String member;

    @Option(names = "--role", defaultValue = "USER", description = "USER or ADMIN (default USER)")
    String role;

    @Option(
        names = "--password",
        arity = "0..1",
        interactive = true,
        description = "Ask for the password (typed, not echoed)")
    char[] password;

    private final ConsoleUsers users;
    private final Members members;

    Create(ConsoleUsers users, Members members) {
      this.users = users;
      this.members = members;
    }

    @Override
    public Integer call() {
      MemberCode m = member == null ? null : members.require("member", member).code();
      ConsoleRole r =
          ConsoleRole.parse(role)
              .orElseThrow(
                  () ->
                      HubException.invalidParameter(
                          "role", "'" + role + "' is not a role; valid values: USER, ADMIN"));
      String secret = passwordOrGenerated(password);
      ConsoleAccount a = users.create(username, m, r, secret, KeysCommand.actor());
      System.out.println("user:     " + a.username());
      System.out.println("member:   " + (a.member() == null ? "(operator)" : a.member()));
      System.out.println("role:     " + a.role());
      if (password == null || password.length == 0) {
        System.out.println("password: " + secret);
        System.out.println("Give the password to its user now: the hub keeps only its hash.");
      }
      return 0;
    }
  }

  @Command(name = "list", description = "List console users")
  static class ListUsers implements Callable<Integer> {
    @Option(names = "--member", description = "Only this member's users")
    String member;

    private final ConsoleUsers users;
    private final Members members;

    ListUsers(ConsoleUsers users, Members members) {
      this.users = users;
      this.members = members;
    }

    @Override
    public Integer call() {
      System.out.printf(
          "%-24s  %-8s  %-6s  %-8s  %s%n", "username", "member", "role", "state", "created");
      for (ConsoleAccount a :
          users.list(member == null ? null : members.require("member", member).code())) {
        System.out.printf(
            "%-24s  %-8s  %-6s  %-8s  %s%n",
            a.username(),
            a.member() == null ? "-" : a.member(),
            a.role(),
            a.enabled() ? "enabled" : "disabled",
            a.createdAt());
      }
      return 0;
    }
  }

  @Command(name = "disable", description = "Disable a console user (signing in is refused)")
  static class Disable implements Callable<Integer> {
    @Parameters(index = "0", description = "Username")
    String username;

    private final ConsoleUsers users;

    Disable(ConsoleUsers users) {
      this.users = users;
    }

    @Override
    public Integer call() {
      users.setEnabled(username, false, KeysCommand.actor());
      System.out.println("Disabled " + username);
      return 0;
    }
  }

  @Command(name = "enable", description = "Enable a disabled console user again")
  static class Enable implements Callable<Integer> {
    @Parameters(index = "0", description = "Username")
    String username;

    private final ConsoleUsers users;

    Enable(ConsoleUsers users) {
      this.users = users;
    }

    @Override
    public Integer call() {
      users.setEnabled(username, true, KeysCommand.actor());
      System.out.println("Enabled " + username);
      return 0;
    }
  }

  @Command(
      name = "password",
      description = "Set a new password; without --password one is generated and printed")
  static class Password implements Callable<Integer> {
    @Parameters(index = "0", description = "Username")
    String username;

    @Option(
        names = "--password",
        arity = "0..1",
        interactive = true,
        description = "Ask for the password (typed, not echoed)")
    char[] password;

    private final ConsoleUsers users;

    Password(ConsoleUsers users) {
      this.users = users;
    }

    @Override
    public Integer call() {
      String secret = passwordOrGenerated(password);
      users.setPassword(username, secret, KeysCommand.actor());
      System.out.println(
          password == null || password.length == 0
              ? "New password of " + username + ": " + secret
              : "Password of " + username + " changed");
      return 0;
    }
  }
}
