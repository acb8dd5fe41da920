package be.synerjob.hub.channel.format;

import be.synerjob.hub.channel.format.XmlReader.Node;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * HR Open / EURES {@code PositionOpening} ↔ canonical vacancy. The table is in {@code
 * docs/channel.md}. EURES code values (PositionOfferingTypeCode CL37, PositionScheduleTypeCode
 * CL38, ISCED 2011 CL15, CEFR CL25) are from the EURES code lists transcribed from the European
 * Commission's Europass2/EURES XML schema documentation (section 3.39), copied here as constants.
 */
final class HrOpenMapping {

  /** HR-XML 3 namespace used by EURES. */
  static final String HR = "http://www.hr-xml.org/3";

  /** OAGIS 9 namespace of the address parts. */
  static final String OA = "http://www.openapplications.org/oagis/9";

  /** The hub's own extension elements, inside {@code UserArea}. */
  static final String SJH = "https://hub.synerjob.be/ns/channel/1";

  /** CL37 PositionOfferingTypeCode → canonical contract type (null: no equivalent). */
  static final Map<String, String> OFFERING_IN =
      Map.ofEntries(
          Map.entry("DirectHire", "PERMANENT"),
          Map.entry("Temporary", "FIXED_TERM"),
          Map.entry("TemporaryToHire", "FIXED_TERM"),
          Map.entry("ContractToHire", "FIXED_TERM"),
          Map.entry("Contract", "FREELANCE"),
          Map.entry("Internship", "APPRENTICESHIP"),
          Map.entry("Apprenticeship", "APPRENTICESHIP"),
          Map.entry("Seasonal", "SEASONAL"),
          Map.entry("OnCall", "FLEXI_JOB"),
          Map.entry("SelfEmployed", "FREELANCE"));

  /** CL38 PositionScheduleTypeCode → canonical work regime. */
  static final Map<String, String> SCHEDULE_IN =
      Map.of(
          "FullTime", "FULL_TIME",
          "PartTime", "PART_TIME",
          "FlexTime", "FULL_OR_PART_TIME",
          "Any", "FULL_OR_PART_TIME");

  /** ISCED 2011 level (CL15) ↔ canonical education level, by index. */
  static final List<String> ISCED =
      List.of(
          "NONE",
          "PRIMARY",
          "LOWER_SECONDARY",
          "UPPER_SECONDARY",
          "POST_SECONDARY",
          "SHORT_TERTIARY",
          "BACHELOR",
          "MASTER",
          "DOCTORATE");

  private static final Map<String, String> CLOSED_STATUS =
      Map.of(
          "closed", "CLOSED",
          "inactive", "CLOSED",
          "cancelled", "CLOSED",
          "filled", "CLOSED",
          "deleted", "CLOSED",
          "expired", "CLOSED",
          "active", "OPEN",
          "open", "OPEN");

  /** Canonical field (prefix) → where it comes from in a PositionOpening, for reports. */
  private static final List<String[]> SOURCES =
      List.of(
          new String[] {"reference", "DocumentID"},
          new String[] {"status", "PositionOpeningStatusCode"},
          new String[] {"language", "PositionProfile/@languageCode"},
          new String[] {"title", "PositionProfile/PositionTitle"},
          new String[] {"description", "PositionProfile/PositionFormattedDescription/Content"},
          new String[] {"occupations", "PositionProfile/JobCategoryCode"},
          new String[] {
            "employer.enterpriseNumber",
            "PositionProfile/PositionOrganization/OrganizationIdentifiers/OrganizationLegalID"
          },
          new String[] {"employer", "PositionProfile/PositionOrganization/OrganizationIdentifiers"},
          new String[] {
            "workplace.postcode", "PositionProfile/PositionLocation/Address/PostalCode"
          },
          new String[] {"workplace", "PositionProfile/PositionLocation/Address"},
          new String[] {"contractType", "PositionProfile/PositionOfferingTypeCode"},
          new String[] {"workRegime", "PositionProfile/PositionScheduleTypeCode"},
          new String[] {"numberOfPosts", "PositionProfile/PositionOpenQuantity"},
          new String[] {"validThrough", "PositionProfile/ApplicationCloseDate"},
          new String[] {
            "languages", "PositionProfile/WorkingLanguageCode or PositionQualifications"
          },
          new String[] {
            "educationLevel", "PositionQualifications/EducationRequirement/EducationLevelCode"
          },
          new String[] {"experienceMonths", "PositionQualifications/ExperienceSummary"},
          new String[] {"drivingLicences", "PositionQualifications/LicenseTypeCode"},
          new String[] {"application", "PositionProfile/PostingInstruction/ApplicationMethod"},
          new String[] {"exchange", "UserArea (sjh:Exchange) or PostingOptionCode EURESFlag"},
          new String[] {"sourceUpdatedAt", "UserArea (sjh:SourceUpdatedAt)"});

  private HrOpenMapping() {}

  static String sourceField(String field) {
    if (field == null) {
      return null;
    }
    String f = field.replaceAll("\\[\\d+]", "");
    for (String[] s : SOURCES) {
      if (f.equals(s[0]) || f.startsWith(s[0] + ".")) {
        return s[1];
      }
    }
    return null;
  }

