package be.synerjob.hub.demo;

import be.synerjob.hub.channel.SftpEndpoint;
import be.synerjob.hub.channel.SshKeyFiles;
import be.synerjob.hub.console.ConsoleRole;
import be.synerjob.hub.console.ConsoleUsers;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.IssuedKey;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.organisation.SshKeys;
import be.synerjob.hub.vacancy.BatchResult;
import be.synerjob.hub.vacancy.IncomingRecord;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * First start in demo mode: keys, agreements and vacancies for all five members, published through
 * the same path as the API. Runs only when no API key exists yet, so restarts keep what is there.
 */
@Component
class DemoSeeder {

  private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

  private final DemoProperties properties;
  private final ApiKeys keys;
  private final SharingAgreements agreements;
  private final VacancyService vacancies;
  private final Gazetteer gazetteer;
  private final int port;
  private final SshKeys sshKeys;
  private final ObjectProvider<SftpEndpoint> sftp;
  private final int sftpPort;
  private final ConsoleUsers consoleUsers;

  DemoSeeder(
      DemoProperties properties,
      ApiKeys keys,
      SharingAgreements agreements,
      VacancyService vacancies,
      Gazetteer gazetteer,
      @Value("${local.server.port:${server.port:8080}}") int port,
      SshKeys sshKeys,
      ObjectProvider<SftpEndpoint> sftp,
      @Value("${hub.channel.sftp.port:2222}") int sftpPort,
      ConsoleUsers consoleUsers) {
    this.consoleUsers = consoleUsers;
    this.sshKeys = sshKeys;
    this.sftp = sftp;
    this.sftpPort = sftpPort;
    this.properties = properties;
    this.keys = keys;
    this.agreements = agreements;
    this.vacancies = vacancies;
    this.gazetteer = gazetteer;
    this.port = port;
  }

  @EventListener(ApplicationReadyEvent.class)
  void seedOnFirstStart() {
    if (!properties.enabled()) {
      return;
    }
    if (!keys.list(null).isEmpty()) {
      log.info(
          "Demo mode: keys exist already, nothing seeded (credentials in {})", credentialsFile());
      if (sshKeys.list(null).isEmpty()) {
        addSftp(readCredentials()); // a demo database from before file exchange: add SSH keys
      }
      if (consoleUsers.list(null).isEmpty()) {
        Map<String, Object> c = readCredentials(); // a demo database from before the console
        c.put("console", seedConsoleUsers());
        if (c.containsKey("generatedAt")) {
          write(c);
        }
      }
      return;
    }
    long started = System.nanoTime();
    Map<String, Object> credentials = new LinkedHashMap<>();
    credentials.put("generatedAt", Instant.now().toString());
    credentials.put("api", "http://localhost:" + port + "/api/v1");
    List<Map<String, Object>> list = new ArrayList<>();
    for (MemberCode m : VacancyGenerator.members()) {
      IssuedKey k =
          keys.create(
              m,
              "demo key of " + m,
              EnumSet.of(
                  Scope.VACANCIES_PUBLISH,
                  Scope.FEED_READ,
                  Scope.STATISTICS_SUBMIT,
                  Scope.JOBSEEKERS_MANAGE));
      list.add(entry(m.value(), k));
    }
    list.add(entry(null, keys.create(null, "demo operator key", EnumSet.of(Scope.ADMIN))));
    credentials.put("keys", list);
    addSftp(credentials);
    credentials.put("console", seedConsoleUsers());
    seedAgreements();
    int published = seedVacancies();
    write(credentials);
    log.info(
        "Demo mode: seeded {} vacancies of 5 members in {} ms; demo API keys written to {} (see README)",
        published,
        (System.nanoTime() - started) / 1_000_000,
        credentialsFile().toAbsolutePath());
  }

