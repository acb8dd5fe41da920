package be.synerjob.hub.matching;

import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.geo.PostcodeArea;
import be.synerjob.hub.vacancy.CodeScheme;
import be.synerjob.hub.vacancy.Routing;
import be.synerjob.hub.vacancy.Vacancy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * The open vacancies in memory, indexed by ESCO occupation and then by grid cell, so that a profile
 * scores only the vacancies of its wished and related occupations near its home. Thread-safe: one
 * writer, many readers.
 */
final class VacancyIndex {

  private final Gazetteer gazetteer;
  private final OccupationGraph graph;
  private final Map<UUID, IndexedVacancy> byId = new HashMap<>();
  private final Map<Integer, Map<Integer, List<IndexedVacancy>>> byOccupation = new HashMap<>();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private int unindexable;
  private volatile long occupationsVersion;

  VacancyIndex(Gazetteer gazetteer, OccupationGraph graph) {
    this.gazetteer = gazetteer;
    this.graph = graph;
  }

  /**
   * Adds or replaces an open vacancy (a closed one is removed). Returns false when it cannot be
   * matched: no ESCO occupation (directly or through ROME) or an unknown workplace.
   */
  boolean put(UUID id, Routing routing, Vacancy v) {
    IndexedVacancy e = v.isOpen() ? toEntry(id, routing, v) : null;
    lock.writeLock().lock();
    try {
      removeLocked(id);
      if (e == null) {
        if (v.isOpen()) {
          unindexable++;
        }
        return false;
      }
      byId.put(id, e);
      if (!byOccupation.containsKey(e.occupation())) {
        occupationsVersion++;
      }
      byOccupation
          .computeIfAbsent(e.occupation(), k -> new HashMap<>())
          .computeIfAbsent(e.cell(), k -> new ArrayList<>(4))
          .add(e);
      return true;
    } finally {
      lock.writeLock().unlock();
    }
  }

  void remove(UUID id) {
    lock.writeLock().lock();
    try {
      removeLocked(id);
    } finally {
      lock.writeLock().unlock();
    }
  }

  void clear() {
    lock.writeLock().lock();
    try {
      byId.clear();
      byOccupation.clear();
      unindexable = 0;
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void removeLocked(UUID id) {
    IndexedVacancy old = byId.remove(id);
    if (old == null) {
      return;
    }
    Map<Integer, List<IndexedVacancy>> cells = byOccupation.get(old.occupation());
    List<IndexedVacancy> list = cells.get(old.cell());
    list.removeIf(x -> x.id().equals(id));
    if (list.isEmpty()) {
      cells.remove(old.cell());
      if (cells.isEmpty()) {
        byOccupation.remove(old.occupation());
      }
    }
  }

  IndexedVacancy get(UUID id) {
    lock.readLock().lock();
    try {
      return byId.get(id);
    } finally {
      lock.readLock().unlock();
    }
  }

  int size() {
    lock.readLock().lock();
    try {
      return byId.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Changes whenever an occupation gets its first open vacancy. */
  long occupationsVersion() {
    return occupationsVersion;
  }

  int unindexable() {
    return unindexable;
  }

  /** Runs {@code work} under the read lock (a search sees one consistent index). */
  <T> T read(java.util.function.Supplier<T> work) {
    lock.readLock().lock();
    try {
      return work.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The occupations that have open vacancies (call under {@link #read}). */
  Iterable<Integer> occupations() {
    return byOccupation.keySet();
  }

  /**
   * The vacancies of an occupation in the given cells, or in all cells when {@code cells} is null
   * (call under {@link #read}).
   */
  void forEach(int occupation, int[] cells, Consumer<IndexedVacancy> consumer) {
    Map<Integer, List<IndexedVacancy>> byCell = byOccupation.get(occupation);
    if (byCell == null) {
      return;
    }
    if (cells == null) {
      for (List<IndexedVacancy> l : byCell.values()) {
        l.forEach(consumer);
      }
      return;
    }
    for (int c : cells) {
      List<IndexedVacancy> l = byCell.get(c);
      if (l != null) {
        l.forEach(consumer);
      }
    }
  }

  private IndexedVacancy toEntry(UUID id, Routing routing, Vacancy v) {
    String esco = null;
    if (v.occupations() != null) {
      for (Vacancy.OccupationCode c : v.occupations()) {
        if (c.scheme() == CodeScheme.ESCO
            && c.code() != null
            && c.code().contains("/occupation/")) {
          esco = c.code();
          break;
        }
      }
      if (esco == null) {
        for (Vacancy.OccupationCode c : v.occupations()) {
          if (c.scheme() == CodeScheme.ROME && c.code() != null) {
            esco = graph.escoOfRome(c.code().toUpperCase(Locale.ROOT)).orElse(null);
            if (esco != null) {
              break;
            }
          }
        }
      }
    }
    if (esco == null || v.workplace() == null || v.workplace().postcode() == null) {
      return null;
    }
    PostcodeArea place = gazetteer.postcode(v.workplace().postcode()).orElse(null);
    if (place == null) {
      return null;
    }
    int n = v.languages() == null ? 0 : v.languages().size();
    String[] langs = new String[n];
    Cefr[] levels = new Cefr[n];
    for (int i = 0; i < n; i++) {
      Vacancy.LanguageRequirement r = v.languages().get(i);
      langs[i] = r.language() == null ? "" : r.language().toLowerCase(Locale.ROOT);
      levels[i] = Cefr.parse(r.level()).orElse(Cefr.A1);
    }
    String[] licences =
        v.drivingLicences() == null
            ? new String[0]
            : v.drivingLicences().stream()
                .map(s -> s.trim().toUpperCase(Locale.ROOT))
                .distinct()
                .toArray(String[]::new);
    int[] essential = null;
    int[] optional = null;
    if (v.competences() != null && !v.competences().isEmpty()) {
      List<String> ess = new ArrayList<>();
      List<String> opt = new ArrayList<>();
      for (Vacancy.CompetenceCode c : v.competences()) {
        if (c.scheme() == CodeScheme.ESCO && c.code() != null) {
          (Boolean.FALSE.equals(c.essential()) ? opt : ess).add(c.code());
        }
      }
      if (!ess.isEmpty() || !opt.isEmpty()) {
        essential = graph.skills(ess);
        optional = graph.skills(opt);
      }
    }
    float lat = (float) place.latitude();
    float lon = (float) place.longitude();
    return new IndexedVacancy(
        id,
        routing,
        v.title(),
        place.postcode(),
        place.localName(),
        place.region(),
        lat,
        lon,
        graph.occupation(esco),
        langs,
        levels,
        licences,
        v.contractType(),
        v.workRegime(),
        essential,
        optional,
        Grid.cell(lat, lon));
  }
}
