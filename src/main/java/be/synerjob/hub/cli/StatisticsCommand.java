package be.synerjob.hub.cli;

import be.synerjob.hub.statistics.Statistics;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Recomputes the hub's own statistics for a range of months. */
@Command(
    name = "statistics",
    mixinStandardHelpOptions = true,
    description =
        "Recompute the hub's statistics (vacancies received, open at month end, exchanged) for a range"
            + " of months; a changed final value is recorded as a revision with the reason")
class StatisticsCommand implements Callable<Integer> {

  private final Statistics statistics;

  @Option(names = "--from", required = true, description = "first month, YYYY-MM")
  YearMonth from;

  @Option(names = "--to", description = "last month, YYYY-MM (default: the current month)")
  YearMonth to;

  @Option(
      names = "--reason",
      defaultValue = "operator recomputation",
      description = "recorded with every revised value")
  String reason;

  StatisticsCommand(Statistics statistics) {
    this.statistics = statistics;
  }

  @Override
  public Integer call() {
    Statistics.ComputeReport r =
        statistics.compute(from, to == null ? statistics.currentMonth() : to, reason, "cli");
    System.out.printf(
        "%s to %s: %d periods, %d observations written, %d revised%n",
        r.from(), r.to(), r.periods(), r.written(), r.revised());
    return 0;
  }
}