  static Tree read(Node po) {
    Tree t = new Tree();
    t.text("reference", po.text("DocumentID"));
    String status = po.text("PositionOpeningStatusCode");
    if (status != null) {
      String s = CLOSED_STATUS.get(status.toLowerCase(Locale.ROOT));
      if (s == null) {
        t.problem(
            "status",
            "invalid",
            "PositionOpeningStatusCode '" + Tree.clip(status) + "' is not Active or Closed");
      } else {
        t.text("status", s);
      }
    }
    Node p = po.child("PositionProfile");
    if (p == null) {
      t.problem("(record)", "required", "a PositionOpening needs a PositionProfile");
      return t;
    }
    String lang = p.attr("languageCode");
    t.text("language", lang == null ? null : lang.toLowerCase(Locale.ROOT));
    t.text("title", p.text("PositionTitle"));
    StringBuilder description = new StringBuilder();
    for (Node d : p.all("PositionFormattedDescription")) {
      String c = d.text("Content");
      if (c != null) {
        if (description.length() > 0) {
          description.append("\n\n");
        }
        description.append(Html.toText(c));
      }
    }
    t.text("description", description.toString());
    for (Node c : p.all("JobCategoryCode")) {
      occupation(t, c.attr("listName"), c.value());
    }
    t.text(
        "employer.name", p.text("PositionOrganization/OrganizationIdentifiers/OrganizationName"));
    t.text(
        "employer.enterpriseNumber",
        p.text("PositionOrganization/OrganizationIdentifiers/OrganizationLegalID"));
    Node address = p.at("PositionLocation/Address");
    if (address != null) {
      String country = address.text("CountryCode");
      if (country != null && !country.equalsIgnoreCase("BE")) {
        t.problem(
            "workplace",
            "invalid",
            "CountryCode '" + Tree.clip(country) + "': the hub exchanges Belgian vacancies (BE)");
      }
      t.text("workplace.postcode", address.text("PostalCode"));
      t.text("workplace.municipality", address.text("CityName"));
    }
    String offering = p.text("PositionOfferingTypeCode");
    if (offering != null) {
      String ct = OFFERING_IN.get(offering);
      if (ct == null) {
        t.problem(
            "contractType",
            "unknown-code",
            "PositionOfferingTypeCode '"
                + Tree.clip(offering)
                + "' has no contract type in the hub; valid values: "
                + OFFERING_IN.keySet());
      } else {
        t.text("contractType", ct);
      }
    }
    String schedule = p.text("PositionScheduleTypeCode");
    if (schedule != null) {
      String wr = SCHEDULE_IN.get(schedule);
      if (wr == null) {
        t.problem(
            "workRegime",
            "unknown-code",
            "PositionScheduleTypeCode '"
                + Tree.clip(schedule)
                + "'; valid values: "
                + SCHEDULE_IN.keySet());
      } else {
        t.text("workRegime", wr);
      }
    }
    t.integer("numberOfPosts", p.text("PositionOpenQuantity"));
    t.date("validThrough", p.text("ApplicationCloseDate"));
    java.util.Set<String> languages = new java.util.LinkedHashSet<>();
    Node q = p.child("PositionQualifications");
    if (q != null) {
      for (Node c : q.all("PositionCompetency")) {
        String taxonomy = c.text("TaxonomyID");
        Node id = c.child("CompetencyID");
        String scheme = id == null ? null : id.attr("schemeID");
        boolean language =
            (taxonomy != null && taxonomy.toLowerCase(Locale.ROOT).contains("language"))
                || (scheme != null && scheme.contains("639"));
        if (language && id != null && id.value() != null) {
          String l = id.value().toLowerCase(Locale.ROOT);
          if (languages.add(l)) {
            ObjectNode o = t.array("languages").addObject();
            o.put("language", l);
            String level = c.text("RequiredProficiencyLevel/ScoreText");
            if (level != null) {
              o.put("level", level);
            }
          }
        } else if (id != null && id.value() != null && id.value().contains("/esco/skill/")) {
          ObjectNode o = t.array("competences").addObject();
          o.put("scheme", "ESCO");
          o.put("code", id.value());
        }
      }
      String isced = q.text("EducationRequirement/EducationLevelCode");
      if (isced != null) {
        try {
          t.text("educationLevel", ISCED.get(Integer.parseInt(isced)));
        } catch (RuntimeException e) {
          t.problem(
              "educationLevel",
              "unknown-code",
              "EducationLevelCode '" + Tree.clip(isced) + "' is not an ISCED 2011 level 0-8");
        }
      }
      Node measure = q.at("ExperienceSummary/ExperienceCategory/Measure");
      if (measure != null && measure.value() != null) {
        try {
          double amount = Double.parseDouble(measure.value());
          String unit = measure.attr("unitCode");
          int months =
              (int)
                  Math.round(
                      "month".equalsIgnoreCase(unit)
                          ? amount
                          : "week".equalsIgnoreCase(unit) ? amount / 4.345 : amount * 12);
          t.root.put("experienceMonths", months);
        } catch (NumberFormatException e) {
          t.problem(
              "experienceMonths",
              "invalid",
              "Measure '" + Tree.clip(measure.value()) + "' is not a number");
        }
      }
      for (Node l : q.all("LicenseTypeCode")) {
        if (l.value() != null) {
          t.array("drivingLicences").add(l.value());
        }
      }
    }
    for (Node w : p.all("WorkingLanguageCode")) {
      if (w.value() != null && languages.add(w.value().toLowerCase(Locale.ROOT))) {
        t.array("languages").addObject().put("language", w.value().toLowerCase(Locale.ROOT));
      }
    }
    Node posting = p.child("PostingInstruction");
    if (posting != null) {
      String instructions = posting.text("ApplicationMethod/Instructions");
      if (instructions != null) {
        String plain = Html.toText(instructions);
        if (plain.matches("https?://\\S+")) {
          t.text("application.url", plain);
        } else {
          t.text("application.instructions", plain);
        }
      }
      for (Node o : posting.all("PostingOptionCode")) {
        if ("EURESFlag".equals(o.value())) {
          t.object("exchange").put("eures", true);
        }
      }
    }
    Node user = po.child("UserArea");
    if (user == null) {
      user = p.child("UserArea");
    }
    if (user != null) {
      userArea(t, user);
    }
    return t;
  }

