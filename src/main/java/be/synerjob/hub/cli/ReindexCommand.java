package be.synerjob.hub.cli;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.search.VacancySearch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Rebuilds the search index from the database. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description =
        "Rebuild the search index (hub.search.directory) from the database. Run it while the hub"
            + " is stopped; a running hub holds the index: use POST /api/v1/search/reindex instead.")
class ReindexCommand implements Callable<Integer> {

  private final VacancySearch search;
  private final AuditLog audit;

  ReindexCommand(VacancySearch search, AuditLog audit) {
    this.search = search;
    this.audit = audit;
  }

  @Override
  public Integer call() {
    long started = System.nanoTime();
    long n;
    try {
      n = search.reindex();
    } catch (java.io.UncheckedIOException e) {
      System.err.println(
          "Cannot write the search index ("
              + e.getMessage()
              + "); is the hub running? Use POST /api/v1/search/reindex with an operator key.");
      return 1;
    }
    audit.record(
        KeysCommand.actor(),
        null,
        AuditAction.SEARCH_REINDEXED,
        "search index",
        "OK",
        n + " vacancies");
    System.out.printf(
        java.util.Locale.ROOT,
        "%d open vacancies indexed in %.1f s (feed position %d)%n",
        n,
        (System.nanoTime() - started) / 1e9,
        search.position());
    return 0;
  }
}
