package be.synerjob.hub.learning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Protects national numbers: AES-256-GCM with a random 96-bit nonce per value for storage, and an
 * HMAC-SHA256 for look-up (equal numbers give equal hashes without the number being stored). Both
 * keys are derived from one master key ({@code hub.learning.encryption-key}, or a key file created
 * on first start for development).
 */
@Component
class NationalNumberVault {

  private static final Logger log = LoggerFactory.getLogger(NationalNumberVault.class);
  private static final int NONCE = 12;

  private final SecretKeySpec encryptionKey;
  private final SecretKeySpec lookupKey;
  private final SecureRandom random = new SecureRandom();

  NationalNumberVault(LearningProperties properties) {
    byte[] master = masterKey(properties);
    this.encryptionKey = new SecretKeySpec(derive(master, "encryption"), "AES");
    this.lookupKey = new SecretKeySpec(derive(master, "lookup"), "HmacSHA256");
  }

  /** The keyed hash (64 hex digits) used to find a person's rows. */
  String hash(String nationalNumber) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(lookupKey);
      return HexFormat.of().formatHex(mac.doFinal(nationalNumber.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** base64(nonce ‖ ciphertext ‖ tag). */
  String encrypt(String nationalNumber) {
    try {
      byte[] nonce = new byte[NONCE];
      random.nextBytes(nonce);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, nonce));
      byte[] ct = c.doFinal(nationalNumber.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[NONCE + ct.length];
      System.arraycopy(nonce, 0, out, 0, NONCE);
      System.arraycopy(ct, 0, out, NONCE, ct.length);
      return Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  String decrypt(String stored) {
    try {
      byte[] in = Base64.getDecoder().decode(stored);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, in, 0, NONCE));
      return new String(c.doFinal(in, NONCE, in.length - NONCE), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A national number could not be decrypted (wrong key?)", e);
    }
  }

  private static byte[] derive(byte[] master, String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(master, "HmacSHA256"));
      return mac.doFinal(
          ("synerjob-hub learning " + purpose + " v1").getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] masterKey(LearningProperties p) {
    if (p.encryptionKey() != null && !p.encryptionKey().isBlank()) {
      byte[] key = Base64.getDecoder().decode(p.encryptionKey().trim());
      if (key.length < 32) {
        throw new IllegalStateException(
            "hub.learning.encryption-key must be the base64 of at least 32 bytes");
      }
      return key;
    }
    Path file = Path.of(p.keyFile());
    try {
      if (Files.exists(file)) {
        return Base64.getDecoder().decode(Files.readString(file).trim());
      }
      byte[] key = new byte[32];
      random.nextBytes(key);
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system
      }
      log.warn(
          "No hub.learning.encryption-key configured: created a development key in {}; set the"
              + " property from a secret store in production",
          file);
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
