package be.synerjob.hub.learning;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the learning module ({@code hub.learning.*}).
 *
 * @param encryptionKey base64 of a 256-bit key protecting national numbers; when blank the hub uses
 *     (and on first start creates) {@code keyFile}. Production sets it from a secret store.
 * @param keyFile where the development key lives (default {@code ./data/learning/encryption.key},
 *     never committed)
 * @param rules the choices the legal texts leave open ({@link RuleOptions})
 */
@ConfigurationProperties("hub.learning")
record LearningProperties(String encryptionKey, String keyFile, RuleOptions rules) {

  LearningProperties {
    if (keyFile == null || keyFile.isBlank()) {
      keyFile = "./data/learning/encryption.key";
    }
    if (rules == null) {
      rules = RuleOptions.DEFAULTS;
    }
  }
}
