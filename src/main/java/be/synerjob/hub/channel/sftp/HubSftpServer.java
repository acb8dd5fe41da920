package be.synerjob.hub.channel.sftp;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.channel.ChannelProperties;
import be.synerjob.hub.channel.SftpEndpoint;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.Members;
import be.synerjob.hub.organisation.SshKey;
import be.synerjob.hub.organisation.SshKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The hub's SFTP server (Apache MINA SSHD). A member logs in as its member code with one of its
 * registered SSH keys (no passwords), and sees only its own home: {@code inbox/} (write), {@code
 * processed/}, {@code rejected/}, {@code outbox/} (read and delete). SFTP only: no shell, no
 * commands, no forwarding. Each home is the root of a virtual file system, so no path ({@code ../}
 * included) can leave it.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnExpression("${hub.scheduling.enabled:true} and ${hub.channel.sftp.enabled:true}")
class HubSftpServer implements SmartLifecycle, SftpEndpoint {

  private static final Logger log = LoggerFactory.getLogger(HubSftpServer.class);
  private static final AttributeRepository.AttributeKey<Boolean> REFUSED =
      new AttributeRepository.AttributeKey<>();
  private static final AttributeRepository.AttributeKey<Boolean> INTERRUPTED =
      new AttributeRepository.AttributeKey<>();

  private final ChannelProperties properties;
  private final MemberHomes homes;
  private final Members members;
  private final SshKeys keys;
  private final Inbox inbox;
  private final AuditLog audit;
  private SshServer server;
  private volatile int port;

