package be.synerjob.hub.channel.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * schema.org {@code JobPosting} → canonical vacancy (table in {@code docs/channel.md}). Unknown
 * schema.org properties are ignored, as JSON-LD consumers do; what schema.org cannot say (exchange
 * flags, the exact contract type, language levels) comes from {@code synerjob:} properties.
 */
final class JsonLdMapping {

  private static final Map<String, String> CREDENTIALS =
      Map.of(
          "high school", "UPPER_SECONDARY",
          "associate degree", "SHORT_TERTIARY",
          "bachelor degree", "BACHELOR",
          "professional certificate", "POST_SECONDARY",
          "postgraduate degree", "MASTER");

  private static final List<String[]> SOURCES =
      List.of(
          new String[] {"reference", "identifier"},
          new String[] {"language", "inLanguage"},
          new String[] {"title", "title"},
          new String[] {"description", "description"},
          new String[] {"occupations", "occupationalCategory"},
          new String[] {"employer.enterpriseNumber", "hiringOrganization.vatID"},
          new String[] {"employer", "hiringOrganization"},
          new String[] {"workplace.postcode", "jobLocation.address.postalCode"},
          new String[] {"workplace", "jobLocation.address"},
          new String[] {"contractType", "employmentType or synerjob:contractType"},
          new String[] {"workRegime", "employmentType"},
          new String[] {"salary", "baseSalary"},
          new String[] {"numberOfPosts", "totalJobOpenings"},
          new String[] {"publicationDate", "datePosted"},
          new String[] {"validThrough", "validThrough"},
          new String[] {"educationLevel", "educationRequirements.credentialCategory"},
          new String[] {"experienceMonths", "experienceRequirements.monthsOfExperience"},
          new String[] {"competences", "skills"},
          new String[] {"application", "applicationContact / url"},
          new String[] {
            "exchange", "synerjob:shareable / synerjob:activeManagement / synerjob:eures"
          },
          new String[] {"sourceUpdatedAt", "synerjob:sourceUpdatedAt"});

  private JsonLdMapping() {}

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

  static Tree read(JsonNode n) {
    Tree t = new Tree();
    if (!(n instanceof ObjectNode)) {
      t.problem("(record)", "not-an-object", "a JobPosting must be a JSON object");
      return t;
    }
    if (!isJobPosting(n.get("@type"))) {
      t.problem(
          "(record)",
          "invalid",
          "@type is " + (n.get("@type") == null ? "missing" : n.get("@type")) + ", not JobPosting");
    }
    t.text("reference", identifier(n.get("identifier")));
    String lang = str(n.get("inLanguage"));
    if (lang != null) {
      t.text("language", lang.toLowerCase(Locale.ROOT).split("[-_]")[0]);
    }
    t.text("title", str(n.get("title")));
    t.text("description", Html.toText(str(n.get("description"))));
    t.date("publicationDate", str(n.get("datePosted")));
    t.date("validThrough", str(n.get("validThrough")));
    for (JsonNode c : list(n.get("occupationalCategory"))) {
      String code = c.isObject() ? str(c.get("codeValue")) : str(c);
      String set = c.isObject() ? str(c.get("inCodeSet")) : null;
      if (code == null) {
        continue;
      }
      if (code.startsWith("http://data.europa.eu/esco/")) {
        HrOpenMapping.occupation(t, "ESCO", code);
      } else if (code.matches("[0-9]{1,4}")) {
        HrOpenMapping.occupation(t, "ISCO", code);
      } else if (code.matches("[A-N][0-9]{4}")) {
        HrOpenMapping.occupation(t, "ROME", code);
      } else if (code.matches("[A-Z]{2}-[0-9]{1,6}")) {
        HrOpenMapping.occupation(t, "COMPETENT", code);
      } else {
        HrOpenMapping.occupation(t, set, code);
      }
    }
    JsonNode org = first(n.get("hiringOrganization"));
    if (org != null) {
      t.text("employer.name", org.isObject() ? str(org.get("name")) : str(org));
      if (org.isObject()) {
        String number = str(org.get("vatID"));
        if (number == null) {
          number = str(org.get("taxID"));
        }
        if (number == null) {
          number = identifier(org.get("identifier"));
        }
        t.text("employer.enterpriseNumber", number);
      }
    }
    JsonNode place = first(n.get("jobLocation"));
    JsonNode address = place == null ? null : place.get("address");
    if (address != null && address.isObject()) {
      JsonNode country = address.get("addressCountry");
      String cc = country != null && country.isObject() ? str(country.get("name")) : str(country);
      if (cc != null && !cc.equalsIgnoreCase("BE") && !cc.equalsIgnoreCase("Belgium")) {
        t.problem(
            "workplace",
            "invalid",
            "addressCountry '" + Tree.clip(cc) + "': the hub exchanges Belgian vacancies (BE)");
      }
      t.text("workplace.postcode", str(address.get("postalCode")));
      t.text("workplace.municipality", str(address.get("addressLocality")));
    }
    employment(t, n.get("employmentType"));
    JsonNode salary = n.get("baseSalary");
    if (salary != null && salary.isObject()) {
      t.text("salary.currency", str(salary.get("currency")));
      JsonNode v = salary.get("value");
      if (v != null && v.isObject()) {
        String exact = str(v.get("value"));
        t.decimal("salary.min", exact != null ? exact : str(v.get("minValue")));
        t.decimal("salary.max", exact != null ? exact : str(v.get("maxValue")));
        String unit = str(v.get("unitText"));
        if (unit != null) {
          String u = unit.toUpperCase(Locale.ROOT);
          if (u.equals("HOUR") || u.equals("MONTH") || u.equals("YEAR")) {
            t.text("salary.period", u);
          } else {
            t.problem(
                "salary.period",
                "invalid",
                "unitText '" + Tree.clip(unit) + "'; the hub keeps HOUR, MONTH or YEAR salaries");
          }
        }
      } else if (v != null) {
        t.decimal("salary.min", str(v));
        t.decimal("salary.max", str(v));
      }
    }
    t.integer("numberOfPosts", str(n.get("totalJobOpenings")));
    JsonNode edu = first(n.get("educationRequirements"));
    if (edu != null && edu.isObject()) {
      String cat = str(edu.get("credentialCategory"));
      if (cat != null && CREDENTIALS.containsKey(cat.toLowerCase(Locale.ROOT))) {
        t.text("educationLevel", CREDENTIALS.get(cat.toLowerCase(Locale.ROOT)));
      }
    }
    // The exact level, when the file says it (the hub's own JSON-LD files do)
    t.code("educationLevel", str(n.get("synerjob:educationLevel")));
    JsonNode exp = first(n.get("experienceRequirements"));
    if (exp != null && exp.isObject()) {
      t.integer("experienceMonths", str(exp.get("monthsOfExperience")));
    }
    for (JsonNode s : list(n.get("skills"))) {
      String code = s.isObject() ? str(s.get("termCode")) : str(s);
      if (code == null && s.isObject()) {
        code = str(s.get("@id"));
      }
      if (code != null && code.startsWith("http://data.europa.eu/esco/skill/")) {
        ObjectNode o = t.array("competences").addObject();
        o.put("scheme", "ESCO");
        o.put("code", code);
      } else if (code != null && code.matches("[A-Z]{2}-[0-9]{1,6}")) {
        ObjectNode o = t.array("competences").addObject();
        o.put("scheme", "COMPETENT");
        o.put("code", code);
      }
    }
    JsonNode contact = first(n.get("applicationContact"));
    if (contact != null && contact.isObject()) {
      t.text("application.email", str(contact.get("email")));
      t.text("application.phone", str(contact.get("telephone")));
      t.text("application.contactName", str(contact.get("name")));
    }
    t.text("application.url", str(n.get("url")));
    // The hub's extension properties
    t.code("status", str(n.get("synerjob:status")));
    t.instant("sourceUpdatedAt", str(n.get("synerjob:sourceUpdatedAt")));
    t.code("contractType", str(n.get("synerjob:contractType")));
    t.code("workRegime", str(n.get("synerjob:workRegime")));
    t.decimal("hoursPerWeek", str(n.get("synerjob:hoursPerWeek")));
    t.bool("employer.temporaryWorkAgency", str(n.get("synerjob:temporaryWorkAgency")));
    t.bool("exchange.shareable", str(n.get("synerjob:shareable")));
    t.bool("exchange.activeManagement", str(n.get("synerjob:activeManagement")));
    t.bool("exchange.eures", str(n.get("synerjob:eures")));
    JsonNode languages = n.get("synerjob:languages");
    if (languages != null && languages.isArray()) {
      t.root.set("languages", languages);
    }
    for (JsonNode d : list(n.get("synerjob:drivingLicences"))) {
      t.array("drivingLicences").add(str(d));
    }
    if (!t.root.has("contractType")) {
      // schema.org has no "permanent": a posting that is not temporary, contract or internship is
      t.text("contractType", "PERMANENT");
    }
    return t;
  }

