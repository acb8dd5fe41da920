package be.synerjob.hub.channel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of file exchange ({@code hub.channel.*}), documented in {@code docs/channel.md}.
 *
 * @param workers files processed at the same time (each in batches of one transaction)
 * @param remotes members' own SFTP servers, by member code: polled for files and pushed exports
 */
@ConfigurationProperties("hub.channel")
public record ChannelProperties(
    Sftp sftp, Inbox inbox, Export export, Map<String, Remote> remotes, int workers) {

  public ChannelProperties {
    sftp = sftp == null ? new Sftp(true, null, 0, null, null, null) : sftp;
    inbox = inbox == null ? new Inbox(null, null, null, null) : inbox;
    export = export == null ? new Export(null, 0) : export;
    remotes = remotes == null ? Map.of() : Map.copyOf(remotes);
    workers = workers <= 0 ? 2 : workers;
  }

  /**
   * The hub's SFTP server.
   *
   * @param port 2222 by default; 0 picks a free port (tests)
   * @param root members' homes: {@code <root>/<MEMBER>/inbox|processed|rejected|outbox}
   * @param hostKey the server's host key, generated on first start and kept
   */
  public record Sftp(
      boolean enabled, String host, int port, Path root, Path hostKey, Duration idleTimeout) {
    public Sftp {
      host = host == null || host.isBlank() ? "0.0.0.0" : host;
      root = root == null ? Path.of("data", "sftp") : root;
      hostKey = hostKey == null ? Path.of("data", "sftp-host-key") : hostKey;
      idleTimeout = idleTimeout == null ? Duration.ofMinutes(10) : idleTimeout;
    }
  }

  /**
   * When an uploaded file is complete and taken.
   *
   * @param completion {@code close} (default): a file is taken once its upload is closed normally
   *     or it is renamed from a temporary name; {@code marker}: only once {@code <name>.done}
   *     exists
   * @param claimDelay wait this long after the close or rename before taking the file
   * @param scanInterval how often inboxes are scanned for {@code .done} markers
   * @param settleTime when set, also take files that appeared without an SFTP upload (copied into
   *     an inbox by other software) once unchanged this long; off by default
   */
  public record Inbox(
      String completion, Duration claimDelay, Duration scanInterval, Duration settleTime) {
    public Inbox {
      completion = completion == null ? "close" : completion.trim().toLowerCase();
      claimDelay = claimDelay == null ? Duration.ofSeconds(1) : claimDelay;
      scanInterval = scanInterval == null ? Duration.ofSeconds(10) : scanInterval;
    }

    public boolean markerOnly() {
      return "marker".equals(completion);
    }
  }

  /**
   * Export subscriptions.
   *
   * @param checkInterval how often subscriptions are checked for a due full or delta file
   * @param maxDeltaRecords the most changes one delta file holds
   */
  public record Export(Duration checkInterval, int maxDeltaRecords) {
    public Export {
      checkInterval = checkInterval == null ? Duration.ofMinutes(1) : checkInterval;
      maxDeltaRecords = maxDeltaRecords <= 0 ? 100_000 : maxDeltaRecords;
    }
  }

  /**
   * A member's own SFTP server.
   *
   * @param key the hub's private key file (OpenSSH format) for logging in there
   * @param hostKey the server's host key fingerprint ({@code SHA256:…}); without it the first key
   *     seen is accepted and logged
   * @param path the remote folder polled for files (none: no polling)
   * @param pushPath the remote folder exports are pushed to (none: no push)
   * @param deleteAfterDownload remove a remote file once it is safely received
   */
  public record Remote(
      String host,
      int port,
      String user,
      Path key,
      String hostKey,
      String path,
      String pushPath,
      Duration interval,
      boolean deleteAfterDownload) {
    public Remote {
      port = port <= 0 ? 22 : port;
      interval = interval == null ? Duration.ofMinutes(5) : interval;
    }
  }
}
