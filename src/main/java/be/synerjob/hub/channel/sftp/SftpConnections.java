package be.synerjob.hub.channel.sftp;

import be.synerjob.hub.channel.ChannelProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The hub as an SFTP client of members' own servers: log in with the hub's key, check the server's
 * host key against the configured fingerprint, upload under a temporary name and rename.
 */
@Component
public class SftpConnections implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SftpConnections.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private SshClient client;

  private synchronized SshClient client() {
    if (client == null) {
      client = SshClient.setUpDefaultClient();
      client.setServerKeyVerifier(
          (session, address, key) -> {
            String expected = session.getAttribute(HOST_KEY);
            String actual = KeyUtils.getFingerPrint(key);
            if (expected == null) {
              log.warn(
                  "No host-key configured for {}: accepting {} (set hub.channel.remotes.<member>.host-key)",
                  address,
                  actual);
              return true;
            }
            return expected.equals(actual);
          });
      client.start();
    }
    return client;
  }

  private static final org.apache.sshd.common.AttributeRepository.AttributeKey<String> HOST_KEY =
      new org.apache.sshd.common.AttributeRepository.AttributeKey<>();

  /** An open SFTP connection to a member's server; close it after use. */
  public Connection open(ChannelProperties.Remote remote) {
    try {
      ClientSession session =
          client()
              .connect(remote.user(), remote.host(), remote.port())
              .verify(TIMEOUT)
              .getSession();
      if (remote.hostKey() != null) {
        session.setAttribute(HOST_KEY, remote.hostKey());
      }
      try (InputStream in = Files.newInputStream(remote.key())) {
        for (KeyPair kp :
            SecurityUtils.loadKeyPairIdentities(session, () -> remote.key().toString(), in, null)) {
          session.addPublicKeyIdentity(kp);
        }
      }
      session.auth().verify(TIMEOUT);
      return new Connection(session, SftpClientFactory.instance().createSftpClient(session));
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(
          "Cannot log in to " + remote.user() + "@" + remote.host() + ":" + remote.port(), e);
    }
  }

  /** One SFTP session. */
  public record Connection(ClientSession session, SftpClient sftp) implements AutoCloseable {

    /** Uploads {@code local} to {@code dir/name}: first as {@code .name.part}, then renamed. */
    public void upload(Path local, String dir, String name) {
      String target = join(dir, name);
      String tmp = join(dir, "." + name + ".part");
      try {
        try (OutputStream out = sftp.write(tmp)) {
          Files.copy(local, out);
        }
        try {
          sftp.remove(target);
        } catch (IOException e) {
          // not there yet
        }
        sftp.rename(tmp, target);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public static String join(String dir, String name) {
      return dir == null || dir.isEmpty()
          ? name
          : dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    @Override
    public void close() {
      try {
        sftp.close();
        session.close();
      } catch (IOException e) {
        // the connection is going away anyway
      }
    }
  }

  @Override
  public synchronized void close() {
    if (client != null) {
      client.stop();
      client = null;
    }
  }
}
