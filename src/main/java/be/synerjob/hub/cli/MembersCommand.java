package be.synerjob.hub.cli;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.organisation.Member;
import be.synerjob.hub.organisation.Members;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Lists the member services. */
@Command(
    name = "members",
    mixinStandardHelpOptions = true,
    description = "List the member services")
class MembersCommand implements Callable<Integer> {

  private final Members members;

  MembersCommand(Members members) {
    this.members = members;
  }

  @Override
  public Integer call() {
    for (Member m : members.all()) {
      System.out.printf(
          "%-8s  %-10s  %s%n", m.code(), String.join(",", m.languages()), m.name(Language.EN));
    }
    return 0;
  }
}
