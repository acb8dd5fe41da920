package be.synerjob.hub.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index: one writer, near-real-time searchers, and the feed position stored in each
 * commit's user data (so the index and its position can never disagree: a lost or deleted index
 * starts again from zero). The writer is opened on first use, so operator commands that never touch
 * search do not take the index lock.
 */
final class SearchIndex implements Closeable {

  static final String POSITION = "feedSeq";

  private final java.util.function.Supplier<Directory> opener;
  private final SearchAnalysis analysis;
  private Directory directory;
  private IndexWriter writer;
  private SearcherManager searchers;

  SearchIndex(java.util.function.Supplier<Directory> opener, SearchAnalysis analysis) {
    this.opener = opener;
    this.analysis = analysis;
  }

  static Directory open(String location) {
    if ("memory".equals(location)) {
      return new ByteBuffersDirectory();
    }
    try {
      Path p = Path.of(location);
      Files.createDirectories(p);
      return FSDirectory.open(p);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the search index at " + location, e);
    }
  }

  SearchAnalysis analysis() {
    return analysis;
  }

  synchronized IndexWriter writer() {
    if (writer == null) {
      directory = opener.get();
      try {
        IndexWriterConfig c = new IndexWriterConfig(analysis.perField());
        c.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        c.setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_SPEED));
        c.setRAMBufferSizeMB(64);
        writer = new IndexWriter(directory, c);
        searchers = new SearcherManager(writer, null);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot open the search index for writing", e);
      }
    }
    return writer;
  }

  /** The feed sequence number the last commit includes (0 for a new index). */
  long position() {
    Map<String, String> data = writer().getLiveCommitData() == null ? Map.of() : userData();
    String p = data.get(POSITION);
    return p == null ? 0 : Long.parseLong(p);
  }

  /** Whether the index has ever been committed (false: build it from the database first). */
  synchronized boolean hasCommit() {
    writer();
    try {
      return DirectoryReader.indexExists(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, String> userData() {
    Map<String, String> out = new java.util.HashMap<>();
    Iterable<Map.Entry<String, String>> data = writer().getLiveCommitData();
    if (data != null) {
      data.forEach(e -> out.put(e.getKey(), e.getValue()));
    }
    return out;
  }

  void upsert(String id, Document doc) {
    try {
      writer().updateDocument(new Term(VacancyDocuments.ID, id), doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void delete(String id) {
    try {
      writer().deleteDocuments(new Term(VacancyDocuments.ID, id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void deleteAll() {
    try {
      writer().deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Commits with the feed position and makes the changes searchable. */
  synchronized void commit(long position) {
    try {
      IndexWriter w = writer();
      w.setLiveCommitData(Map.of(POSITION, Long.toString(position)).entrySet());
      w.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes uncommitted changes searchable without committing (tests, benchmarks). */
  void refresh() {
    try {
      writer();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  IndexSearcher acquire() {
    writer();
    try {
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void release(IndexSearcher s) {
    try {
      searchers.release(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void forceMerge(int segments) {
    try {
      writer().forceMerge(segments);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (searchers != null) {
      searchers.close();
    }
    if (writer != null) {
      writer.close();
    }
    if (directory != null) {
      directory.close();
    }
  }
}
