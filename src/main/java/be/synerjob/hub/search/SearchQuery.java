package be.synerjob.hub.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A vacancy search as a caller states it: the raw parameter values, checked by {@link
 * VacancySearch#search} (an unknown code is a 400 problem naming the parameter and its valid
 * values). Repeated values of one parameter are alternatives (OR); different parameters all apply
 * (AND). Build with {@link #builder()}.
 *
 * @param q words to find in title, description and the occupation's labels in nl/fr/de/en; every
 *     word must match somewhere
 * @param lang the language of the words and of the labels in the answer ({@code nl}, {@code fr},
 *     {@code de}, {@code en}); words are matched in every language, those of {@code lang} count
 *     more
 * @param members publishing members ({@code VDAB}, {@code FOREM}, …)
 * @param regions workplace regions ({@code VLG}, {@code WAL}, {@code BRU} or {@code FLANDERS}, …)
 * @param provinces workplace provinces ({@code BE-WHT}, {@code WHT}, names in nl/fr/de/en)
 * @param postcode a Belgian postcode: with {@code radiusKm} the centre of a circle, else the
 *     workplace's postcode
 * @param municipality a municipality's NIS code: with {@code radiusKm} the centre, else the
 *     workplace's municipality
 * @param radiusKm radius around {@code postcode} or {@code municipality}, in km (0 to 300)
 * @param occupations ESCO occupation URI, {@code rome:H2913} or {@code H2913}, {@code isco:7212} or
 *     {@code 7212} (any ISCO level), {@code esco:7212.3}: the occupation and everything below it
 * @param competences ESCO skill URI or {@code competent:KN-10}
 * @param contracts contract types ({@code PERMANENT}, {@code FIXED_TERM}, …)
 * @param regimes work regimes ({@code FULL_TIME}, {@code PART_TIME}, {@code FULL_OR_PART_TIME})
 * @param languages required languages, optionally with the candidate's level: {@code nl} = requires
 *     Dutch; {@code nl:B2} = requires Dutch at B2 or lower (a candidate with B2 is enough)
 * @param since published on or after this ISO date ({@code 2026-11-01})
 * @param activeManagement {@code true}: only vacancies a counsellor actively recruits for; {@code
 *     false}: only those without
 * @param collapse {@code cluster}: one vacancy per duplicate cluster (the best ranked)
 * @param sort {@code relevance} (default with words), {@code date} (default without), {@code
 *     distance} (needs a postcode or municipality)
 * @param cursor the {@code next} value of the previous page
 * @param limit page size, 1 to 100 (default 20)
 * @param facets whether to count facets (default true)
 */
public record SearchQuery(
    String q,
    String lang,
    List<String> members,
    List<String> regions,
    List<String> provinces,
    String postcode,
    String municipality,
    String radiusKm,
    List<String> occupations,
    List<String> competences,
    List<String> contracts,
    List<String> regimes,
    List<String> languages,
    String since,
    String activeManagement,
    String collapse,
    String sort,
    String cursor,
    String limit,
    boolean facets) {

  public SearchQuery {
    members = clean(members);
    regions = clean(regions);
    provinces = clean(provinces);
    occupations = clean(occupations);
    competences = clean(competences);
    contracts = clean(contracts);
    regimes = clean(regimes);
    languages = clean(languages);
  }

  private static List<String> clean(List<String> values) {
    if (values == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (v == null) {
        continue;
      }
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return List.copyOf(out);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The same query on the page after {@code cursor}. */
  public SearchQuery withCursor(String next) {
    return new SearchQuery(
        q,
        lang,
        members,
        regions,
        provinces,
        postcode,
        municipality,
        radiusKm,
        occupations,
        competences,
        contracts,
        regimes,
        languages,
        since,
        activeManagement,
        collapse,
        sort,
        next,
        limit,
        facets);
  }

  /** Builds a query parameter by parameter. */
  public static final class Builder {
    private String q;
    private String lang;
    private final List<String> members = new ArrayList<>();
    private final List<String> regions = new ArrayList<>();
    private final List<String> provinces = new ArrayList<>();
    private String postcode;
    private String municipality;
    private String radiusKm;
    private final List<String> occupations = new ArrayList<>();
    private final List<String> competences = new ArrayList<>();
    private final List<String> contracts = new ArrayList<>();
    private final List<String> regimes = new ArrayList<>();
    private final List<String> languages = new ArrayList<>();
    private String since;
    private String activeManagement;
    private String collapse;
    private String sort;
    private String cursor;
    private String limit;
    private boolean facets = true;

    public Builder q(String v) {
      q = v;
      return this;
    }

    public Builder lang(String v) {
      lang = v;
      return this;
    }

    public Builder member(String... v) {
      members.addAll(List.of(v));
      return this;
    }

    public Builder region(String... v) {
      regions.addAll(List.of(v));
      return this;
    }

    public Builder province(String... v) {
      provinces.addAll(List.of(v));
      return this;
    }

    public Builder postcode(String v) {
      postcode = v;
      return this;
    }

    public Builder municipality(String v) {
      municipality = v;
      return this;
    }

    public Builder radiusKm(Number v) {
      radiusKm = v == null ? null : v.toString();
      return this;
    }

    public Builder occupation(String... v) {
      occupations.addAll(List.of(v));
      return this;
    }

    public Builder competence(String... v) {
      competences.addAll(List.of(v));
      return this;
    }

    public Builder contract(String... v) {
      contracts.addAll(List.of(v));
      return this;
    }

    public Builder regime(String... v) {
      regimes.addAll(List.of(v));
      return this;
    }

    public Builder language(String... v) {
      languages.addAll(List.of(v));
      return this;
    }

    public Builder since(String v) {
      since = v;
      return this;
    }

    public Builder activeManagement(Boolean v) {
      activeManagement = v == null ? null : v.toString();
      return this;
    }

    public Builder collapseClusters(boolean v) {
      collapse = v ? "cluster" : null;
      return this;
    }

    public Builder sort(String v) {
      sort = v;
      return this;
    }

    public Builder cursor(String v) {
      cursor = v;
      return this;
    }

    public Builder limit(int v) {
      limit = Integer.toString(v);
      return this;
    }

    public Builder facets(boolean v) {
      facets = v;
      return this;
    }

    public SearchQuery build() {
      return new SearchQuery(
          q,
          lang,
          members,
          regions,
          provinces,
          postcode,
          municipality,
          radiusKm,
          occupations,
          competences,
          contracts,
          regimes,
          languages,
          since,
          activeManagement,
          collapse,
          sort,
          cursor,
          limit,
          facets);
    }
  }
}
