package be.synerjob.hub.channel.format;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Canonical vacancy → schema.org {@code JobPosting} JSON-LD, one object per line: the inverse of
 * {@link JsonLdMapping}. What schema.org cannot say exactly is written as {@code synerjob:}
 * properties as well, so a file written here reads back to the same vacancy (except the occupation
 * and competence releases and the essential flag, which schema.org has no room for). Full files
 * only: a delta file's removals have no JSON-LD form.
 */
final class JsonLdWriter implements RecordWriter {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, String> CREDENTIALS =
      Map.of(
          "UPPER_SECONDARY", "high school",
          "SHORT_TERTIARY", "associate degree",
          "BACHELOR", "bachelor degree",
          "POST_SECONDARY", "professional certificate",
          "MASTER", "postgraduate degree");

  private final NdjsonWriter lines;

  JsonLdWriter(OutputStream out) {
    this.lines = new NdjsonWriter(out);
  }

  @Override
  public void vacancy(String json) {
    lines.vacancy(posting(JSON.readTree(json)).toString());
  }

  @Override
  public void change(JsonNode item) {
    throw new UnsupportedOperationException("JSON-LD files are written for full files only");
  }

  @Override
  public void close() {
    lines.close();
  }

  static ObjectNode posting(JsonNode v) {
    ObjectNode o = JSON.createObjectNode();
    o.put("@context", "https://schema.org/");
    o.put("@type", "JobPosting");
    ObjectNode id = o.putObject("identifier");
    id.put("@type", "PropertyValue");
    copy(v, "reference", id, "value");
    copy(v, "language", o, "inLanguage");
    copy(v, "title", o, "title");
    copy(v, "description", o, "description");
    copy(v, "publicationDate", o, "datePosted");
    copy(v, "validThrough", o, "validThrough");
    copy(v, "numberOfPosts", o, "totalJobOpenings");
    ArrayNode categories = JSON.createArrayNode();
    for (JsonNode c : v.path("occupations")) {
      ObjectNode cc = categories.addObject();
      cc.put("@type", "CategoryCode");
      copy(c, "code", cc, "codeValue");
      copy(c, "scheme", cc, "inCodeSet");
    }
    if (!categories.isEmpty()) {
      o.set("occupationalCategory", categories);
    }
    JsonNode employer = v.get("employer");
    if (employer != null && employer.isObject()) {
      ObjectNode org = o.putObject("hiringOrganization");
      org.put("@type", "Organization");
      copy(employer, "name", org, "name");
      copy(employer, "enterpriseNumber", org, "vatID");
      copy(employer, "temporaryWorkAgency", o, "synerjob:temporaryWorkAgency");
    }
    JsonNode workplace = v.get("workplace");
    if (workplace != null && workplace.isObject()) {
      ObjectNode address = o.putObject("jobLocation").put("@type", "Place").putObject("address");
      address.put("@type", "PostalAddress");
      copy(workplace, "postcode", address, "postalCode");
      copy(workplace, "municipality", address, "addressLocality");
      address.put("addressCountry", "BE");
    }
    String regime = text(v, "workRegime");
    if (regime != null) {
      ArrayNode types = o.putArray("employmentType");
      if (!regime.equals("PART_TIME")) {
        types.add("FULL_TIME");
      }
      if (!regime.equals("FULL_TIME")) {
        types.add("PART_TIME");
      }
    }
    copy(v, "status", o, "synerjob:status");
    copy(v, "sourceUpdatedAt", o, "synerjob:sourceUpdatedAt");
    copy(v, "contractType", o, "synerjob:contractType");
    copy(v, "workRegime", o, "synerjob:workRegime");
    copy(v, "hoursPerWeek", o, "synerjob:hoursPerWeek");
    JsonNode salary = v.get("salary");
    if (salary != null && salary.isObject()) {
      ObjectNode amount = o.putObject("baseSalary");
      amount.put("@type", "MonetaryAmount");
      copy(salary, "currency", amount, "currency");
      ObjectNode value = amount.putObject("value");
      value.put("@type", "QuantitativeValue");
      copy(salary, "min", value, "minValue");
      copy(salary, "max", value, "maxValue");
      copy(salary, "period", value, "unitText");
    }
    String education = text(v, "educationLevel");
    if (education != null) {
      o.put("synerjob:educationLevel", education);
      String credential = CREDENTIALS.get(education.toUpperCase(Locale.ROOT));
      if (credential != null) {
        o.putObject("educationRequirements")
            .put("@type", "EducationalOccupationalCredential")
            .put("credentialCategory", credential);
      }
    }
    if (v.hasNonNull("experienceMonths")) {
      o.putObject("experienceRequirements")
          .put("@type", "OccupationalExperienceRequirements")
          .set("monthsOfExperience", v.get("experienceMonths"));
    }
    ArrayNode skills = JSON.createArrayNode();
    for (JsonNode c : v.path("competences")) {
      ObjectNode s = skills.addObject();
      s.put("@type", "DefinedTerm");
      copy(c, "code", s, "termCode");
      copy(c, "scheme", s, "inDefinedTermSet");
    }
    if (!skills.isEmpty()) {
      o.set("skills", skills);
    }
    if (v.path("languages").isArray() && !v.path("languages").isEmpty()) {
      o.set("synerjob:languages", v.get("languages"));
    }
    if (v.path("drivingLicences").isArray() && !v.path("drivingLicences").isEmpty()) {
      o.set("synerjob:drivingLicences", v.get("drivingLicences"));
    }
    JsonNode application = v.get("application");
    if (application != null && application.isObject()) {
      copy(application, "url", o, "url");
      if (application.hasNonNull("email")
          || application.hasNonNull("phone")
          || application.hasNonNull("contactName")) {
        ObjectNode contact = o.putObject("applicationContact");
        contact.put("@type", "ContactPoint");
        copy(application, "email", contact, "email");
        copy(application, "phone", contact, "telephone");
        copy(application, "contactName", contact, "name");
      }
    }
    JsonNode exchange = v.get("exchange");
    if (exchange != null && exchange.isObject()) {
      copy(exchange, "shareable", o, "synerjob:shareable");
      copy(exchange, "activeManagement", o, "synerjob:activeManagement");
      copy(exchange, "eures", o, "synerjob:eures");
    }
    return o;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }

  private static void copy(JsonNode from, String field, ObjectNode to, String as) {
    JsonNode v = from.get(field);
    if (v != null && !v.isNull()) {
      to.set(as, v);
    }
  }
}