  /**
   * Console users: per member one user ({@code vdab}) and one administrator ({@code vdab-admin}),
   * and the hub operator ({@code operator}, administrator of every member), each with a random
   * password that goes into the credentials file.
   */
  private Map<String, Object> seedConsoleUsers() {
    List<Map<String, Object>> users = new ArrayList<>();
    for (MemberCode m : VacancyGenerator.members()) {
      String lower = m.value().toLowerCase(java.util.Locale.ROOT);
      users.add(consoleUser(lower, m, ConsoleRole.USER));
      users.add(consoleUser(lower + "-admin", m, ConsoleRole.ADMIN));
    }
    users.add(consoleUser("operator", null, ConsoleRole.ADMIN));
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("url", "http://localhost:" + port + "/console");
    c.put("users", users);
    return c;
  }

  private Map<String, Object> consoleUser(String username, MemberCode member, ConsoleRole role) {
    String password = ConsoleUsers.generatePassword();
    consoleUsers.create(username, member, role, password, "demo");
    Map<String, Object> u = new LinkedHashMap<>();
    u.put("username", username);
    u.put("password", password);
    u.put("member", member == null ? null : member.value());
    u.put("role", role.name());
    return u;
  }

  /**
   * One SSH key pair per member under {@code <demo>/ssh/<member>} (private key readable by its
   * owner only, as OpenSSH requires, and {@code .pub}), registered for the SFTP server, and an
   * {@code sftp} entry in the credentials with the command to try.
   */
  private void addSftp(Map<String, Object> credentials) {
    int port = sftp.stream().findFirst().map(SftpEndpoint::port).orElse(sftpPort);
    Map<String, Object> users = new LinkedHashMap<>();
    for (MemberCode m : VacancyGenerator.members()) {
      String lower = m.value().toLowerCase(java.util.Locale.ROOT);
      Path file = properties.directory().resolve("ssh").resolve(lower);
      String line = SshKeyFiles.write(SshKeyFiles.generate(), file, "demo-" + lower);
      sshKeys.add(m, "demo key of " + m, line);
      Map<String, Object> u = new LinkedHashMap<>();
      u.put("privateKey", file.toString());
      u.put("command", "sftp -i " + file + " -P " + port + " " + m + "@localhost");
      users.put(m.value(), u);
    }
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("host", "localhost");
    s.put("port", port);
    s.put("users", users);
    credentials.put("sftp", s);
    if (!credentials.containsKey("generatedAt")) {
      return;
    }
    write(credentials);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> readCredentials() {
    try {
      Path file = credentialsFile();
      if (!Files.exists(file)) {
        return new LinkedHashMap<>();
      }
      return JsonMapper.builder().build().readValue(file.toFile(), LinkedHashMap.class);
    } catch (RuntimeException e) {
      return new LinkedHashMap<>();
    }
  }

  private static Map<String, Object> entry(String member, IssuedKey k) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("member", member);
    e.put("keyId", k.key().id());
    e.put("scopes", k.key().scopes().stream().map(Scope::value).toList());
    e.put("apiKey", k.secret());
    return e;
  }

  /**
   * Every member receives the shareable vacancies of every other member, with a few variations that
   * show what agreements can do: Forem leaves out VDAB's temporary-work agencies, ADG receives only
   * Wallonia and Brussels from VDAB, Bruxelles Formation only vacancies that need active management
   * from Forem.
   */
  private void seedAgreements() {
    String actor = "demo";
    for (MemberCode r : VacancyGenerator.members()) {
      for (MemberCode s : VacancyGenerator.members()) {
        if (r.equals(s)) {
          continue;
        }
        boolean excludeTwa = r.equals(MemberCode.FOREM) && s.equals(MemberCode.VDAB);
        boolean onlyActive = r.equals(MemberCode.BF) && s.equals(MemberCode.FOREM);
        Set<Region> regions =
            r.equals(MemberCode.ADG) && s.equals(MemberCode.VDAB)
                ? Set.of(Region.WALLONIA, Region.BRUSSELS)
                : Set.of();
        agreements.put(
            new SharingAgreement(r, s, true, excludeTwa, onlyActive, regions, null, null), actor);
      }
    }
  }

