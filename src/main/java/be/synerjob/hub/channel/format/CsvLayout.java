package be.synerjob.hub.channel.format;

import be.synerjob.hub.vacancy.Vacancy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documented CSV layout: one column per canonical field path, {@code |} between the values of a
 * multi-valued field. Shared by the reader and the writer so that an export can be read back.
 *
 * <ul>
 *   <li>{@code occupations}: {@code SCHEME:code} items, e.g. {@code
 *       ESCO:http://data.europa.eu/esco/occupation/…|ROME:N4101|ISCO08:8332}
 *   <li>{@code languages}: {@code language:level} items, e.g. {@code nl:B2|fr:B1|en}
 *   <li>{@code competences} (essential) and {@code competences.optional}: {@code SCHEME:code}
 *   <li>{@code drivingLicences}: {@code B|CE}
 * </ul>
 */
public final class CsvLayout {

  /** The columns a member may send, in the order the hub writes them. */
  public static final List<String> COLUMNS =
      List.of(
          "reference",
          "status",
          "language",
          "title",
          "description",
          "occupations",
          "employer.name",
          "employer.enterpriseNumber",
          "employer.temporaryWorkAgency",
          "workplace.postcode",
          "workplace.municipality",
          "contractType",
          "workRegime",
          "hoursPerWeek",
          "languages",
          "educationLevel",
          "experienceMonths",
          "drivingLicences",
          "competences",
          "competences.optional",
          "salary.min",
          "salary.max",
          "salary.currency",
          "salary.period",
          "numberOfPosts",
          "publicationDate",
          "validThrough",
          "application.url",
          "application.email",
          "application.phone",
          "application.contactName",
          "application.instructions",
          "exchange.shareable",
          "exchange.activeManagement",
          "exchange.eures",
          "sourceUpdatedAt");

  /** Columns the hub fills: written on export, accepted and ignored on input. */
  public static final List<String> READ_ONLY =
      List.of(
          "id",
          "member",
          "version",
          "workplace.nisCode",
          "workplace.region",
          "workplace.nuts3",
          "createdAt",
          "updatedAt");

  static final Set<String> KNOWN =
      java.util.stream.Stream.concat(COLUMNS.stream(), READ_ONLY.stream())
          .collect(Collectors.toUnmodifiableSet());

  private CsvLayout() {}

  /** Puts one column's value into the record being built. */
  static void apply(Tree t, String column, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    switch (column) {
      case "status", "contractType", "workRegime", "educationLevel", "salary.period" ->
          t.code(column, value);
      case "hoursPerWeek", "salary.min", "salary.max" -> t.decimal(column, value);
      case "experienceMonths", "numberOfPosts" -> t.integer(column, value);
      case "employer.temporaryWorkAgency",
          "exchange.shareable",
          "exchange.activeManagement",
          "exchange.eures" ->
          t.bool(column, value);
      case "publicationDate", "validThrough" -> t.date(column, value);
      case "sourceUpdatedAt" -> t.instant(column, value);
      case "occupations" -> {
        for (String item : items(value)) {
          ObjectNode o = t.array("occupations").addObject();
          schemeCode(t, "occupations", o, item);
        }
      }
      case "competences", "competences.optional" -> {
        for (String item : items(value)) {
          ObjectNode o = t.array("competences").addObject();
          schemeCode(t, column, o, item);
          o.put("essential", column.equals("competences"));
        }
      }
      case "languages" -> {
        for (String item : items(value)) {
          ObjectNode o = t.array("languages").addObject();
          int colon = item.indexOf(':');
          o.put("language", colon < 0 ? item : item.substring(0, colon));
          if (colon >= 0 && colon + 1 < item.length()) {
            o.put("level", item.substring(colon + 1));
          }
        }
      }
      case "drivingLicences" -> {
        for (String item : items(value)) {
          t.array("drivingLicences").add(item);
        }
      }
      default -> {
        if (!READ_ONLY.contains(column)) {
          t.text(column, value);
        }
      }
    }
  }

  private static void schemeCode(Tree t, String column, ObjectNode o, String item) {
    int colon = item.indexOf(':');
    if (colon <= 0) {
      t.problem(
          column,
          "invalid",
          "'" + Tree.clip(item) + "' is not SCHEME:code (for example ROME:M1805)");
      return;
    }
    o.put("scheme", item.substring(0, colon).trim().toUpperCase(java.util.Locale.ROOT));
    o.put("code", item.substring(colon + 1).trim());
  }

  private static List<String> items(String value) {
    List<String> out = new ArrayList<>();
    for (String s : value.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  /** The values of the export columns ({@link #READ_ONLY} hub columns first, then the others). */
  public static List<String> values(Vacancy v) {
    List<String> out = new ArrayList<>(READ_ONLY.size() + COLUMNS.size());
    var wp = v.workplace();
    out.add(s(v.id()));
    out.add(v.member());
    out.add(s(v.version()));
    out.add(wp == null ? "" : s(wp.nisCode()));
    out.add(wp == null || wp.region() == null ? "" : wp.region().name());
    out.add(wp == null ? "" : s(wp.nuts3()));
    out.add(s(v.createdAt()));
    out.add(s(v.updatedAt()));
    var e = v.employer();
    var sal = v.salary();
    var app = v.application();
    var ex = v.exchange();
    out.add(v.reference());
    out.add(s(v.status()));
    out.add(v.language());
    out.add(v.title());
    out.add(v.description());
    out.add(
        join(
            v.occupations() == null
                ? List.of()
                : v.occupations().stream().map(o -> o.scheme() + ":" + o.code()).toList()));
    out.add(e == null ? "" : s(e.name()));
    out.add(e == null ? "" : s(e.enterpriseNumber()));
    out.add(e == null ? "" : s(e.temporaryWorkAgency()));
    out.add(wp == null ? "" : s(wp.postcode()));
    out.add(wp == null ? "" : s(wp.municipality()));
    out.add(s(v.contractType()));
    out.add(s(v.workRegime()));
    out.add(num(v.hoursPerWeek()));
    out.add(
        join(
            v.languages() == null
                ? List.of()
                : v.languages().stream()
                    .map(l -> l.level() == null ? l.language() : l.language() + ":" + l.level())
                    .toList()));
    out.add(s(v.educationLevel()));
    out.add(s(v.experienceMonths()));
    out.add(join(v.drivingLicences() == null ? List.of() : v.drivingLicences()));
    out.add(competences(v, true));
    out.add(competences(v, false));
    out.add(sal == null ? "" : num(sal.min()));
    out.add(sal == null ? "" : num(sal.max()));
    out.add(sal == null ? "" : s(sal.currency()));
    out.add(sal == null ? "" : s(sal.period()));
    out.add(s(v.numberOfPosts()));
    out.add(s(v.publicationDate()));
    out.add(s(v.validThrough()));
    out.add(app == null ? "" : s(app.url()));
    out.add(app == null ? "" : s(app.email()));
    out.add(app == null ? "" : s(app.phone()));
    out.add(app == null ? "" : s(app.contactName()));
    out.add(app == null ? "" : s(app.instructions()));
    out.add(ex == null ? "" : s(ex.shareable()));
    out.add(ex == null ? "" : s(ex.activeManagement()));
    out.add(ex == null ? "" : s(ex.eures()));
    out.add(s(v.sourceUpdatedAt()));
    return out;
  }

  private static String competences(Vacancy v, boolean essential) {
    if (v.competences() == null) {
      return "";
    }
    return join(
        v.competences().stream()
            .filter(c -> (c.essential() == null || c.essential()) == essential)
            .map(c -> c.scheme() + ":" + c.code())
            .toList());
  }

  private static String join(List<String> items) {
    return String.join("|", items);
  }

  private static String num(BigDecimal d) {
    return d == null ? "" : d.toPlainString();
  }

  private static String s(Object o) {
    return o == null ? "" : o.toString();
  }
}
