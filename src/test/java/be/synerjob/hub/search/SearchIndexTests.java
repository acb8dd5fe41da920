package be.synerjob.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index keeps its feed position in its commits: a restart continues where it stopped. */
class SearchIndexTests {

  @TempDir Path dir;

  private static Document doc(String id) {
    Document d = new Document();
    d.add(new StringField(VacancyDocuments.ID, id, Field.Store.YES));
    return d;
  }

  private int count(SearchIndex index) {
    var s = index.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      index.release(s);
    }
  }

  @Test
  void thePositionSurvivesARestartAndUncommittedChangesDoNot() throws Exception {
    String location = dir.resolve("search").toString();
    try (SearchIndex index =
        new SearchIndex(() -> SearchIndex.open(location), SearchAnalysis.shipped())) {
      assertThat(index.hasCommit()).isFalse();
      assertThat(index.position()).isZero();
      index.upsert("a", doc("a"));
      index.upsert("b", doc("b"));
      index.commit(42);
      index.upsert("a", doc("a")); // replaced, not added twice
      index.delete("b");
      index.commit(57);
      assertThat(count(index)).isEqualTo(1);
      index.upsert("c", doc("c")); // never committed: lost at the restart, with its position
    }
    try (SearchIndex index =
        new SearchIndex(() -> SearchIndex.open(location), SearchAnalysis.shipped())) {
      assertThat(index.hasCommit()).isTrue();
      assertThat(index.position()).isEqualTo(57);
      assertThat(count(index)).isEqualTo(1);
    }
  }
}
