package be.synerjob.hub.channel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;

/** Writes SSH key pairs in OpenSSH format, as {@code ssh-keygen} would (demo mode, tests). */
public final class SshKeyFiles {

  private SshKeyFiles() {}

  /** A new ECDSA P-256 key pair (understood by every OpenSSH client and by the hub's server). */
  public static KeyPair generate() {
    try {
      return KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes {@code file} (the private key, readable by its owner only, as OpenSSH requires) and
   * {@code file.pub}; returns the public key line.
   */
  public static String write(KeyPair pair, Path file, String comment) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.deleteIfExists(file);
      Files.createFile(file);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, comment, null, out);
      }
      String line = publicKeyLine(pair, comment);
      Files.writeString(
          file.resolveSibling(file.getFileName() + ".pub"), line + "\n", StandardCharsets.US_ASCII);
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code ecdsa-sha2-nistp256 AAAA… comment}. */
  public static String publicKeyLine(KeyPair pair, String comment) {
    return PublicKeyEntry.toString(pair.getPublic()) + (comment == null ? "" : " " + comment);
  }
}
