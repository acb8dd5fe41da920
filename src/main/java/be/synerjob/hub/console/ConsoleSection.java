package be.synerjob.hub.console;

/**
 * One entry of the console's navigation. Any module adds its pages to the menu by declaring a
 * {@code @Bean ConsoleSection}; the layout lists the sections by {@code order}, and shows those
 * marked {@code adminOnly} to administrators only.
 *
 * @param id a stable identifier, unique over all modules (for example {@code search})
 * @param path where the entry leads, under {@code /console} (for example {@code /console/search})
 * @param messageKey the message key of the entry's label, present in all four languages
 * @param order position in the menu, lowest first (the console's own entries use 10, 20, …, 90)
 * @param adminOnly shown only to users with the {@link ConsoleRole#ADMIN} role
 */
public record ConsoleSection(
    String id, String path, String messageKey, int order, boolean adminOnly) {

  public ConsoleSection {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("A console section needs an id");
    }
    if (path == null || !path.startsWith("/console")) {
      throw new IllegalArgumentException(
          "Console section " + id + ": the path must start with /console, was " + path);
    }
    if (messageKey == null || messageKey.isBlank()) {
      throw new IllegalArgumentException("Console section " + id + " needs a message key");
    }
  }

  /** Whether the given request path belongs to this section (for {@code aria-current}). */
  public boolean contains(String requestPath) {
    return requestPath != null && (requestPath.equals(path) || requestPath.startsWith(path + "/"));
  }
}
