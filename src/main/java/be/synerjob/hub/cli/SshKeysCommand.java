package be.synerjob.hub.cli;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.organisation.Members;
import be.synerjob.hub.organisation.SshKey;
import be.synerjob.hub.organisation.SshKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Members' SSH public keys for the SFTP server. */
@Command(
    name = "ssh-keys",
    mixinStandardHelpOptions = true,
    description = "Manage members' SSH keys for the SFTP server",
    subcommands = {
      SshKeysCommand.Add.class,
      SshKeysCommand.ListKeys.class,
      SshKeysCommand.Revoke.class
    })
class SshKeysCommand {

  @Command(name = "add", description = "Register a member's public key (the .pub file)")
  static class Add implements Callable<Integer> {
    @Option(names = "--member", required = true, description = "Member code; it logs in as this")
    String member;

    @Option(names = "--name", required = true, description = "What the key is for")
    String name;

    @Parameters(index = "0", description = "The public key file (id_ed25519.pub, …)")
    Path file;

    private final SshKeys keys;
    private final Members members;
    private final AuditLog audit;

    Add(SshKeys keys, Members members, AuditLog audit) {
      this.keys = keys;
      this.members = members;
      this.audit = audit;
    }

    @Override
    public Integer call() throws Exception {
      var m = members.require("member", member).code();
      SshKey k = keys.add(m, name, Files.readString(file, StandardCharsets.US_ASCII));
      audit.record(
          KeysCommand.actor(),
          m.value(),
          AuditAction.KEY_CREATED,
          "ssh-key:" + k.fingerprint(),
          "OK",
          k.keyType() + " " + k.name());
      System.out.println("id:          " + k.id());
      System.out.println("member:      " + k.member() + " (logs in as " + k.member() + ")");
      System.out.println("fingerprint: " + k.fingerprint());
      return 0;
    }
  }

  @Command(name = "list", description = "List SSH keys")
  static class ListKeys implements Callable<Integer> {
    @Option(names = "--member", description = "Only this member's keys")
    String member;

    private final SshKeys keys;
    private final Members members;

    ListKeys(SshKeys keys, Members members) {
      this.keys = keys;
      this.members = members;
    }

    @Override
    public Integer call() {
      System.out.printf(
          "%-36s  %-8s  %-8s  %-20s  %-51s  %s%n",
          "id", "member", "state", "type", "fingerprint", "name");
      for (SshKey k : keys.list(member == null ? null : members.require("member", member).code())) {
        System.out.printf(
            "%-36s  %-8s  %-8s  %-20s  %-51s  %s%n",
            k.id(),
            k.member(),
            k.active() ? "active" : "revoked",
            k.keyType(),
            k.fingerprint(),
            k.name());
      }
      return 0;
    }
  }

  @Command(name = "revoke", description = "Revoke a key at once")
  static class Revoke implements Callable<Integer> {
    @Parameters(index = "0", description = "The key's id")
    String id;

    private final SshKeys keys;
    private final AuditLog audit;

    Revoke(SshKeys keys, AuditLog audit) {
      this.keys = keys;
      this.audit = audit;
    }

    @Override
    public Integer call() {
      SshKey k = keys.find(id).orElse(null);
      if (k == null) {
        System.err.println("No SSH key with id " + id);
        return 2;
      }
      boolean revoked = keys.revoke(id);
      audit.record(
          KeysCommand.actor(),
          k.member().value(),
          AuditAction.KEY_REVOKED,
          "ssh-key:" + k.fingerprint(),
          "OK",
          null);
      System.out.println(revoked ? "Revoked " + id : "Already revoked: " + id);
      return 0;
    }
  }
}
