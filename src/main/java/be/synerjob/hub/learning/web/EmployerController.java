package be.synerjob.hub.learning.web;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.learning.Compliance;
import be.synerjob.hub.learning.DeclarationFiles;
import be.synerjob.hub.learning.Employee;
import be.synerjob.hub.learning.EmployeeInput;
import be.synerjob.hub.learning.LearningPrincipal;
import be.synerjob.hub.learning.LearningService;
import be.synerjob.hub.learning.LearningViews;
import be.synerjob.hub.learning.TrainingInput;
import be.synerjob.hub.vacancy.EnterpriseNumber;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An employer's declarations for the Federal Learning Account. The employer is the one the key is
 * bound to; no request names another.
 */
@RestController
@RequestMapping("/api/v1/learning/employer")
@PreAuthorize("hasAuthority('LEARNING_EMPLOYER')")
@Tag(name = "Learning accounts")
@SecurityRequirement(name = "apiKey")
class EmployerController {

  private final LearningService service;
  private final LearningViews views;
  private final DeclarationFiles files;

  EmployerController(LearningService service, LearningViews views, DeclarationFiles files) {
    this.service = service;
    this.views = views;
    this.files = files;
  }

  private static LearningPrincipal me() {
    return Callers.current(LearningPrincipal.Kind.EMPLOYER);
  }

  record Profile(String enterpriseNumber, String name, Map<String, BigDecimal> workforce) {}

  @GetMapping
  @Operation(summary = "The employer the key belongs to, with its declared workforce per quarter")
  Profile profile() {
    LearningPrincipal p = me();
    Map<String, BigDecimal> wf = new TreeMap<>();
    service.workforce(p.subject()).forEach((k, v) -> wf.put((k / 10) + "Q" + (k % 10), v));
    return new Profile(
        EnterpriseNumber.format(p.subject()), service.employer(p.subject()).name(), wf);
  }

  record Fte(BigDecimal fte) {}

  @PutMapping("/workforce/{year}/{quarter}")
  @Operation(summary = "Declare the average full-time equivalents of a quarter")
  Profile workforce(@PathVariable int year, @PathVariable int quarter, @RequestBody Fte body) {
    service.declareWorkforce(me().subject(), year, quarter, body.fte(), "workforce", me());
    return profile();
  }

  @GetMapping("/employees")
  @Operation(summary = "The employer's employees (national numbers masked)")
  List<Employee> employees() {
    return service.employees(me().subject());
  }

  @PostMapping("/employees")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Declare a new employee")
  Employee declare(@RequestBody EmployeeInput body) {
    return service.declareEmployee(me().subject(), body, "employee", me());
  }

  record Lookup(String nationalNumber) {}

  @PostMapping("/employees/lookup")
  @Operation(
      summary = "Find one of the employer's employees by national number",
      description = "POST so the national number never appears in a URL or an access log.")
  Employee lookup(@RequestBody Lookup body) {
    return service
        .employeeByNationalNumber(me().subject(), body.nationalNumber())
        .orElseThrow(() -> HubException.notFound("The employer has no employee with this number"));
  }

  @GetMapping("/employees/{id}")
  @Operation(summary = "An employee's balance per year and over the window, and training taken")
  LearningViews.EmploymentView employee(
      @PathVariable String id,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = "Accept-Language", required = false) String accept) {
    Employee e = service.employee(me().subject(), id);
    return views.employment(e, year(year), Callers.language(lang, accept));
  }

  @PutMapping("/employees/{id}")
  @Operation(summary = "Update an employee's regime, joint committee and dates")
  Employee update(@PathVariable String id, @RequestBody EmployeeInput body) {
    return service.updateEmployee(me().subject(), id, body, "employee", me());
  }

  record Days(BigDecimal days) {}

  @PutMapping("/employees/{id}/entitlements/{year}")
  @Operation(summary = "Declare an employee's entitlement for a year")
  LearningViews.EmploymentView entitlement(
      @PathVariable String id, @PathVariable int year, @RequestBody Days body) {
    service.declareEntitlement(me().subject(), id, year, body.days(), "entitlement", me());
    return views.employment(service.employee(me().subject(), id), year(null), Language.EN);
  }

  @PostMapping("/employees/{id}/trainings")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a training the employee followed")
  LearningViews.TrainingView training(
      @PathVariable String id,
      @RequestBody TrainingInput body,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = "Accept-Language", required = false) String accept) {
    return views.trainingView(
        service.recordTraining(me().subject(), id, body, "training", me()),
        Callers.language(lang, accept));
  }

  @GetMapping("/compliance")
  @Operation(
      summary = "The employer's compliance with the declaration deadlines for a year",
      description =
          "New employees within 60 days, training by the end of the month after its quarter, the"
              + " yearly entitlement within 30 days, entitlements not below the legal minimum.")
  Compliance compliance(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = "Accept-Language", required = false) String accept) {
    return views.compliance(me().subject(), year(year), Callers.language(lang, accept));
  }

  @PostMapping(
      value = "/declarations",
      consumes = {"text/csv", "text/plain"})
  @Operation(
      summary = "Upload declarations as CSV (all or nothing)",
      description =
          "Columns: type (EMPLOYEE, ENTITLEMENT, TRAINING, WORKFORCE), nationalNumber, regime,"
              + " jointCommittee, startDate, endDate, year, quarter, fte, days, hours, kind, title,"
              + " provider, competences (space-separated). A rejected file writes nothing; each"
              + " problem names rows[line].field and the reason.")
  DeclarationFiles.Report upload(
      HttpServletRequest request, @RequestParam(defaultValue = ",") String separator)
      throws IOException {
    if (separator.length() != 1) {
      throw HubException.invalidParameter("separator", "must be one character");
    }
    return files.upload(
        me().subject(),
        new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8),
        separator.charAt(0),
        me());
  }

  private int year(Integer year) {
    int y = year == null ? views.currentYear() : year;
    int first = service.right().rules().firstYear();
    if (y < first || y > views.currentYear() + 1) {
      throw HubException.invalidParameter(
          "year", "must be from " + first + " to " + (views.currentYear() + 1));
    }
    return y;
  }
}
