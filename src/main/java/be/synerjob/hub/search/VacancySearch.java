package be.synerjob.hub.search;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import be.synerjob.hub.dedup.Clusters;
import be.synerjob.hub.feed.FeedOperation;
import be.synerjob.hub.feed.FeedReader;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.geo.Province;
import be.synerjob.hub.organisation.AgreementSet;
import be.synerjob.hub.organisation.Members;
import be.synerjob.hub.organisation.Shareable;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.reference.Concept;
import be.synerjob.hub.reference.Reference;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import be.synerjob.hub.vacancy.VacancyStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Vacancy search: the public API of the search module, used by {@code GET /api/v1/vacancies/search}
 * and the console.
 *
 * <p>The index follows the hub's feed (recipient {@code HUB}) after the duplicate clusters ({@link
 * #catchUp()}, every two seconds on each node: the index is local to the node), and can be rebuilt
 * from the database ({@link #reindex()}, the {@code reindex} command). Only open vacancies are in
 * it. {@link #search} answers with the hits the viewer may read (the same rules as reading one
 * vacancy), facet counts, highlights and a cursor. See docs/search.md.
 */
@Service
public class VacancySearch implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(VacancySearch.class);
  private static final int FEED_PAGE = 500;

  /** Facets: API name → index field. */
  private static final Map<String, String> FACETS = new LinkedHashMap<>();

  static {
    FACETS.put("member", VacancyDocuments.MEMBER);
    FACETS.put("region", VacancyDocuments.REGION);
    FACETS.put("province", VacancyDocuments.PROVINCE);
    FACETS.put("contract", VacancyDocuments.CONTRACT);
    FACETS.put("regime", VacancyDocuments.REGIME);
    FACETS.put("language", VacancyDocuments.LANGUAGE);
    FACETS.put("textLanguage", VacancyDocuments.TEXT_LANGUAGE);
    FACETS.put("iscoMajor", VacancyDocuments.ISCO_MAJOR);
  }

  private final SearchProperties properties;
  private final Reference reference;
  private final Gazetteer gazetteer;
  private final FeedReader feed;
  private final Clusters clusters;
  private final VacancyStore store;
  private final SharingAgreements agreements;
  private final Members members;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate snapshot;
  private final SearchIndex index;
  private final OccupationExpander expander;
  private final VacancyDocuments documents;
  private final SearchParameters parameters;

  VacancySearch(
      SearchProperties properties,
      Reference reference,
      Gazetteer gazetteer,
      FeedReader feed,
      Clusters clusters,
      VacancyStore store,
      SharingAgreements agreements,
      Members members,
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions) {
    this.properties = properties;
    this.reference = reference;
    this.gazetteer = gazetteer;
    this.feed = feed;
    this.clusters = clusters;
    this.store = store;
    this.agreements = agreements;
    this.members = members;
    this.jdbc = jdbc;
    this.snapshot = new TransactionTemplate(transactions);
    snapshot.setReadOnly(true);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    this.index =
        new SearchIndex(() -> SearchIndex.open(properties.directory()), SearchAnalysis.shipped());
    this.expander = new OccupationExpander(reference);
    this.documents = new VacancyDocuments(gazetteer, expander);
    this.parameters = new SearchParameters(members, reference, gazetteer, properties.maxLimit());
  }

  // ------------------------------------------------------------------------------- following

  /**
   * Brings the index up to date with the feed (building it from the database first when it has
   * never been built) and returns the number of feed entries applied. Changes are applied only up
   * to the duplicate clusters' position, so each vacancy is indexed with its cluster.
   */
  public synchronized int catchUp() {
    if (!index.hasCommit()) {
      reindex();
    }
    int total = 0;
    for (int n = follow(FEED_PAGE); n > 0; n = follow(FEED_PAGE)) {
      total += n;
    }
    return total;
  }

  private int follow(int limit) {
    long from = index.position();
    long upTo = properties.afterClusters() ? clusters.position() : Long.MAX_VALUE;
    if (upTo <= from) {
      return 0;
    }
    List<FeedReader.Entry> entries = new ArrayList<>();
    for (FeedReader.Entry e : feed.entries(FeedReader.HUB, from, limit)) {
      if (e.seq() <= upTo) {
        entries.add(e);
      }
    }
    if (entries.isEmpty()) {
      return 0;
    }
    Map<UUID, FeedReader.Entry> latest = new LinkedHashMap<>();
    for (FeedReader.Entry e : entries) {
      latest.remove(e.vacancyId());
      latest.put(e.vacancyId(), e);
    }
    List<UUID> upserts = new ArrayList<>();
    for (FeedReader.Entry e : latest.values()) {
      if (e.op() == FeedOperation.UPSERT && e.content() != null) {
        upserts.add(e.vacancyId());
      }
    }
    Map<UUID, UUID> clusterOf = clustersOf(upserts);
    for (FeedReader.Entry e : latest.values()) {
      String id = e.vacancyId().toString();
      Vacancy v =
          e.op() == FeedOperation.UPSERT && e.content() != null
              ? VacancyJson.read(e.content())
              : null;
      if (v != null && v.isOpen()) {
        index.upsert(id, documents.document(e.vacancyId(), clusterOf.get(e.vacancyId()), v));
      } else {
        index.delete(id);
      }
    }
    refreshClusterMates(latest.keySet(), clusterOf);
    index.commit(entries.get(entries.size() - 1).seq());
    return entries.size();
  }

  /** The clusters of these vacancies (read-side join on the dedup module's table). */
  private Map<UUID, UUID> clustersOf(List<UUID> ids) {
    Map<UUID, UUID> out = new HashMap<>();
    for (int i = 0; i < ids.size(); i += 500) {
      List<UUID> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
      jdbc.query(
          "SELECT vacancy_id, cluster_id FROM vacancy_cluster WHERE vacancy_id IN ("
              + String.join(",", Collections.nCopies(chunk.size(), "?"))
              + ")",
          rs -> {
            out.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
          },
          chunk.toArray());
    }
    return out;
  }

  /**
   * A vacancy joining a cluster can merge two clusters: the other vacancies of its cluster whose
   * indexed cluster differs are indexed again.
   */
  private void refreshClusterMates(Set<UUID> page, Map<UUID, UUID> clusterOf) {
    Set<UUID> ids = new HashSet<>(clusterOf.values());
    if (ids.isEmpty()) {
      return;
    }
    List<UUID> cl = new ArrayList<>(ids);
    Map<UUID, UUID> mates = new HashMap<>();
    for (int i = 0; i < cl.size(); i += 500) {
      List<UUID> chunk = cl.subList(i, Math.min(cl.size(), i + 500));
      jdbc.query(
          "SELECT vacancy_id, cluster_id FROM vacancy_cluster WHERE cluster_id IN ("
              + String.join(",", Collections.nCopies(chunk.size(), "?"))
              + ")",
          rs -> {
            mates.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
          },
          chunk.toArray());
    }
    mates.keySet().removeAll(page);
    if (mates.isEmpty()) {
      return;
    }
    List<UUID> stale = new ArrayList<>();
    IndexSearcher s = index.acquire();
    try {
      for (Map.Entry<UUID, UUID> m : mates.entrySet()) {
        TopFieldDocs hit =
            s.search(
                new TermQuery(new Term(VacancyDocuments.ID, m.getKey().toString())),
                1,
                Sort.INDEXORDER);
        if (hit.scoreDocs.length == 1) {
          String indexed =
              s.storedFields().document(hit.scoreDocs[0].doc).get(VacancyDocuments.CLUSTER);
          if (!m.getValue().toString().equals(indexed)) {
            stale.add(m.getKey());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(s);
    }
    if (!stale.isEmpty()) {
      store.findAll(
          stale,
          sv -> {
            if (sv.routing().open()) {
              index.upsert(
                  sv.id().toString(), documents.document(sv.id(), sv.clusterId(), sv.vacancy()));
            }
          });
    }
  }

  /**
   * Rebuilds the index from the database: every open vacancy with its cluster, in one
   * repeatable-read transaction, committed with the feed position it is consistent with. Searches
   * see the old index until the new one is committed.
   *
   * @return the number of vacancies indexed
   */
  public synchronized long reindex() {
    long started = System.nanoTime();
    expander.clear();
    long[] count = {0};
    long position =
        snapshot.execute(
            tx -> {
              long head = feed.head();
              long pos = properties.afterClusters() ? Math.min(head, clusters.position()) : head;
              index.deleteAll();
              store.streamOpen(
                  null,
                  sv -> {
                    index.upsert(
                        sv.id().toString(),
                        documents.document(sv.id(), sv.clusterId(), sv.vacancy()));
                    count[0]++;
                  });
              return pos;
            });
    index.commit(position);
    log.info(
        "Search index rebuilt: {} open vacancies in {} ms, feed position {}",
        count[0],
        (System.nanoTime() - started) / 1_000_000,
        position);
    return count[0];
  }

  /** The feed sequence number the index includes. */
  public long position() {
    return index.position();
  }

  /** How many vacancies the index holds (open ones only). */
  public int indexed() {
    IndexSearcher s = index.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      index.release(s);
    }
  }

  // ------------------------------------------------------------------- direct indexing (bench)

  /** Indexes one vacancy directly, without the feed (benchmarks and tests of this package). */
  void indexDirectly(UUID id, UUID cluster, Vacancy v) {
    index.upsert(id.toString(), documents.document(id, cluster, v));
  }

  SearchIndex index() {
    return index;
  }

  OccupationExpander expander() {
    return expander;
  }

  // ------------------------------------------------------------------------------------ search

  /**
   * Searches the open vacancies the viewer may read.
   *
   * @throws HubException 400 (invalid parameter) naming the parameter and its valid values
   */
  public SearchResult search(SearchQuery query, SearchViewer viewer) {
    long started = System.nanoTime();
    SearchParameters.Parsed p = parameters.parse(query);
    Map<String, Set<String>> highlightTerms = new HashMap<>();
    Query text = p.q() == null ? null : textQuery(p.q(), p.lang(), highlightTerms);
    AgreementSet set = agreements.current();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (text != null) {
      b.add(text, Occur.MUST);
    } else {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    Query visible = visibility(viewer, set);
    if (visible != null) {
      b.add(visible, Occur.FILTER);
    }
    for (Query f : filters(p)) {
      b.add(f, Occur.FILTER);
    }
    Query main = b.build();
    Sort sort = sort(p);
    FieldDoc after = p.cursor() == null ? null : Cursors.decode(p.cursor(), p.sort());
    IndexSearcher s = index.acquire();
    try {
      if (after != null) {
        // the sort ends with the unique id, so only the cursor's own hit ties with it: a doc id
        // above every other makes the tie count as "already seen"
        after.doc = Math.max(0, s.getIndexReader().maxDoc() - 1);
      }
      Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
      long total;
      if (p.facets()) {
        Map<String, Map<String, Long>> counts =
            s.search(main, new FacetCounter(List.copyOf(FACETS.values())));
        for (Map.Entry<String, String> f : FACETS.entrySet()) {
          facets.put(f.getKey(), facetValues(f.getKey(), counts.get(f.getValue()), p.lang()));
        }
        total = s.count(main);
      } else {
        total = s.count(main);
      }
      List<SearchResult.Hit> hits = new ArrayList<>();
      FieldDoc last = after;
      boolean more = false;
      int fetch = p.limit() + 1;
      outer:
      while (true) {
        TopFieldDocs docs = s.searchAfter(last, main, fetch, sort, sort.needsScores());
        for (ScoreDoc sd : docs.scoreDocs) {
          if (hits.size() == p.limit()) {
            more = true;
            break outer;
          }
          FieldDoc fd = (FieldDoc) sd;
          Document d = s.storedFields().document(sd.doc);
          last = fd;
          if (!readable(d, viewer, set)) {
            log.warn("Search filtered out a vacancy the viewer may not read: {}", d.get("id"));
            continue;
          }
          if (p.collapse() && !bestOfCluster(s, main, sort, d)) {
            continue;
          }
          hits.add(hit(d, fd, p, highlightTerms));
        }
        if (docs.scoreDocs.length < fetch) {
          break;
        }
      }
      String next = more && last != null ? Cursors.encode(p.sort(), last) : null;
      return new SearchResult(
          total, hits, facets, next, p.sort(), (System.nanoTime() - started) / 1_000_000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(s);
    }
  }

  /**
   * Every word must match in some field: the title or description in any of the four languages
   * (analysed as that language) or the occupation labels (all languages). Title counts three times
   * the description, labels twice; words of the query's language count half as much again.
   */
  Query textQuery(String q, Language lang, Map<String, Set<String>> highlightTerms) {
    SearchAnalysis a = index.analysis();
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int words = 0;
    for (String word : q.split("[\\s,;]+")) {
      if (word.isBlank()) {
        continue;
      }
      if (lang != null
          && SearchAnalysis.terms(a.language(lang.code()), "q", word).isEmpty()
          && !SearchAnalysis.terms(a.labels(), "q", word).isEmpty()) {
        continue; // a stop word of the query's language ("de", "van", "pour")
      }
      List<Query> alternatives = new ArrayList<>();
      for (String l : SearchAnalysis.LANGUAGES) {
        List<List<String>> groups = SearchAnalysis.groups(a.language(l), "q", word);
        if (groups.isEmpty()) {
          continue;
        }
        float boost = lang != null && lang.code().equals(l) ? 1.5f : 1f;
        alternatives.add(new BoostQuery(allOf(VacancyDocuments.TITLE + l, groups), 3f * boost));
        alternatives.add(new BoostQuery(allOf(VacancyDocuments.DESCRIPTION + l, groups), boost));
        Set<String> h = highlightTerms.computeIfAbsent(l, k -> new HashSet<>());
        groups.forEach(h::addAll);
      }
      List<List<String>> labelGroups = SearchAnalysis.groups(a.labels(), "q", word);
      if (!labelGroups.isEmpty()) {
        alternatives.add(new BoostQuery(allOf(SearchAnalysis.OCCUPATION_LABELS, labelGroups), 2f));
      }
      if (alternatives.isEmpty()) {
        continue;
      }
      all.add(new DisjunctionMaxQuery(alternatives, 0.1f), Occur.MUST);
      words++;
    }
    return words == 0 ? new MatchAllDocsQuery() : all.build();
  }

  /**
   * Every group must match; a group is a word, or a compound: the compound itself or all of its
   * parts ({@code vrachtwagenchauffeur} finds "chauffeur voor vrachtwagen", and {@code ketellasser}
   * does not find every {@code lasser}). Decompounding at index time lets {@code chauffeur} find
   * {@code vrachtwagenchauffeur}.
   */
  private static Query allOf(String field, List<List<String>> groups) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (List<String> g : groups) {
      Query whole = new TermQuery(new Term(field, g.get(0)));
      if (g.size() == 1) {
        all.add(whole, Occur.MUST);
      } else {
        BooleanQuery.Builder parts = new BooleanQuery.Builder();
        for (String part : new java.util.LinkedHashSet<>(g.subList(1, g.size()))) {
          parts.add(new TermQuery(new Term(field, part)), Occur.MUST);
        }
        all.add(
            new BooleanQuery.Builder()
                .add(whole, Occur.SHOULD)
                .add(parts.build(), Occur.SHOULD)
                .build(),
            Occur.MUST);
      }
    }
    BooleanQuery q = all.build();
    return q.clauses().size() == 1 ? q.clauses().get(0).getQuery() : q;
  }

  /**
   * What the viewer may read, as a query: the same rules as {@code SharingAgreement.admits} for
   * open vacancies (null: everything).
   */
  static Query visibility(SearchViewer viewer, AgreementSet set) {
    if (viewer.operator()) {
      return null;
    }
    if (viewer.member() == null) {
      return new MatchNoDocsQuery("no member");
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(term(VacancyDocuments.MEMBER, viewer.member().value()), Occur.SHOULD);
    if (viewer.readsPartners()) {
      for (SharingAgreement a : set.all()) {
        if (!a.recipient().equals(viewer.member()) || a.source().equals(viewer.member())) {
          continue;
        }
        BooleanQuery.Builder rule = new BooleanQuery.Builder();
        rule.add(term(VacancyDocuments.MEMBER, a.source().value()), Occur.FILTER);
        if (a.onlyShareable()) {
          rule.add(term(VacancyDocuments.SHAREABLE, "T"), Occur.FILTER);
        }
        if (a.excludeTemporaryWorkAgencies()) {
          rule.add(term(VacancyDocuments.AGENCY, "F"), Occur.FILTER);
        }
        if (a.onlyActiveManagement()) {
          rule.add(term(VacancyDocuments.ACTIVE, "T"), Occur.FILTER);
        }
        if (!a.regions().isEmpty()) {
          BooleanQuery.Builder regions = new BooleanQuery.Builder();
          for (Region r : a.regions()) {
            regions.add(term(VacancyDocuments.REGION, r.code()), Occur.SHOULD);
          }
          rule.add(regions.build(), Occur.FILTER);
        }
        any.add(rule.build(), Occur.SHOULD);
      }
    }
    any.setMinimumNumberShouldMatch(1);
    return new ConstantScoreQuery(any.build());
  }

  /** The check of each hit against the agreements themselves: belt and braces. */
  private static boolean readable(Document d, SearchViewer viewer, AgreementSet set) {
    if (viewer.operator()) {
      return true;
    }
    if (viewer.member() == null) {
      return false;
    }
    MemberCode source = new MemberCode(d.get(VacancyDocuments.MEMBER));
    if (source.equals(viewer.member())) {
      return true;
    }
    if (!viewer.readsPartners()) {
      return false;
    }
    String region = d.get(VacancyDocuments.REGION);
    Shareable v =
        new Indexed(
            source,
            region == null ? null : Region.parse(region).orElse(null),
            "T".equals(d.get(VacancyDocuments.SHAREABLE)),
            "T".equals(d.get(VacancyDocuments.AGENCY)),
            "T".equals(d.get(VacancyDocuments.ACTIVE)));
    return set.admits(viewer.member(), v);
  }

  private record Indexed(
      MemberCode source,
      Region region,
      boolean shareable,
      boolean temporaryWorkAgency,
      boolean activeManagement)
      implements Shareable {
    @Override
    public boolean open() {
      return true;
    }
  }

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  private static Query anyTerm(String field, Set<String> values) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String v : values) {
      b.add(term(field, v), Occur.SHOULD);
    }
    return b.build();
  }

  private static List<Query> filters(SearchParameters.Parsed p) {
    List<Query> out = new ArrayList<>();
    if (!p.members().isEmpty()) {
      out.add(anyTerm(VacancyDocuments.MEMBER, p.members()));
    }
    if (!p.regions().isEmpty()) {
      out.add(anyTerm(VacancyDocuments.REGION, p.regions()));
    }
    if (!p.provinces().isEmpty()) {
      out.add(anyTerm(VacancyDocuments.PROVINCE, p.provinces()));
    }
    if (p.postcode() != null) {
      out.add(term(VacancyDocuments.POSTCODE, p.postcode()));
    }
    if (p.nisCode() != null) {
      out.add(term(VacancyDocuments.NIS, p.nisCode()));
    }
    if (p.radiusKm() != null) {
      out.add(
          LatLonPoint.newDistanceQuery(
              VacancyDocuments.LOCATION, p.latitude(), p.longitude(), p.radiusKm() * 1000));
    }
    if (!p.occupations().isEmpty()) {
      out.add(anyTerm(VacancyDocuments.OCCUPATION, p.occupations()));
    }
    if (!p.competences().isEmpty()) {
      out.add(anyTerm(VacancyDocuments.COMPETENCE, p.competences()));
    }
    if (!p.contracts().isEmpty()) {
      out.add(anyTerm(VacancyDocuments.CONTRACT, p.contracts()));
    }
    if (!p.regimes().isEmpty()) {
      out.add(anyTerm(VacancyDocuments.REGIME, p.regimes()));
    }
    if (!p.languages().isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (SearchParameters.LanguageFilter l : p.languages()) {
        if (l.maxLevel() == 0) {
          any.add(term(VacancyDocuments.LANGUAGE, l.language()), Occur.SHOULD);
        } else {
          any.add(
              IntPoint.newRangeQuery(
                  VacancyDocuments.LANGUAGE_LEVEL + l.language(), 0, l.maxLevel()),
              Occur.SHOULD);
        }
      }
      out.add(any.build());
    }
    if (p.since() != null) {
      out.add(
          LongPoint.newRangeQuery(
              VacancyDocuments.PUBLISHED, p.since().toEpochDay(), Long.MAX_VALUE));
    }
    if (p.activeManagement() != null) {
      out.add(term(VacancyDocuments.ACTIVE, p.activeManagement() ? "T" : "F"));
    }
    return out;
  }

  private static Sort sort(SearchParameters.Parsed p) {
    SortField id = new SortField(VacancyDocuments.ID_SORT, SortField.Type.STRING);
    return switch (p.sort()) {
      case "date" ->
          new Sort(new SortField(VacancyDocuments.PUBLISHED, SortField.Type.LONG, true), id);
      case "distance" ->
          new Sort(
              LatLonDocValuesField.newDistanceSort(
                  VacancyDocuments.LOCATION, p.latitude(), p.longitude()),
              id);
      default -> new Sort(SortField.FIELD_SCORE, id);
    };
  }

  /**
   * Whether this hit is its cluster's best ranked match of the query (one query per hit whose
   * cluster has other vacancies in the index).
   */
  private static boolean bestOfCluster(IndexSearcher s, Query main, Sort sort, Document d)
      throws IOException {
    String cluster = d.get(VacancyDocuments.CLUSTER);
    Term t = new Term(VacancyDocuments.CLUSTER, cluster);
    if (s.getIndexReader().docFreq(t) <= 1) {
      return true;
    }
    Query q =
        new BooleanQuery.Builder()
            .add(main, Occur.MUST)
            .add(new TermQuery(t), Occur.FILTER)
            .build();
    TopFieldDocs top = s.search(q, 1, sort, sort.needsScores());
    return top.scoreDocs.length == 1
        && d.get(VacancyDocuments.ID)
            .equals(s.storedFields().document(top.scoreDocs[0].doc).get(VacancyDocuments.ID));
  }

  private SearchResult.Hit hit(
      Document d, FieldDoc fd, SearchParameters.Parsed p, Map<String, Set<String>> terms) {
    String textLanguage = d.get(VacancyDocuments.TEXT_LANGUAGE);
    String title = d.get(VacancyDocuments.TITLE + textLanguage);
    String description = d.get(VacancyDocuments.DESCRIPTION + textLanguage);
    Map<String, String> highlights = new LinkedHashMap<>();
    Set<String> t = terms.getOrDefault(textLanguage, Set.of());
    if (!t.isEmpty()) {
      Analyzer an = index.analysis().language(textLanguage);
      String h = title == null ? null : Highlights.marked(an, "title", title, t);
      if (h != null) {
        highlights.put("title", h);
      }
      String f = description == null ? null : Highlights.fragment(an, "desc", description, t, 200);
      if (f != null) {
        highlights.put("description", f);
      }
    }
    Language lang = p.lang() == null ? Language.EN : p.lang();
    String postcode = d.get(VacancyDocuments.POSTCODE);
    String municipality =
        postcode == null ? null : gazetteer.postcode(postcode).map(a -> a.name(lang)).orElse(null);
    Double distance = null;
    if (p.hasCentre() && d.getField(VacancyDocuments.LAT) != null) {
      double km =
          Gazetteer.haversineKm(
              p.latitude(),
              p.longitude(),
              d.getField(VacancyDocuments.LAT).numericValue().doubleValue(),
              d.getField(VacancyDocuments.LON).numericValue().doubleValue());
      distance = Math.round(km * 10) / 10.0;
    }
    String pub = d.get(VacancyDocuments.PUBLISHED);
    return new SearchResult.Hit(
        UUID.fromString(d.get(VacancyDocuments.ID)),
        d.get(VacancyDocuments.MEMBER),
        d.get(VacancyDocuments.REFERENCE),
        UUID.fromString(d.get(VacancyDocuments.CLUSTER)),
        textLanguage,
        title,
        d.get(VacancyDocuments.EMPLOYER),
        postcode,
        municipality,
        d.get(VacancyDocuments.REGION),
        d.get(VacancyDocuments.PROVINCE),
        pub == null ? null : LocalDate.ofEpochDay(Long.parseLong(pub)),
        d.get(VacancyDocuments.CONTRACT),
        d.get(VacancyDocuments.REGIME),
        d.get(VacancyDocuments.OCCUPATION_FIRST),
        distance,
        "relevance".equals(p.sort()) ? (Float) fd.fields[0] : null,
        highlights);
  }

  private List<SearchResult.FacetValue> facetValues(
      String facet, Map<String, Long> counts, Language language) {
    Language lang = language == null ? Language.EN : language;
    List<SearchResult.FacetValue> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      out.add(
          new SearchResult.FacetValue(e.getKey(), label(facet, e.getKey(), lang), e.getValue()));
    }
    out.sort(
        Comparator.comparingLong(SearchResult.FacetValue::count)
            .reversed()
            .thenComparing(SearchResult.FacetValue::value));
    return out;
  }

  private String label(String facet, String value, Language lang) {
    switch (facet) {
      case "member":
        return members.find(new MemberCode(value)).map(m -> m.name(lang)).orElse(value);
      case "region":
        return Region.parse(value).map(r -> r.label(lang)).orElse(value);
      case "province":
        return Province.parse(value).map(p -> p.label(lang)).orElse(value);
      case "language":
      case "textLanguage":
        return Locale.forLanguageTag(value).getDisplayLanguage(lang.locale());
      case "iscoMajor":
        try {
          return reference.find("isco:" + value).map(c -> label(c, lang)).orElse(value);
        } catch (HubException e) {
          return value;
        }
      default:
        return value;
    }
  }

  private static String label(Concept c, Language lang) {
    String l = c.preferredLabel(lang.code());
    return l == null ? c.preferredLabel("en") : l;
  }

  @Override
  public void destroy() throws IOException {
    index.close();
  }

  /** Opaque cursors: the sort order and the last hit's sort values, base64url. */
  static final class Cursors {
    private Cursors() {}

    static String encode(String sort, FieldDoc last) {
      StringBuilder b = new StringBuilder("v1|").append(sort);
      for (Object o : last.fields) {
        b.append('|');
        if (o instanceof Float f) {
          b.append("f").append(Float.floatToIntBits(f));
        } else if (o instanceof Long l) {
          b.append("l").append(l);
        } else if (o instanceof Double x) {
          b.append("d").append(Double.doubleToLongBits(x));
        } else if (o instanceof BytesRef r) {
          b.append("s").append(r.utf8ToString());
        } else {
          throw new IllegalStateException("Unexpected sort value " + o);
        }
      }
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    static FieldDoc decode(String cursor, String sort) {
      String raw;
      try {
        raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw bad();
      }
      String[] parts = raw.split("\\|");
      if (parts.length < 3 || !parts[0].equals("v1")) {
        throw bad();
      }
      if (!parts[1].equals(sort)) {
        throw HubException.invalidParameter(
            "cursor",
            "this cursor continues a search sorted by "
                + parts[1]
                + ", not by "
                + sort
                + "; keep the other parameters of the first page");
      }
      Object[] values = new Object[parts.length - 2];
      try {
        for (int i = 2; i < parts.length; i++) {
          String v = parts[i].substring(1);
          values[i - 2] =
              switch (parts[i].charAt(0)) {
                case 'f' -> Float.intBitsToFloat(Integer.parseInt(v));
                case 'l' -> Long.parseLong(v);
                case 'd' -> Double.longBitsToDouble(Long.parseLong(v));
                case 's' -> new BytesRef(v);
                default -> throw bad();
              };
        }
      } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
        throw bad();
      }
      float score = values[0] instanceof Float f ? f : Float.NaN;
      return new FieldDoc(0, score, values);
    }

    private static HubException bad() {
      return HubException.invalidParameter(
          "cursor", "not a cursor of this search; use the 'next' value of the previous page");
    }
  }
}