  private static void employment(Tree t, JsonNode types) {
    boolean full = false;
    boolean part = false;
    for (JsonNode e : list(types)) {
      String v = str(e);
      if (v == null) {
        continue;
      }
      switch (v.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_')) {
        case "FULL_TIME" -> full = true;
        case "PART_TIME" -> part = true;
        case "CONTRACTOR" -> t.text("contractType", "FREELANCE");
        case "TEMPORARY" -> t.text("contractType", "FIXED_TERM");
        case "INTERN" -> t.text("contractType", "APPRENTICESHIP");
        case "PER_DIEM" -> t.text("contractType", "FLEXI_JOB");
        case "SEASONAL" -> t.text("contractType", "SEASONAL");
        case "VOLUNTEER" ->
            t.problem(
                "contractType",
                "unknown-code",
                "employmentType VOLUNTEER: volunteer work is not a vacancy the hub exchanges");
        default -> {
          // OTHER and unknown values say nothing the hub keeps
        }
      }
    }
    if (full || part) {
      t.text("workRegime", full && part ? "FULL_OR_PART_TIME" : full ? "FULL_TIME" : "PART_TIME");
    }
  }

  private static boolean isJobPosting(JsonNode type) {
    for (JsonNode t : list(type)) {
      String s = str(t);
      if (s != null && (s.equals("JobPosting") || s.endsWith("schema.org/JobPosting"))) {
        return true;
      }
    }
    return false;
  }

  private static String identifier(JsonNode id) {
    JsonNode f = first(id);
    if (f == null) {
      return null;
    }
    return f.isObject() ? str(f.get("value")) : str(f);
  }

  private static JsonNode first(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    return n.isArray() ? (n.isEmpty() ? null : n.get(0)) : n;
  }

  private static List<JsonNode> list(JsonNode n) {
    List<JsonNode> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isArray()) {
      n.forEach(out::add);
    } else {
      out.add(n);
    }
    return out;
  }

  private static String str(JsonNode n) {
    if (n == null || n.isNull() || n.isContainer()) {
      return null;
    }
    String s = n.asString();
    return s == null || s.isBlank() ? null : s.strip();
  }
}