  private int seedVacancies() {
    VacancyGenerator generator =
        new VacancyGenerator(gazetteer, properties.seed(), vacancies.today());
    int n = properties.vacanciesPerMember();
    int total = 0;
    List<Vacancy> actiris = new ArrayList<>();
    List<Vacancy> adg = new ArrayList<>();
    for (MemberCode m : VacancyGenerator.members()) {
      int count = m.equals(MemberCode.BF) || m.equals(MemberCode.ADG) ? Math.max(1, n / 4) : n;
      List<Vacancy> batch = withSourceTimes(m, generator.generate(m, 1, count));
      total += publish(m, batch);
      if (m.equals(MemberCode.ACTIRIS)) {
        actiris = batch;
      } else if (m.equals(MemberCode.ADG)) {
        adg = batch;
      }
    }
    // Cross-published jobs: Brussels jobs also published by VDAB in Dutch, German-speaking ones by
    // Forem in French.
    List<Vacancy> vdabCopies = new ArrayList<>();
    for (int i = 0; i < actiris.size(); i += 20) {
      vdabCopies.add(generator.crossPublished(actiris.get(i), MemberCode.VDAB, "nl"));
    }
    List<Vacancy> foremCopies = new ArrayList<>();
    for (int i = 0; i < adg.size(); i += 10) {
      foremCopies.add(generator.crossPublished(adg.get(i), MemberCode.FOREM, "fr"));
    }
    total += publish(MemberCode.VDAB, vdabCopies);
    total += publish(MemberCode.FOREM, foremCopies);
    return total;
  }

  /**
   * Typical time from a change in each member's own system to the hub (API members within minutes,
   * nightly files within hours), so the quality dashboard shows source lags: spread around each
   * member's median, deterministic by seed.
   */
  private static final Map<MemberCode, Duration> DEMO_SOURCE_LAG =
      Map.of(
          MemberCode.VDAB, Duration.ofMinutes(2),
          MemberCode.ACTIRIS, Duration.ofMinutes(10),
          MemberCode.BF, Duration.ofMinutes(40),
          MemberCode.FOREM, Duration.ofHours(3),
          MemberCode.ADG, Duration.ofHours(9));

  private List<Vacancy> withSourceTimes(MemberCode member, List<Vacancy> list) {
    java.util.SplittableRandom r =
        new java.util.SplittableRandom(properties.seed() * 31 + member.value().hashCode());
    Instant now = vacancies.now();
    long median = DEMO_SOURCE_LAG.getOrDefault(member, Duration.ofMinutes(30)).toSeconds();
    List<Vacancy> out = new ArrayList<>(list.size());
    for (Vacancy v : list) {
      // log-normal around the median: most changes near it, a few much later
      double factor = Math.exp(0.9 * gaussian(r));
      out.add(v.toBuilder().sourceUpdatedAt(now.minusSeconds(Math.round(median * factor))).build());
    }
    return out;
  }

  private static double gaussian(java.util.SplittableRandom r) {
    // Box-Muller
    return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
  }

  private int publish(MemberCode member, List<Vacancy> list) {
    int accepted = 0;
    for (int from = 0; from < list.size(); from += 1000) {
      List<IncomingRecord> records =
          list.subList(from, Math.min(list.size(), from + 1000)).stream()
              .map(IncomingRecord::parsed)
              .toList();
      BatchResult r = vacancies.publish(member, records, "DEMO");
      accepted += r.counts().get(be.synerjob.hub.vacancy.PublishOutcome.CREATED);
      r.results().stream()
          .filter(x -> !x.problems().isEmpty())
          .findFirst()
          .ifPresent(x -> log.warn("Demo vacancy {} rejected: {}", x.reference(), x.problems()));
    }
    return accepted;
  }

  private Path credentialsFile() {
    return properties.directory().resolve("credentials.json");
  }

  private void write(Map<String, Object> credentials) {
    try {
      Files.createDirectories(properties.directory());
      Path file = credentialsFile();
      JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
      Files.writeString(file, json.writeValueAsString(credentials), StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: keep the default permissions
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
