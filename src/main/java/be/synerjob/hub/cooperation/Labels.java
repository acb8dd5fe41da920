package be.synerjob.hub.cooperation;

import be.synerjob.hub.core.Language;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The module's texts in the four languages, from {@code i18n/cooperation_*.properties} (the same
 * bundle the console's message source reads).
 */
public final class Labels {

  private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);

  static {
    for (Language l : Language.values()) {
      BUNDLES.put(
          l,
          ResourceBundle.getBundle(
              "i18n/cooperation",
              l.locale(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
  }

  private Labels() {}

  /** The label of an enum constant, for example {@code MandateKind.PRESIDENT} → "Voorzitter". */
  public static String of(Enum<?> value, Language language) {
    return text("coop." + value.getDeclaringClass().getSimpleName() + "." + value.name(), language);
  }

  public static String text(String key, Language language) {
    return BUNDLES.get(language).getString(key);
  }

  public static String format(String key, Language language, Object... args) {
    return new MessageFormat(text(key, language), language.locale()).format(args);
  }

  /** A code with its label in one language, as the API serves enum values. */
  public record Coded(String code, String label) {
    public static Coded of(Enum<?> value, Language language) {
      return value == null ? null : new Coded(value.name(), Labels.of(value, language));
    }
  }
}
