package be.synerjob.hub.cli;

import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * Runs one operator command: {@code java -jar synerjob-hub.jar keys create --member VDAB …}. The
 * application context starts without web server, scheduler or demo seeding, on the same database
 * settings as the server.
 */
public final class HubCli {

  private static final Set<String> COMMANDS =
      Set.of(
          "keys",
          "agreements",
          "members",
          "ssh-keys",
          "files",
          "generate",
          "recluster",
          "users",
          "reindex",
          "help");

  /** Commands that need no database: run without starting the application context. */
  private static final Set<String> OFFLINE = Set.of("generate");

  private HubCli() {}

  public static boolean isCommand(String arg) {
    return COMMANDS.contains(arg);
  }

  public static int run(Class<?> application, String[] args) {
    if ("help".equals(args[0])) {
      new CommandLine(new RootCommand()).usage(System.out);
      return 0;
    }
    if (OFFLINE.contains(args[0])) {
      return new CommandLine(new RootCommand()).execute(args);
    }
    SpringApplication app = new SpringApplication(application);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setAdditionalProfiles("cli");
    app.setLogStartupInfo(false);
    try (ConfigurableApplicationContext ctx = app.run()) {
      CommandLine cl = new CommandLine(new RootCommand(), new SpringFactory(ctx));
      cl.setExecutionExceptionHandler(
          (ex, cmd, parsed) -> {
            cmd.getErr().println("Error: " + ex.getMessage());
            return 2;
          });
      return cl.execute(args);
    }
  }

  /** Lets picocli create commands as Spring beans' users. */
  private record SpringFactory(ConfigurableApplicationContext ctx) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        return ctx.getAutowireCapableBeanFactory().createBean(cls);
      } catch (Exception e) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }
}
