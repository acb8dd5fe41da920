package be.synerjob.hub.cli;

import picocli.CommandLine.Command;

/** The top of the command tree. */
@Command(
    name = "synerjob-hub",
    mixinStandardHelpOptions = true,
    description = "Synerjob Hub operator commands",
    subcommands = {
      KeysCommand.class,
      AgreementsCommand.class,
      MembersCommand.class,
      SshKeysCommand.class,
      FilesCommand.class,
      GenerateCommand.class,
      ReclusterCommand.class,
      UsersCommand.class,
      ReindexCommand.class
    })
class RootCommand {}