  HubSftpServer(
      ChannelProperties properties,
      MemberHomes homes,
      Members members,
      SshKeys keys,
      Inbox inbox,
      AuditLog audit) {
    this.properties = properties;
    this.homes = homes;
    this.members = members;
    this.keys = keys;
    this.inbox = inbox;
    this.audit = audit;
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public void start() {
    homes.create();
    SshServer s = SshServer.setUpDefaultServer();
    s.setHost(properties.sftp().host());
    s.setPort(properties.sftp().port());
    Path hostKey = properties.sftp().hostKey().toAbsolutePath();
    try {
      Files.createDirectories(hostKey.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SimpleGeneratorHostKeyProvider keyProvider = new SimpleGeneratorHostKeyProvider(hostKey);
    keyProvider.setAlgorithm(KeyUtils.EC_ALGORITHM);
    keyProvider.setKeySize(256);
    s.setKeyPairProvider(keyProvider);
    s.setPublickeyAuthenticator(this::authenticate);
    s.setPasswordAuthenticator(null);
    s.setKeyboardInteractiveAuthenticator(null);
    s.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
    CoreModuleProperties.IDLE_TIMEOUT.set(s, properties.sftp().idleTimeout());
    CoreModuleProperties.AUTH_TIMEOUT.set(s, java.time.Duration.ofSeconds(60));
    VirtualFileSystemFactory fs = new VirtualFileSystemFactory();
    for (var m : members.all()) {
      fs.setUserHomeDir(m.code().value(), homes.home(m.code()));
    }
    s.setFileSystemFactory(fs);
    SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder().build();
    sftp.addSftpEventListener(new Guard());
    s.setSubsystemFactories(List.of(sftp));
    try {
      s.start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "The SFTP server could not listen on "
              + properties.sftp().host()
              + ":"
              + properties.sftp().port()
              + " ("
              + e.getMessage()
              + "); set hub.channel.sftp.port (HUB_SFTP_PORT) or hub.channel.sftp.enabled=false",
          e);
    }
    server = s;
    port = s.getPort();
    log.info(
        "SFTP server listening on {}:{} (homes under {})",
        properties.sftp().host(),
        port,
        homes.root());
  }

  @Override
  public void stop() {
    if (server != null) {
      try {
        server.stop(true);
      } catch (IOException e) {
        log.warn("SFTP server stop: {}", e.toString());
      }
      server = null;
    }
  }

  @Override
  public boolean isRunning() {
    return server != null && server.isStarted();
  }

  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 100; // starts after the inbox, stops before it
  }

  private boolean authenticate(String username, PublicKey key, ServerSession session) {
    String fingerprint = KeyUtils.getFingerPrint(key);
    Optional<SshKey> found = keys.findActive(fingerprint);
    if (found.isPresent() && found.get().member().value().equals(username)) {
      return true;
    }
    if (session.setAttribute(REFUSED, Boolean.TRUE) == null) {
      audit.record(
          "sftp:" + clip(username),
          found.map(k -> k.member().value()).orElse(null),
          AuditAction.AUTH_FAILED,
          "sftp login " + clip(username) + " from " + session.getClientAddress(),
          "DENIED",
          found.isPresent()
              ? "key " + fingerprint + " belongs to another member"
              : "unknown or revoked key " + fingerprint);
    }
    return false;
  }

  private static String clip(String s) {
    return s == null ? "" : s.length() > 40 ? s.substring(0, 40) : s;
  }

  /** A path inside a home as its parts: {@code /inbox/x.csv} → [inbox, x.csv]. */
  private static String[] parts(Path p) {
    String s = p.toAbsolutePath().normalize().toString();
    return s.replaceFirst("^/+", "").split("/");
  }

  private static boolean inInbox(Path p) {
    String[] a = parts(p);
    return a.length == 2 && a[0].equals("inbox");
  }

  private static AccessDeniedException denied(Path p, String why) {
    return new AccessDeniedException(p.toString(), null, why);
  }

  private Path real(ServerSession session, Path p) {
    return homes.home(new MemberCode(session.getUsername())).resolve(String.join("/", parts(p)));
  }

  /**
   * Enforces what a member may do in its home and tells the inbox when an upload is complete: a
   * file written through a handle the client closed itself, or renamed into its final name. A
   * handle closed because the connection dropped is an interrupted upload.
   */
  private final class Guard implements SftpEventListener {

    private final Map<Handle, Path> uploads = new ConcurrentHashMap<>();

    @Override
    public void opening(ServerSession session, String remoteHandle, Handle localHandle)
        throws IOException {
      if (localHandle instanceof FileHandle f && writes(f.getOpenOptions())) {
        if (!inInbox(f.getFile())) {
          throw denied(f.getFile(), "files can only be written in inbox/");
        }
      }
    }

    @Override
    public void open(ServerSession session, String remoteHandle, Handle localHandle) {
      if (localHandle instanceof FileHandle f && writes(f.getOpenOptions())) {
        Path real = real(session, f.getFile());
        uploads.put(localHandle, real);
        inbox.writing(real);
      }
    }

    @Override
    public void exiting(ServerSession session, Handle handle) {
      // the session ends with this handle still open: the connection dropped mid-transfer
      handle.setAttribute(INTERRUPTED, Boolean.TRUE);
    }

    @Override
    public void closed(
        ServerSession session, String remoteHandle, Handle localHandle, Throwable thrown) {
      Path real = uploads.remove(localHandle);
      if (real != null) {
        boolean complete =
            thrown == null
                && localHandle.getAttribute(INTERRUPTED) == null
                && session.isOpen()
                && !session.isClosing();
        inbox.written(new MemberCode(session.getUsername()), real, complete);
      }
    }

    @Override
    public void creating(ServerSession session, Path path, Map<String, ?> attrs)
        throws IOException {
      throw denied(path, "folders cannot be created");
    }

    @Override
    public void moving(
        ServerSession session, Path src, Path dst, Collection<java.nio.file.CopyOption> opts)
        throws IOException {
      if (!inInbox(src) || !inInbox(dst)) {
        throw denied(src, "files can only be renamed inside inbox/");
      }
    }

    @Override
    public void moved(
        ServerSession session,
        Path src,
        Path dst,
        Collection<java.nio.file.CopyOption> opts,
        Throwable thrown) {
      if (thrown == null) {
        inbox.renamed(new MemberCode(session.getUsername()), real(session, dst));
      }
    }

    @Override
    public void removing(ServerSession session, Path path, boolean isDirectory) throws IOException {
      String[] a = parts(path);
      if (isDirectory || a.length != 2 || !MemberHomes.FOLDERS.contains(a[0])) {
        throw denied(
            path, "only files in inbox/, processed/, rejected/ and outbox/ can be removed");
      }
    }

    @Override
    public void linking(ServerSession session, Path source, Path target, boolean symLink)
        throws IOException {
      throw denied(source, "links cannot be created");
    }

    @Override
    public void modifyingAttributes(ServerSession session, Path path, Map<String, ?> attrs)
        throws IOException {
      if (!inInbox(path)) {
        throw denied(path, "attributes can only be changed in inbox/");
      }
    }

    private boolean writes(Set<StandardOpenOption> options) {
      return options.contains(StandardOpenOption.WRITE)
          || options.contains(StandardOpenOption.APPEND)
          || options.contains(StandardOpenOption.CREATE)
          || options.contains(StandardOpenOption.CREATE_NEW)
          || options.contains(StandardOpenOption.TRUNCATE_EXISTING);
    }
  }
}
