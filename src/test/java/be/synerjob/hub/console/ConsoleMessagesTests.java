package be.synerjob.hub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every console string exists in all four languages: a template's {@code #{key}} (and a {@code
 * ConsoleSection}'s message key) must be in the message bundles, and each basename of {@code
 * spring.messages.basename} has the same keys in its default, nl, fr, de and en files.
 */
class ConsoleMessagesTests {

  static final Path RESOURCES = Path.of("src", "main", "resources");
  static final List<String> SUFFIXES = List.of("", "_nl", "_fr", "_de", "_en");
  static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[(}]");
  static final Pattern SECTION_KEY =
      Pattern.compile("new ConsoleSection\\(\\s*\"[^\"]*\",\\s*\"[^\"]*\",\\s*\"([^\"]+)\"");

  @Test
  void everyBasenameHasTheSameKeysInEveryLanguage() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String basename : basenames()) {
      Map<String, Set<String>> keysByFile = new LinkedHashMap<>();
      for (String suffix : SUFFIXES) {
        Path file = RESOURCES.resolve(basename + suffix + ".properties");
        if (Files.exists(file)) {
          keysByFile.put(file.getFileName().toString(), load(file, problems).stringPropertyNames());
        }
      }
      if (keysByFile.isEmpty()) {
        continue; // a module without console strings yet
      }
      if (keysByFile.size() != SUFFIXES.size()) {
        problems.add(
            basename
                + ": needs the default file and nl, fr, de, en; found only "
                + keysByFile.keySet());
      }
      Set<String> all = new TreeSet<>();
      keysByFile.values().forEach(all::addAll);
      keysByFile.forEach(
          (file, keys) -> {
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(keys);
            if (!missing.isEmpty()) {
              problems.add(file + " lacks " + missing);
            }
          });
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyKeyATemplateOrASectionUsesExists() throws IOException {
    Set<String> known = new TreeSet<>();
    for (String basename : basenames()) {
      Path file = RESOURCES.resolve(basename + "_en.properties");
      if (Files.exists(file)) {
        known.addAll(load(file, new ArrayList<>()).stringPropertyNames());
      }
    }
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
      for (Path t : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        Matcher m = TEMPLATE_KEY.matcher(Files.readString(t));
        while (m.find()) {
          if (!known.contains(m.group(1))) {
            problems.add(RESOURCES.relativize(t) + " uses #{" + m.group(1) + "}");
          }
        }
      }
    }
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path j : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = SECTION_KEY.matcher(Files.readString(j));
        while (m.find()) {
          if (!known.contains(m.group(1))) {
            problems.add(j.getFileName() + " declares a section with " + m.group(1));
          }
        }
      }
    }
    assertThat(problems).as("message keys missing from the bundles").isEmpty();
    assertThat(known).contains("console.login.heading"); // the scan found the bundles
  }

  @Test
  void messagesWithArgumentsAreValidMessageFormatsAndEnumsHaveTheirKeys() throws IOException {
    Properties en = load(RESOURCES.resolve("i18n/messages_en.properties"), new ArrayList<>());
    List<String> problems = new ArrayList<>();
    for (String basename : basenames()) {
      for (String suffix : SUFFIXES) {
        Path file = RESOURCES.resolve(basename + suffix + ".properties");
        if (!Files.exists(file)) {
          continue;
        }
        load(file, problems)
            .forEach(
                (k, v) -> {
                  if (v.toString().contains("{")) {
                    try {
                      new java.text.MessageFormat(v.toString());
                    } catch (IllegalArgumentException e) {
                      problems.add(file.getFileName() + ": " + k + ": " + e.getMessage());
                    }
                  }
                });
      }
    }
    // keys the templates build from enum constants: #{'vacancy.contract.' + ${...}} and the like
    Map<String, Enum<?>[]> dynamic = new LinkedHashMap<>();
    dynamic.put("vacancy.contract.", be.synerjob.hub.vacancy.ContractType.values());
    dynamic.put("vacancy.regime.", be.synerjob.hub.vacancy.WorkRegime.values());
    dynamic.put("vacancy.education.", be.synerjob.hub.vacancy.EducationLevel.values());
    dynamic.put("vacancy.status.", be.synerjob.hub.vacancy.VacancyStatus.values());
    dynamic.put("vacancy.match.", be.synerjob.hub.dedup.DuplicateType.values());
    dynamic.put("console.role.", ConsoleRole.values());
    dynamic.put("reference.kind.", be.synerjob.hub.reference.ConceptKind.values());
    dynamic.put("reference.type.", be.synerjob.hub.reference.SuggestType.values());
    dynamic.put("dashboard.outcome.", be.synerjob.hub.vacancy.PublishOutcome.values());
    dynamic.forEach(
        (prefix, values) -> {
          for (Enum<?> e : values) {
            if (!en.containsKey(prefix + e.name())) {
              problems.add("no message " + prefix + e.name());
            }
          }
        });
    for (String l : List.of("nl", "fr", "de", "en")) {
      if (!en.containsKey("console.language." + l)) {
        problems.add("no message console.language." + l);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theCheckFindsAMissingKey() {
    Matcher m = TEMPLATE_KEY.matcher("<p th:text=\"#{a.b-c(${x})}\">x</p> #{'x.' + ${y}} #{d}");
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    assertThat(found).containsExactly("a.b-c", "d");
  }

  /** The basenames of {@code spring.messages.basename} in application.yml. */
  static List<String> basenames() throws IOException {
    Matcher m =
        Pattern.compile("(?m)^\\s+basename:\\s*(\\S+)\\s*$")
            .matcher(Files.readString(RESOURCES.resolve("application.yml")));
    assertThat(m.find()).as("spring.messages.basename in application.yml").isTrue();
    return List.of(m.group(1).split(","));
  }

  private static Properties load(Path file, List<String> problems) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.contains("\uFFFD")) {
      problems.add(file.getFileName() + " is not valid UTF-8");
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    p.forEach(
        (k, v) -> {
          if (v.toString().isBlank()) {
            problems.add(file.getFileName() + ": " + k + " is empty");
          }
        });
    return p;
  }
}
