package be.synerjob.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Synerjob Hub: the vacancy exchange of Belgium's public employment and training services. Started
 * without arguments it runs the server; with a command ({@code keys}, {@code agreements}, …) it
 * runs the operator CLI.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HubApplication {

  public static void main(String[] args) {
    if (args.length > 0 && be.synerjob.hub.cli.HubCli.isCommand(args[0])) {
      System.exit(be.synerjob.hub.cli.HubCli.run(HubApplication.class, args));
    }
    SpringApplication.run(HubApplication.class, args);
  }
}