  static void occupation(Tree t, String listName, String code) {
    if (code == null) {
      return;
    }
    String list = listName == null ? "" : listName.toUpperCase(Locale.ROOT);
    String scheme;
    if (list.startsWith("ISCO")) {
      scheme = "ISCO08";
    } else if (list.startsWith("ESCO")) {
      scheme = "ESCO";
    } else if (list.startsWith("ROME")) {
      scheme = "ROME";
    } else if (list.startsWith("COMPETENT")) {
      scheme = "COMPETENT";
    } else if (code.startsWith("http://data.europa.eu/esco/")) {
      scheme = "ESCO";
    } else if (code.matches("[0-9]{1,4}")) {
      scheme = "ISCO08";
    } else {
      t.problem(
          "occupations",
          "unknown-code",
          "JobCategoryCode '"
              + Tree.clip(code)
              + "' of list '"
              + Tree.clip(listName)
              + "'; use listName ISCO2008, ESCO_Occupations, ROME or Competent");
      return;
    }
    ObjectNode o = t.array("occupations").addObject();
    o.put("scheme", scheme);
    o.put("code", code);
  }

  /** The hub's lossless extension: what EURES cannot say. Overrides the values derived above. */
  private static void userArea(Tree t, Node user) {
    for (Node n : user.children) {
      switch (n.name) {
        case "ContractType" -> t.code("contractType", n.value());
        case "WorkRegime" -> t.code("workRegime", n.value());
        case "HoursPerWeek" -> t.decimal("hoursPerWeek", n.value());
        case "PublicationDate" -> t.date("publicationDate", n.value());
        case "SourceUpdatedAt" -> t.instant("sourceUpdatedAt", n.value());
        case "TemporaryWorkAgency" -> t.bool("employer.temporaryWorkAgency", n.value());
        case "Exchange" -> {
          t.bool("exchange.shareable", n.attr("shareable"));
          t.bool("exchange.activeManagement", n.attr("activeManagement"));
          t.bool("exchange.eures", n.attr("eures"));
        }
        case "Salary" -> {
          t.decimal("salary.min", n.attr("min"));
          t.decimal("salary.max", n.attr("max"));
          t.text("salary.currency", n.attr("currency"));
          t.code("salary.period", n.attr("period"));
        }
        case "Application" -> {
          t.text("application.email", n.attr("email"));
          t.text("application.phone", n.attr("phone"));
          t.text("application.url", n.attr("url"));
          t.text("application.contactName", n.attr("contactName"));
        }
        case "Occupations" -> {
          t.root.remove("occupations");
          for (Node o : n.all("Occupation")) {
            ObjectNode on = t.array("occupations").addObject();
            on.put("scheme", o.attr("scheme"));
            on.put("code", o.attr("code"));
            if (o.attr("release") != null) {
              on.put("release", o.attr("release"));
            }
          }
        }
        case "Competences" -> {
          t.root.remove("competences");
          for (Node o : n.all("Competence")) {
            ObjectNode on = t.array("competences").addObject();
            on.put("scheme", o.attr("scheme"));
            on.put("code", o.attr("code"));
            if (o.attr("release") != null) {
              on.put("release", o.attr("release"));
            }
            on.put("essential", !"false".equals(o.attr("essential")));
          }
        }
        case "Languages" -> {
          t.root.remove("languages");
          for (Node o : n.all("Language")) {
            ObjectNode on = t.array("languages").addObject();
            on.put("language", o.attr("language"));
            if (o.attr("level") != null) {
              on.put("level", o.attr("level"));
            }
          }
        }
        default -> {
          // other systems' UserArea content is not the hub's business
        }
      }
    }
  }
}
