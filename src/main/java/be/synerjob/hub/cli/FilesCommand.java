package be.synerjob.hub.cli;

import be.synerjob.hub.channel.FileIngestor;
import be.synerjob.hub.channel.IngestReport;
import be.synerjob.hub.organisation.Members;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Ingest a file by hand and list received files. */
@Command(
    name = "files",
    mixinStandardHelpOptions = true,
    description = "Ingest vacancy files and list received files",
    subcommands = {FilesCommand.Ingest.class, FilesCommand.ListFiles.class})
class FilesCommand {

  @Command(
      name = "ingest",
      description =
          "Publish a file (NDJSON, CSV, XML, JSON-LD) for a member; the report is written"
              + " to <file>.report.json")
  static class Ingest implements Callable<Integer> {
    @Option(names = "--member", required = true)
    String member;

    @Parameters(index = "0")
    Path file;

    private final FileIngestor ingestor;
    private final Members members;

    Ingest(FileIngestor ingestor, Members members) {
      this.ingestor = ingestor;
      this.members = members;
    }

    @Override
    public Integer call() throws Exception {
      IngestReport r = ingestor.ingest(members.require("member", member).code(), file, "CLI");
      Path report = file.resolveSibling(file.getFileName() + ".report.json");
      try (OutputStream out = Files.newOutputStream(report)) {
        ingestor.writeReport(r.id(), out);
      }
      ingestor.reportWritten(r.id(), report);
      System.out.println(r.state() + ": " + r.records() + " records " + r.counts());
      if (r.error() != null) {
        System.out.println("error: " + r.error().reason() + " (" + r.error().location() + ")");
      }
      System.out.println("report: " + report);
      return "DONE".equals(r.state()) ? 0 : 1;
    }
  }

  @Command(name = "list", description = "The newest received files")
  static class ListFiles implements Callable<Integer> {
    @Option(names = "--member")
    String member;

    @Option(names = "--limit", defaultValue = "50")
    int limit;

    private final FileIngestor ingestor;
    private final Members members;

    ListFiles(FileIngestor ingestor, Members members) {
      this.ingestor = ingestor;
      this.members = members;
    }

    @Override
    public Integer call() {
      for (IngestReport r :
          ingestor.list(member == null ? null : members.require("member", member).code(), limit)) {
        System.out.printf(
            "%s  %-8s  %-10s  %-7s  %7d  %s  %s%n",
            r.receivedAt(), r.member(), r.state(), r.source(), r.records(), r.counts(), r.file());
      }
      return 0;
    }
  }
}
