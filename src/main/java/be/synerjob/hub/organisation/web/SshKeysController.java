package be.synerjob.hub.organisation.web;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.organisation.ApiPrincipal;
import be.synerjob.hub.organisation.Members;
import be.synerjob.hub.organisation.SshKey;
import be.synerjob.hub.organisation.SshKeys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Members' SSH public keys for the SFTP server; needs the {@code admin} scope. */
@RestController
@RequestMapping("/api/v1/admin/ssh-keys")
@PreAuthorize("hasAuthority('SCOPE_admin')")
@Tag(name = "Administration", description = "API keys, sharing agreements and the audit log")
@SecurityRequirement(name = "apiKey")
class SshKeysController {

  private final SshKeys keys;
  private final Members members;
  private final AuditLog audit;

  SshKeysController(SshKeys keys, Members members, AuditLog audit) {
    this.keys = keys;
    this.members = members;
    this.audit = audit;
  }

  /** What an administrator sends to register a key: the member and the .pub line. */
  record SshKeyRequest(String member, String name, String publicKey) {}

  @PostMapping
  @Operation(
      summary = "Register a member's SSH public key for the SFTP server",
      description =
          "publicKey is the one-line OpenSSH form (the .pub file). The member logs in as its member code.")
  ResponseEntity<SshKey> add(@RequestBody SshKeyRequest request) {
    var member = members.require("member", request.member()).code();
    SshKey key = keys.add(member, request.name(), request.publicKey());
    audit.record(
        ApiPrincipal.current().actor(),
        member.value(),
        AuditAction.KEY_CREATED,
        "ssh-key:" + key.fingerprint(),
        "OK",
        key.keyType() + " " + key.name());
    return ResponseEntity.status(HttpStatus.CREATED).body(key);
  }

  @GetMapping
  @Operation(summary = "List SSH keys")
  List<SshKey> list(@RequestParam(required = false) String member) {
    return keys.list(member == null ? null : members.require("member", member).code());
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Revoke an SSH key at once (the next login with it is refused)")
  ResponseEntity<Void> revoke(@PathVariable String id) {
    SshKey key = keys.find(id).orElseThrow(() -> HubException.notFound("No SSH key with id " + id));
    keys.revoke(id);
    audit.record(
        ApiPrincipal.current().actor(),
        key.member().value(),
        AuditAction.KEY_REVOKED,
        "ssh-key:" + key.fingerprint(),
        "OK",
        null);
    return ResponseEntity.noContent().build();
  }
}
