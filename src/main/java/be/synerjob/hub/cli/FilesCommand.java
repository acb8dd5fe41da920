package be.synerjob.hub.cli;

import be.synerjob.hub.channel.FileIngestor;
import be.synerjob.hub.channel.FullFiles;
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
    subcommands = {
      FilesCommand.Ingest.class,
      FilesCommand.ListFiles.class,
      FilesCommand.Confirm.class,
      FilesCommand.Discard.class
    })
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

  @Command(
      name = "confirm",
      description =
          "Close the vacancies a shrinking full file omitted (its closures were held for confirmation)")
  static class Confirm implements Callable<Integer> {
    @Parameters(index = "0", description = "the file's id (files list, or its report)")
    String id;

    private final FullFiles fullFiles;

    Confirm(FullFiles fullFiles) {
      this.fullFiles = fullFiles;
    }

    @Override
    public Integer call() {
      FullFiles.FullFile f = fullFiles.confirm(id, null, "operator/cli");
      System.out.println(f.state() + ": closed " + f.closed() + ", kept open " + f.kept());
      return 0;
    }
  }

  @Command(
      name = "discard",
      description = "Keep open the vacancies a shrinking full file omitted (refuse its closures)")
  static class Discard implements Callable<Integer> {
    @Parameters(index = "0", description = "the file's id")
    String id;

    private final FullFiles fullFiles;

    Discard(FullFiles fullFiles) {
      this.fullFiles = fullFiles;
    }

    @Override
    public Integer call() {
      FullFiles.FullFile f = fullFiles.discard(id, null, "operator/cli");
      System.out.println(f.state() + ": " + f.omitted() + " vacancies stay open");
      return 0;
    }
  }
}
