package be.synerjob.hub.channel.sftp;

import be.synerjob.hub.channel.ChannelProperties;
import be.synerjob.hub.channel.FileIngestor;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.Members;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.sftp.client.SftpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fetches files from members' own SFTP servers ({@code hub.channel.remotes.<member>.path}) on their
 * interval, with the same rules as uploads: temporary names are skipped (in marker mode only files
 * with a {@code .done} marker are taken), each remote file (name, size, time) is fetched once,
 * downloaded into staging and processed like an upload; its report lands in the member's home on
 * the hub.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnExpression("${hub.scheduling.enabled:true}")
class RemotePoller {

  private static final Logger log = LoggerFactory.getLogger(RemotePoller.class);

  private final ChannelProperties properties;
  private final SftpConnections connections;
  private final FileIngestor ingestor;
  private final Inbox inbox;
  private final MemberHomes homes;
  private final Members members;
  private final Map<String, Instant> lastPoll = new ConcurrentHashMap<>();

  RemotePoller(
      ChannelProperties properties,
      SftpConnections connections,
      FileIngestor ingestor,
      Inbox inbox,
      MemberHomes homes,
      Members members) {
    this.properties = properties;
    this.connections = connections;
    this.ingestor = ingestor;
    this.inbox = inbox;
    this.homes = homes;
    this.members = members;
  }

  @Scheduled(initialDelayString = "PT5S", fixedDelayString = "PT5S")
  void tick() {
    for (var e : properties.remotes().entrySet()) {
      ChannelProperties.Remote r = e.getValue();
      if (r.path() == null) {
        continue;
      }
      Instant last = lastPoll.get(e.getKey());
      if (last != null && last.plus(r.interval()).isAfter(Instant.now())) {
        continue;
      }
      lastPoll.put(e.getKey(), Instant.now());
      try {
        poll(members.require("remote", e.getKey()).code(), r);
      } catch (RuntimeException ex) {
        log.warn("Polling the SFTP server of {} failed: {}", e.getKey(), ex.toString());
      }
    }
  }

  /** One poll of a member's server. */
  void poll(MemberCode member, ChannelProperties.Remote r) {
    try (SftpConnections.Connection c = connections.open(r)) {
      Set<String> names = new java.util.HashSet<>();
      Map<String, SftpClient.Attributes> files = new java.util.LinkedHashMap<>();
      for (SftpClient.DirEntry d : c.sftp().readDir(r.path())) {
        if (d.getAttributes().isRegularFile()) {
          names.add(d.getFilename());
          files.put(d.getFilename(), d.getAttributes());
        }
      }
      boolean markerOnly = properties.inbox().markerOnly();
      for (var f : files.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
        String name = f.getKey();
        if (MemberHomes.temporary(name) || (markerOnly && !names.contains(name + ".done"))) {
          continue;
        }
        String remote = SftpConnections.Connection.join(r.path(), name);
        String key =
            member
                + "|"
                + r.host()
                + ":"
                + r.port()
                + "|"
                + remote
                + "|"
                + f.getValue().getSize()
                + "|"
                + f.getValue().getModifyTime().toMillis();
        if (ingestor.remoteSeen(key)) {
          continue;
        }
        Path staged = homes.staging().resolve(java.util.UUID.randomUUID().toString());
        try (InputStream in = c.sftp().read(remote)) {
          Files.copy(in, staged);
        }
        if (Files.size(staged) != f.getValue().getSize()) {
          Files.deleteIfExists(staged); // changed while we read it: next poll
          continue;
        }
        String id = ingestor.register(member, name, "REMOTE", staged, key);
        log.info("Fetched {} from the SFTP server of {} as file {}", remote, member, id);
        if (r.deleteAfterDownload()) {
          c.sftp().remove(remote);
          if (names.contains(name + ".done")) {
            c.sftp().remove(remote + ".done");
          }
        }
        inbox.submit(id);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
