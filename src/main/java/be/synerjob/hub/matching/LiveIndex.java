package be.synerjob.hub.matching;

import be.synerjob.hub.feed.FeedOperation;
import be.synerjob.hub.feed.FeedReader;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.reference.Reference;
import be.synerjob.hub.vacancy.Routing;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import be.synerjob.hub.vacancy.VacancyStore;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * This node's in-memory index of open vacancies: loaded once from the vacancy table, then kept
 * current by following the hub's feed ({@code HUB} recipient) from the head it was loaded at. Each
 * node has its own; nothing is written.
 */
@Component
class LiveIndex {

  private static final Logger log = LoggerFactory.getLogger(LiveIndex.class);

  private final VacancyStore vacancies;
  private final FeedReader feed;
  private final OccupationGraph graph;
  private final VacancyIndex index;
  private final Matcher matcher;
  private final ReentrantLock refreshing = new ReentrantLock();
  private volatile long seq = -1;

  LiveIndex(VacancyStore vacancies, FeedReader feed, Gazetteer gazetteer, Reference reference) {
    this.vacancies = vacancies;
    this.feed = feed;
    this.graph = new OccupationGraph(reference);
    this.index = new VacancyIndex(gazetteer, graph);
    this.matcher = new Matcher(index, graph);
  }

  Matcher matcher() {
    return matcher;
  }

  OccupationGraph graph() {
    return graph;
  }

  VacancyIndex index() {
    return index;
  }

  /** The feed position the index reflects. */
  long seq() {
    return seq;
  }

  /**
   * Brings the index up to the feed's head. Callers that must not wait (requests) pass {@code
   * wait=false} and use the index as it is while another thread refreshes it.
   */
  void refresh(boolean wait) {
    if (wait) {
      refreshing.lock();
    } else if (!refreshing.tryLock()) {
      return;
    }
    try {
      if (seq < 0) {
        long head = feed.head();
        long started = System.nanoTime();
        vacancies.streamOpen(null, s -> index.put(s.id(), s.routing(), s.vacancy()));
        seq = head;
        log.info(
            "Matching index: {} open vacancies in {} ms ({} without ESCO occupation or place)",
            index.size(),
            (System.nanoTime() - started) / 1_000_000,
            index.unindexable());
      }
      while (true) {
        List<FeedReader.Entry> entries = feed.entries(FeedReader.HUB, seq, 1000);
        for (FeedReader.Entry e : entries) {
          if (e.op() == FeedOperation.UPSERT && e.content() != null) {
            Vacancy v = VacancyJson.read(e.content());
            index.put(e.vacancyId(), Routing.of(v), v);
          } else {
            index.remove(e.vacancyId());
          }
        }
        if (!entries.isEmpty()) {
          seq = entries.get(entries.size() - 1).seq();
        }
        if (entries.size() < 1000) {
          break;
        }
      }
    } finally {
      refreshing.unlock();
    }
  }
}
