package be.synerjob.hub.search;

import be.synerjob.hub.core.Region;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.geo.PostcodeArea;
import be.synerjob.hub.vacancy.Vacancy;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a vacancy into the index's document. Field names are constants here; the schema is
 * described in docs/search.md.
 */
final class VacancyDocuments {

  static final String ID = "id";
  static final String ID_SORT = "idsort";
  static final String MEMBER = "member";
  static final String REFERENCE = "reference";
  static final String CLUSTER = "cluster";
  static final String TEXT_LANGUAGE = "textlang";
  static final String REGION = "region";
  static final String PROVINCE = "province";
  static final String NIS = "nis";
  static final String POSTCODE = "postcode";
  static final String LOCATION = "loc";
  static final String LAT = "lat";
  static final String LON = "lon";
  static final String OCCUPATION = "occ";
  static final String OCCUPATION_FIRST = "occfirst";
  static final String ISCO_MAJOR = "iscomajor";
  static final String COMPETENCE = "comp";
  static final String CONTRACT = "contract";
  static final String REGIME = "regime";
  static final String LANGUAGE = "language";
  static final String LANGUAGE_LEVEL = "level_";
  static final String PUBLISHED = "pub";
  static final String ACTIVE = "active";
  static final String SHAREABLE = "shareable";
  static final String AGENCY = "agency";
  static final String EMPLOYER = "employer";
  static final String TITLE = "title_";
  static final String DESCRIPTION = "desc_";

  /** CEFR levels in order; a requirement without level counts as 0 (any level). */
  static final String[] LEVELS = {"A1", "A2", "B1", "B2", "C1", "C2"};

  private final Gazetteer gazetteer;
  private final OccupationExpander occupations;

  VacancyDocuments(Gazetteer gazetteer, OccupationExpander occupations) {
    this.gazetteer = gazetteer;
    this.occupations = occupations;
  }

  static int level(String level) {
    if (level == null) {
      return 0;
    }
    String l = level.trim().toUpperCase(Locale.ROOT);
    for (int i = 0; i < LEVELS.length; i++) {
      if (LEVELS[i].equals(l)) {
        return i + 1;
      }
    }
    return 0;
  }

  Document document(UUID id, UUID cluster, Vacancy v) {
    Document d = new Document();
    String sid = id.toString();
    d.add(new StringField(ID, sid, Field.Store.YES));
    d.add(new SortedDocValuesField(ID_SORT, new BytesRef(sid)));
    keyword(d, MEMBER, v.member(), true);
    d.add(new StoredField(REFERENCE, v.reference()));
    String c = (cluster == null ? id : cluster).toString();
    d.add(new StringField(CLUSTER, c, Field.Store.YES));
    String lang = SearchAnalysis.indexLanguage(v.language());
    d.add(new StringField(TEXT_LANGUAGE, lang, Field.Store.YES));
    d.add(new SortedSetDocValuesField(TEXT_LANGUAGE, new BytesRef(lang)));

    Vacancy.Workplace w = v.workplace();
    Optional<PostcodeArea> area =
        w == null || w.postcode() == null ? Optional.empty() : gazetteer.postcode(w.postcode());
    Region region =
        w != null && w.region() != null ? w.region() : area.map(PostcodeArea::region).orElse(null);
    if (region != null) {
      keyword(d, REGION, region.code(), true);
    }
    if (area.isPresent()) {
      PostcodeArea a = area.get();
      keyword(d, PROVINCE, a.province().isoCode(), true);
      keyword(d, NIS, a.nisCode(), false);
      d.add(new StringField(POSTCODE, a.postcode(), Field.Store.YES));
      d.add(new LatLonPoint(LOCATION, a.latitude(), a.longitude()));
      d.add(new LatLonDocValuesField(LOCATION, a.latitude(), a.longitude()));
      d.add(new StoredField(LAT, a.latitude()));
      d.add(new StoredField(LON, a.longitude()));
    } else if (w != null && w.postcode() != null) {
      d.add(new StringField(POSTCODE, w.postcode(), Field.Store.YES));
    }

    OccupationExpander.Expansion occ = OccupationExpander.Expansion.empty();
    if (v.occupations() != null) {
      for (Vacancy.OccupationCode o : v.occupations()) {
        if (o.scheme() != null && o.code() != null) {
          String oid = OccupationExpander.id(o.scheme().prefix(), o.code());
          if (occ.ids().isEmpty()) {
            d.add(new StoredField(OCCUPATION_FIRST, oid));
          }
          occ.addAll(occupations.expand(oid));
        }
      }
    }
    for (String o : occ.ids()) {
      d.add(new StringField(OCCUPATION, o, Field.Store.NO));
    }
    for (String m : occ.iscoMajors()) {
      keyword(d, ISCO_MAJOR, m, false);
    }
    if (!occ.labels().isEmpty()) {
      d.add(
          new TextField(
              SearchAnalysis.OCCUPATION_LABELS,
              String.join(" | ", new LinkedHashSet<>(occ.labels())),
              Field.Store.NO));
    }
    if (v.competences() != null) {
      for (Vacancy.CompetenceCode k : v.competences()) {
        if (k.scheme() != null && k.code() != null) {
          d.add(
              new StringField(
                  COMPETENCE,
                  OccupationExpander.id(k.scheme().prefix(), k.code()),
                  Field.Store.NO));
        }
      }
    }
    if (v.contractType() != null) {
      keyword(d, CONTRACT, v.contractType().name(), true);
    }
    if (v.workRegime() != null) {
      keyword(d, REGIME, v.workRegime().name(), true);
    }
    if (v.languages() != null) {
      Set<String> seen = new LinkedHashSet<>();
      for (Vacancy.LanguageRequirement r : v.languages()) {
        if (r.language() == null) {
          continue;
        }
        String l = r.language().trim().toLowerCase(Locale.ROOT);
        if (seen.add(l)) {
          keyword(d, LANGUAGE, l, false);
          d.add(new IntPoint(LANGUAGE_LEVEL + l, level(r.level())));
        }
      }
    }
    if (v.publicationDate() != null) {
      long day = v.publicationDate().toEpochDay();
      d.add(new LongPoint(PUBLISHED, day));
      d.add(new NumericDocValuesField(PUBLISHED, day));
      d.add(new StoredField(PUBLISHED, day));
    } else {
      d.add(new NumericDocValuesField(PUBLISHED, 0));
    }
    Vacancy.ExchangeFlags x = v.exchange();
    d.add(flag(ACTIVE, x != null && Boolean.TRUE.equals(x.activeManagement())));
    d.add(flag(SHAREABLE, x != null && Boolean.TRUE.equals(x.shareable())));
    d.add(
        flag(
            AGENCY,
            v.employer() != null && Boolean.TRUE.equals(v.employer().temporaryWorkAgency())));
    if (v.employer() != null && v.employer().name() != null) {
      d.add(new StoredField(EMPLOYER, v.employer().name()));
    }
    if (v.title() != null) {
      d.add(new TextField(TITLE + lang, v.title(), Field.Store.YES));
    }
    if (v.description() != null) {
      d.add(new TextField(DESCRIPTION + lang, v.description(), Field.Store.YES));
    }
    return d;
  }

  private static StringField flag(String name, boolean value) {
    return new StringField(name, value ? "T" : "F", Field.Store.YES);
  }

  private static void keyword(Document d, String field, String value, boolean store) {
    if (value == null) {
      return;
    }
    d.add(new StringField(field, value, store ? Field.Store.YES : Field.Store.NO));
    d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }
}
