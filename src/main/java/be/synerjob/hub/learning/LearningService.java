package be.synerjob.hub.learning;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.ProblemType;
import be.synerjob.hub.reference.CodeCheck;
import be.synerjob.hub.reference.CodeUse;
import be.synerjob.hub.reference.Reference;
import be.synerjob.hub.reference.Scheme;
import be.synerjob.hub.vacancy.EnterpriseNumber;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employer declarations: employers and their credentials, workforce per quarter, sector agreements,
 * employees, entitlements and training. Every write is validated first (each problem names the
 * record, the field and the reason), written in one transaction and audited; an employer only ever
 * reaches its own employees (another employer's id answers 404, as an unknown one).
 */
@Service
public class LearningService {

  private static final Pattern JOINT_COMMITTEE = Pattern.compile("[0-9]{3}(\\.[0-9]{2}){0,2}");
  private static final BigDecimal MAX_DAYS_PER_YEAR = new BigDecimal("366");

  private final JdbcClient jdbc;
  private final NationalNumberVault vault;
  private final LearningCredentials credentials;
  private final AuditLog audit;
  private final Reference reference;
  private final TrainingRight right;
  private final Clock clock;

  LearningService(
      JdbcClient jdbc,
      NationalNumberVault vault,
      LearningCredentials credentials,
      AuditLog audit,
      Reference reference,
      TrainingRight right,
      Optional<Clock> clock) {
    this.jdbc = jdbc;
    this.vault = vault;
    this.credentials = credentials;
    this.audit = audit;
    this.reference = reference;
    this.right = right;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  public TrainingRight right() {
    return right;
  }

  Instant now() {
    return clock.instant();
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
  }

  // ------------------------------------------------------------------ employers and credentials

  /** An employer registered for the learning API. */
  public record Employer(String enterpriseNumber, String name) {}

  /** A credential shown once. */
  public record Issued(String subject, String credential) {}

  /** Registers an employer (or renames it) and issues it a new key. */
  @Transactional
  public Issued registerEmployer(String enterpriseNumber, String name, LearningPrincipal by) {
    List<FieldProblem> problems = new ArrayList<>();
    Optional<String> kbo = EnterpriseNumber.normalise(enterpriseNumber);
    if (kbo.isEmpty()) {
      problems.add(
          FieldProblem.of(
              "employer.enterpriseNumber",
              "invalid-enterprise-number",
              enterpriseNumber == null || enterpriseNumber.isBlank()
                  ? "is required"
                  : "is not an enterprise number with valid check digits (0403.170.701)"));
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      problems.add(
          FieldProblem.of("employer.name", "invalid", "is required, up to 200 characters"));
    }
    reject("Employer registration", problems);
    String en = kbo.get();
    int updated =
        jdbc.sql("UPDATE learning_employer SET name = :name WHERE enterprise_number = :en")
            .param("name", name.trim())
            .param("en", en)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO learning_employer (enterprise_number, name, created_at)"
                  + " VALUES (:en, :name, :at)")
          .param("en", en)
          .param("name", name.trim())
          .param("at", Timestamp.from(now()))
          .update();
    }
    String key = credentials.issue(LearningPrincipal.Kind.EMPLOYER, en);
    audit.record(
        by.actor(),
        null,
        AuditAction.LEARNING_EMPLOYER_REGISTERED,
        "employer:" + en,
        "OK",
        (updated == 0 ? "registered" : "renamed") + "; new employer key " + key.substring(0, 12));
    return new Issued(EnterpriseNumber.format(en), key);
  }

  /** Issues a personal token for the holder of a national number. */
  @Transactional
  public Issued issueEmployeeToken(String nationalNumber, LearningPrincipal by) {
    String nn = requireNationalNumber("employeeToken", nationalNumber);
    String hash = vault.hash(nn);
    String token = credentials.issue(LearningPrincipal.Kind.EMPLOYEE, hash);
    audit.record(
        by.actor(),
        null,
        AuditAction.LEARNING_CREDENTIAL_ISSUED,
        person(hash),
        "OK",
        "employee token " + token.substring(0, 12));
    return new Issued(NationalNumber.mask(nn), token);
  }

  /**
   * Revokes an employer key or employee token by its public prefix (the 8 characters after sjl_).
   */
  @Transactional
  public void revokeCredential(String prefix, LearningPrincipal by) {
    if (prefix == null || !prefix.matches("[a-z0-9]{8}") || !credentials.revoke(prefix)) {
      throw HubException.notFound("No active learning credential has the prefix " + clip(prefix));
    }
    audit.record(
        by.actor(),
        null,
        AuditAction.LEARNING_CREDENTIAL_REVOKED,
        "credential:" + prefix,
        "OK",
        null);
  }

  public Employer employer(String enterpriseNumber) {
    return jdbc.sql("SELECT name FROM learning_employer WHERE enterprise_number = :en")
        .param("en", enterpriseNumber)
        .query(String.class)
        .optional()
        .map(n -> new Employer(enterpriseNumber, n))
        .orElseThrow(() -> HubException.notFound("Employer " + enterpriseNumber + " is unknown"));
  }

  // ------------------------------------------------------------------ workforce and sector

  /** Declares the average full-time equivalents of a quarter. */
  @Transactional
  public void declareWorkforce(
      String employer, int year, int quarter, BigDecimal fte, String record, LearningPrincipal by) {
    List<FieldProblem> problems = new ArrayList<>();
    if (year < right.rules().firstYear() - 2 || year > today().getYear()) {
      problems.add(
          FieldProblem.of(
              record + ".year",
              "out-of-range",
              "must be between " + (right.rules().firstYear() - 2) + " and " + today().getYear()));
    }
    if (quarter < 1 || quarter > 4) {
      problems.add(FieldProblem.of(record + ".quarter", "out-of-range", "must be 1 to 4"));
    }
    if (fte == null) {
      problems.add(FieldProblem.of(record + ".fte", "required", "is required"));
    } else if (fte.signum() < 0 || fte.compareTo(new BigDecimal("1000000")) > 0) {
      problems.add(FieldProblem.of(record + ".fte", "out-of-range", "must be 0 or more"));
    }
    reject("Workforce declaration", problems);
    int n =
        jdbc.sql(
                "UPDATE learning_workforce SET fte = :fte, declared_at = :at WHERE enterprise_number"
                    + " = :en AND period_year = :y AND period_quarter = :q")
            .param("fte", fte)
            .param("at", Timestamp.from(now()))
            .param("en", employer)
            .param("y", year)
            .param("q", quarter)
            .update();
    if (n == 0) {
      jdbc.sql(
              "INSERT INTO learning_workforce (enterprise_number, period_year, period_quarter, fte,"
                  + " declared_at) VALUES (:en, :y, :q, :fte, :at)")
          .param("fte", fte)
          .param("at", Timestamp.from(now()))
          .param("en", employer)
          .param("y", year)
          .param("q", quarter)
          .update();
    }
    audit.record(
        by.actor(),
        null,
        AuditAction.LEARNING_WORKFORCE_DECLARED,
        "employer:" + employer,
        "OK",
        year + "Q" + quarter + " " + fte.toPlainString() + " FTE");
  }

  /** Declared FTE by {@code year * 10 + quarter}. */
  public Map<Integer, BigDecimal> workforce(String employer) {
    Map<Integer, BigDecimal> out = new HashMap<>();
    jdbc.sql(
            "SELECT period_year, period_quarter, fte FROM learning_workforce"
                + " WHERE enterprise_number = :en")
        .param("en", employer)
        .query(
            rs -> {
              out.put(
                  rs.getInt("period_year") * 10 + rs.getInt("period_quarter"),
                  rs.getBigDecimal("fte"));
            });
    return out;
  }

  /** Sets the days per FTE a joint committee's sector agreement grants for a year. */
  @Transactional
  public void putSectorAgreement(
      String jointCommittee, int year, BigDecimal days, String source, LearningPrincipal by) {
    List<FieldProblem> problems = new ArrayList<>();
    if (jointCommittee == null || !JOINT_COMMITTEE.matcher(jointCommittee).matches()) {
      problems.add(
          FieldProblem.of(
              "sectorAgreement.jointCommittee", "invalid", "must look like 200 or 330.01.10"));
    }
    if (year < right.rules().firstYear() || year > today().getYear() + 5) {
      problems.add(
          FieldProblem.of(
              "sectorAgreement.year",
              "out-of-range",
              "must be from " + right.rules().firstYear() + " to " + (today().getYear() + 5)));
    } else if (days == null) {
      problems.add(FieldProblem.of("sectorAgreement.days", "required", "is required"));
    } else {
      BigDecimal floor = right.rules().forYear(year).sectorFloorDays();
      if (days.compareTo(floor) < 0) {
        problems.add(
            FieldProblem.of(
                "sectorAgreement.days",
                "below-floor",
                "a sector agreement may not set fewer than "
                    + floor.stripTrailingZeros().toPlainString()
                    + " days per FTE"));
      } else if (days.compareTo(MAX_DAYS_PER_YEAR) > 0) {
        problems.add(FieldProblem.of("sectorAgreement.days", "out-of-range", "is too large"));
      }
    }
    if (source == null || source.isBlank() || source.length() > 500) {
      problems.add(
          FieldProblem.of(
              "sectorAgreement.source",
              "required",
              "must name the collective agreement (up to 500 characters)"));
    }
    reject("Sector agreement", problems);
    jdbc.sql(
            "DELETE FROM learning_sector_agreement WHERE joint_committee = :jc AND period_year = :y")
        .param("jc", jointCommittee)
        .param("y", year)
        .update();
    jdbc.sql(
            "INSERT INTO learning_sector_agreement (joint_committee, period_year, days, source,"
                + " changed_at) VALUES (:jc, :y, :d, :s, :at)")
        .param("jc", jointCommittee)
        .param("y", year)
        .param("d", days)
        .param("s", source.trim())
        .param("at", Timestamp.from(now()))
        .update();
    audit.record(
        by.actor(),
        null,
        AuditAction.LEARNING_SECTOR_AGREEMENT_CHANGED,
        "joint-committee:" + jointCommittee + "/" + year,
        "OK",
        days.toPlainString() + " days; " + source.trim());
  }

  /** The days per FTE of a joint committee's sector agreement for a year, if any. */
  public Optional<BigDecimal> sectorDays(String jointCommittee, int year) {
    if (jointCommittee == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            "SELECT days FROM learning_sector_agreement WHERE joint_committee = :jc AND"
                + " period_year = :y")
        .param("jc", jointCommittee)
        .param("y", year)
        .query(BigDecimal.class)
        .optional();
  }

  // ------------------------------------------------------------------ employees

  /** Declares a new employee of the employer. */
  @Transactional
  public Employee declareEmployee(
      String employer, EmployeeInput in, String record, LearningPrincipal by) {
    List<FieldProblem> problems = new ArrayList<>();
    String np = NationalNumber.problem(in.nationalNumber());
    if (np != null) {
      problems.add(FieldProblem.of(record + ".nationalNumber", "invalid-national-number", np));
    }
    validateEmployment(in, record, problems);
    reject(describe(record, "Employee declaration"), problems);
    String nn = NationalNumber.normalise(in.nationalNumber()).orElseThrow();
    String hash = vault.hash(nn);
    boolean exists =
        jdbc.sql(
                    "SELECT COUNT(*) FROM learning_employee WHERE enterprise_number = :en AND nn_hash ="
                        + " :h")
                .param("en", employer)
                .param("h", hash)
                .query(Integer.class)
                .single()
            > 0;
    if (exists) {
      throw new HubException(
          ProblemType.CONFLICT,
          describe(record, "Employee declaration")
              + " rejected: this employer already declared "
              + NationalNumber.mask(nn),
          List.of(
              FieldProblem.of(
                  record + ".nationalNumber",
                  "duplicate",
                  "the employer already declared this employee; update it instead")));
    }
    String id = UUID.randomUUID().toString();
    Instant at = now();
    jdbc.sql(
            "INSERT INTO learning_employee (id, enterprise_number, nn_hash, nn_cipher, nn_masked,"
                + " regime, joint_committee, start_date, end_date, registered_at, updated_at)"
                + " VALUES (:id, :en, :h, :c, :m, :r, :jc, :s, :e, :at, :at)")
        .param("id", id)
        .param("en", employer)
        .param("h", hash)
        .param("c", vault.encrypt(nn))
        .param("m", NationalNumber.mask(nn))
        .param("r", in.regime())
        .param("jc", blankToNull(in.jointCommittee()))
        .param("s", Date.valueOf(in.startDate()))
        .param("e", in.endDate() == null ? null : Date.valueOf(in.endDate()))
        .param("at", Timestamp.from(at))
        .update();
    audit.record(
        by.actor(),
        null,
        AuditAction.LEARNING_EMPLOYEE_DECLARED,
        "employee:" + id,
        "OK",
        "regime " + in.regime().toPlainString() + ", from " + in.startDate());
    return employee(employer, id);
  }

  /** Updates an employee's regime, joint committee and dates. */
  @Transactional
  public Employee updateEmployee(
      String employer, String id, EmployeeInput in, String record, LearningPrincipal by) {
    Employee before = employee(employer, id);
    List<FieldProblem> problems = new ArrayList<>();
    validateEmployment(in, record, problems);
    reject(describe(record, "Employee update"), problems);
    jdbc.sql(
            "UPDATE learning_employee SET regime = :r, joint_committee = :jc, start_date = :s,"
                + " end_date = :e, updated_at = :at WHERE id = :id AND enterprise_number = :en")
        .param("r", in.regime())
        .param("jc", blankToNull(in.jointCommittee()))
        .param("s", Date.valueOf(in.startDate()))
        .param("e", in.endDate() == null ? null : Date.valueOf(in.endDate()))
        .param("at", Timestamp.from(now()))
        .param("id", id)
        .param("en", employer)
        .update();
    audit.record(
        by.actor(),
        null,
        AuditAction.LEARNING_EMPLOYEE_UPDATED,
        "employee:" + id,
        "OK",
        "regime "
            + before.regime().stripTrailingZeros().toPlainString()
            + " -> "
            + in.regime().stripTrailingZeros().toPlainString()
            + ", dates "
            + before.startDate()
            + "/"
            + before.endDate()
            + " -> "
            + in.startDate()
            + "/"
            + in.endDate());
    return employee(employer, id);
  }

  private void validateEmployment(EmployeeInput in, String record, List<FieldProblem> problems) {
    if (in.regime() == null) {
      problems.add(FieldProblem.of(record + ".regime", "required", "is required (1 = full time)"));
    } else if (in.regime().signum() <= 0 || in.regime().compareTo(BigDecimal.ONE) > 0) {
      problems.add(
          FieldProblem.of(
              record + ".regime",
              "out-of-range",
              "must be a fraction of full time above 0 and at most 1 (0.5 = half time)"));
    } else if (in.regime().scale() > 4) {
      problems.add(FieldProblem.of(record + ".regime", "invalid", "at most 4 decimals"));
    }
    if (in.jointCommittee() != null
        && !in.jointCommittee().isBlank()
        && !JOINT_COMMITTEE.matcher(in.jointCommittee().trim()).matches()) {
      problems.add(
          FieldProblem.of(
              record + ".jointCommittee", "invalid", "must look like 200 or 330.01.10"));
    }
    if (in.startDate() == null) {
      problems.add(FieldProblem.of(record + ".startDate", "required", "is required"));
    } else if (in.endDate() != null && in.endDate().isBefore(in.startDate())) {
      problems.add(FieldProblem.of(record + ".endDate", "before-start", "is before startDate"));
    }
  }

  /** The employer's employee with this id; 404 when unknown or another employer's. */
  public Employee employee(String employer, String id) {
    return jdbc.sql("SELECT * FROM learning_employee WHERE id = :id AND enterprise_number = :en")
        .param("id", id)
        .param("en", employer)
        .query(LearningService::employeeRow)
        .optional()
        .orElseThrow(() -> HubException.notFound("Employee " + clip(id) + " is unknown"));
  }

  public List<Employee> employees(String employer) {
    return jdbc.sql(
            "SELECT * FROM learning_employee WHERE enterprise_number = :en ORDER BY start_date, id")
        .param("en", employer)
        .query(LearningService::employeeRow)
        .list();
  }

  /** The employer's employee with this national number. */
  public Optional<Employee> employeeByNationalNumber(String employer, String nationalNumber) {
    return NationalNumber.normalise(nationalNumber)
        .flatMap(
            nn ->
                jdbc.sql(
                        "SELECT * FROM learning_employee WHERE enterprise_number = :en AND nn_hash"
                            + " = :h")
                    .param("en", employer)
                    .param("h", vault.hash(nn))
                    .query(LearningService::employeeRow)
                    .optional());
  }

  /** Every employment of a person (across employers), by the hash of their national number. */
  public List<Employee> employmentsOf(String nnHash) {
    return jdbc.sql("SELECT * FROM learning_employee WHERE nn_hash = :h ORDER BY start_date")
        .param("h", nnHash)
        .query(LearningService::employeeRow)
        .list();
  }

  /** The national number in clear, for the employer that declared the employee. */
  String nationalNumber(String employer, String id) {
    employee(employer, id);
    return vault.decrypt(
        jdbc.sql("SELECT nn_cipher FROM learning_employee WHERE id = :id")
            .param("id", id)
            .query(String.class)
            .single());
  }

  // ------------------------------------------------------------------ entitlements

  /** Declares an employee's entitlement (days) for a year. */
  @Transactional
  public void declareEntitlement(
      String employer,
      String employeeId,
      int year,
      BigDecimal days,
      String record,
      LearningPrincipal by) {
    Employee e = employee(employer, employeeId);
    List<FieldProblem> problems = new ArrayList<>();
    if (year < right.rules().firstYear() || year > today().getYear() + 1) {
      problems.add(
          FieldProblem.of(
              record + ".year",
              "out-of-range",
              "must be from " + right.rules().firstYear() + " to " + (today().getYear() + 1)));
    } else if (!e.employedIn(year)) {
      problems.add(
          FieldProblem.of(
              record + ".year", "not-employed", "the employee was not employed in " + year));
    }
    if (days == null) {
      problems.add(FieldProblem.of(record + ".days", "required", "is required"));
    } else if (days.signum() < 0) {
      problems.add(FieldProblem.of(record + ".days", "negative", "must not be negative"));
    } else if (days.compareTo(MAX_DAYS_PER_YEAR) > 0 || days.scale() > 2) {
      problems.add(
          FieldProblem.of(
              record + ".days", "out-of-range", "at most 366 days with at most 2 decimals"));
    }
    reject(describe(record, "Entitlement declaration"), problems);
    jdbc.sql("DELETE FROM learning_entitlement WHERE employee_id = :id AND period_year = :y")
        .param("id", employeeId)
        .param("y", year)
        .update();
    jdbc.sql(
            "INSERT INTO learning_entitlement (employee_id, period_year, days, declared_at)"
                + " VALUES (:id, :y, :d, :at)")
        .param("id", employeeId)
        .param("y", year)
        .param("d", days)
        .param("at", Timestamp.from(now()))
        .update();
    audit.record(
        by.actor(),
        null,
        AuditAction.LEARNING_ENTITLEMENT_DECLARED,
        "employee:" + employeeId,
        "OK",
        year + ": " + days.toPlainString() + " days");
  }

  /** A declared entitlement. */
  public record DeclaredEntitlement(int year, BigDecimal days, Instant declaredAt) {}

  public List<DeclaredEntitlement> entitlements(String employeeId) {
    return jdbc.sql(
            "SELECT period_year, days, declared_at FROM learning_entitlement WHERE employee_id ="
                + " :id ORDER BY period_year")
        .param("id", employeeId)
        .query(
            (rs, n) ->
                new DeclaredEntitlement(
                    rs.getInt(1), rs.getBigDecimal(2), rs.getTimestamp(3).toInstant()))
        .list();
  }

  // ------------------------------------------------------------------ training

  /** Records a training the employee followed. */
  @Transactional
  public Training recordTraining(
      String employer, String employeeId, TrainingInput in, String record, LearningPrincipal by) {
    Employee e = employee(employer, employeeId);
    List<FieldProblem> problems = new ArrayList<>();
    TrainingKind kind = null;
    if (in.kind() == null || in.kind().isBlank()) {
      problems.add(FieldProblem.of(record + ".kind", "required", "is required; " + kinds()));
    } else {
      try {
        kind = TrainingKind.valueOf(in.kind().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException x) {
        problems.add(
            FieldProblem.of(record + ".kind", "invalid", "'" + clip(in.kind()) + "': " + kinds()));
      }
    }
    if (in.title() == null || in.title().isBlank() || in.title().length() > 300) {
      problems.add(
          FieldProblem.of(record + ".title", "required", "is required, up to 300 characters"));
    }
    if (in.provider() != null && in.provider().length() > 200) {
      problems.add(FieldProblem.of(record + ".provider", "too-long", "up to 200 characters"));
    }
    boolean datesOk = true;
    if (in.startDate() == null) {
      problems.add(FieldProblem.of(record + ".startDate", "required", "is required"));
      datesOk = false;
    }
    if (in.endDate() == null) {
      problems.add(FieldProblem.of(record + ".endDate", "required", "is required"));
      datesOk = false;
    }
    if (datesOk && in.endDate().isBefore(in.startDate())) {
      problems.add(FieldProblem.of(record + ".endDate", "before-start", "is before startDate"));
      datesOk = false;
    }
    if (datesOk && in.startDate().isBefore(e.startDate())) {
      problems.add(
          FieldProblem.of(
              record + ".startDate",
              "outside-employment",
              "is before the employment started (" + e.startDate() + ")"));
    }
    if (datesOk && e.endDate() != null && in.endDate().isAfter(e.endDate())) {
      problems.add(
          FieldProblem.of(
              record + ".endDate",
              "outside-employment",
              "is after the employment ended (" + e.endDate() + ")"));
    }
    if (datesOk && in.startDate().getYear() < right.rules().firstYear()) {
      problems.add(
          FieldProblem.of(
              record + ".startDate",
              "out-of-range",
              "the training right starts in " + right.rules().firstYear()));
    }
    if (datesOk && in.startDate().isAfter(today())) {
      problems.add(
          FieldProblem.of(record + ".startDate", "in-future", "training is recorded once taken"));
    }
    if (in.days() == null && in.hours() == null) {
      problems.add(FieldProblem.of(record + ".days", "required", "days or hours is required"));
    } else if (in.days() != null && in.hours() != null) {
      problems.add(FieldProblem.of(record + ".hours", "ambiguous", "give days or hours, not both"));
    } else if (in.days() != null && in.days().signum() < 0) {
      problems.add(FieldProblem.of(record + ".days", "negative", "must not be negative"));
    } else if (in.hours() != null && in.hours().signum() < 0) {
      problems.add(FieldProblem.of(record + ".hours", "negative", "must not be negative"));
    } else if ((in.days() != null && in.days().signum() == 0)
        || (in.hours() != null && in.hours().signum() == 0)) {
      problems.add(
          FieldProblem.of(
              record + (in.days() != null ? ".days" : ".hours"), "zero", "must be more than 0"));
    } else if (datesOk) {
      BigDecimal d = right.trainingDays(in.days(), in.hours());
      long span = ChronoUnit.DAYS.between(in.startDate(), in.endDate()) + 1;
      if (d.compareTo(BigDecimal.valueOf(span)) > 0) {
        problems.add(
            FieldProblem.of(
                record + (in.days() != null ? ".days" : ".hours"),
                "longer-than-dates",
                d.toPlainString() + " days do not fit in the " + span + " calendar days given"));
      }
    }
    List<String> competences = in.competences() == null ? List.of() : in.competences();
    checkCompetences(competences, record, problems);
    if (datesOk) {
      jdbc.sql(
              "SELECT id, title, start_date, end_date FROM learning_training WHERE employee_id ="
                  + " :id AND start_date <= :e AND end_date >= :s")
          .param("id", employeeId)
          .param("s", Date.valueOf(in.startDate()))
          .param("e", Date.valueOf(in.endDate()))
          .query(
              (rs, n) ->
                  "overlaps training "
                      + rs.getString(1)
                      + " ('"
                      + clip(rs.getString(2))
                      + "', "
                      + rs.getDate(3).toLocalDate()
                      + " to "
                      + rs.getDate(4).toLocalDate()
                      + ")")
          .list()
          .forEach(r -> problems.add(FieldProblem.of(record + ".startDate", "overlap", r)));
    }
    reject(describe(record, "Training record"), problems);
    String id = UUID.randomUUID().toString();
    BigDecimal days = right.trainingDays(in.days(), in.hours());
    Instant at = now();
    jdbc.sql(
            "INSERT INTO learning_training (id, employee_id, kind, title, provider, start_date,"
                + " end_date, days, hours, competences, recorded_at) VALUES (:id, :emp, :k, :t, :p,"
                + " :s, :e, :d, :h, :c, :at)")
        .param("id", id)
        .param("emp", employeeId)
        .param("k", kind.name())
        .param("t", in.title().trim())
        .param("p", blankToNull(in.provider()))
        .param("s", Date.valueOf(in.startDate()))
        .param("e", Date.valueOf(in.endDate()))
        .param("d", days)
        .param("h", in.hours())
        .param("c", competences.isEmpty() ? null : String.join(" ", competences))
        .param("at", Timestamp.from(at))
        .update();
    audit.record(
        by.actor(),
        null,
        AuditAction.LEARNING_TRAINING_RECORDED,
        "employee:" + employeeId,
        "OK",
        "training " + id + ": " + kind + ", " + days.toPlainString() + " days");
    return new Training(
        id,
        employeeId,
        kind,
        in.title().trim(),
        blankToNull(in.provider()),
        in.startDate(),
        in.endDate(),
        days,
        in.hours(),
        competences,
        at);
  }

  public List<Training> trainings(String employeeId) {
    return jdbc.sql(
            "SELECT * FROM learning_training WHERE employee_id = :id ORDER BY start_date, id")
        .param("id", employeeId)
        .query(
            (rs, n) ->
                new Training(
                    rs.getString("id"),
                    rs.getString("employee_id"),
                    TrainingKind.valueOf(rs.getString("kind")),
                    rs.getString("title"),
                    rs.getString("provider"),
                    rs.getDate("start_date").toLocalDate(),
                    rs.getDate("end_date").toLocalDate(),
                    rs.getBigDecimal("days"),
                    rs.getBigDecimal("hours"),
                    codes(rs.getString("competences")),
                    rs.getTimestamp("recorded_at").toInstant()))
        .list();
  }

  // ------------------------------------------------------------------ helpers

  /** Checks competence ids against the reference ({@code competent:KN-10}, ESCO URIs). */
  void checkCompetences(List<String> competences, String record, List<FieldProblem> problems) {
    for (int i = 0; i < competences.size(); i++) {
      String field = record + ".competences[" + i + "]";
      String id = competences.get(i) == null ? "" : competences.get(i).trim();
      Scheme scheme;
      String code;
      if (id.startsWith("http://") || id.startsWith("https://")) {
        scheme = Scheme.ESCO;
        code = id;
      } else {
        int colon = id.indexOf(':');
        Optional<Scheme> s = colon > 0 ? Scheme.parse(id.substring(0, colon)) : Optional.empty();
        if (s.isEmpty()) {
          problems.add(
              FieldProblem.of(
                  field,
                  "invalid",
                  "'"
                      + clip(id)
                      + "' is not a competence id (scheme:code, e.g. competent:KN-10, or an ESCO"
                      + " URI)"));
          continue;
        }
        scheme = s.get();
        code = id.substring(colon + 1);
      }
      CodeCheck check = reference.check(scheme, code, null, CodeUse.COMPETENCE);
      if (!check.acceptable()) {
        problems.add(FieldProblem.of(field, check.problemCode(), check.reason()));
      }
    }
  }

  String requireNationalNumber(String record, String value) {
    String np = NationalNumber.problem(value);
    if (np != null) {
      throw HubException.validation(
          record + " rejected: nationalNumber " + np,
          List.of(FieldProblem.of(record + ".nationalNumber", "invalid-national-number", np)));
    }
    return NationalNumber.normalise(value).orElseThrow();
  }

  String hash(String nationalNumber) {
    return vault.hash(nationalNumber);
  }

  /** The keyed hash of a valid national number; a problem naming the record otherwise. */
  public String personHash(String record, String nationalNumber) {
    return vault.hash(requireNationalNumber(record, nationalNumber));
  }

  static String person(String hash) {
    return "person:hmac:" + hash.substring(0, 12);
  }

  static void reject(String what, List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      FieldProblem p = problems.get(0);
      throw HubException.validation(
          what
              + " rejected: "
              + p.field()
              + " "
              + p.reason()
              + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""),
          problems);
    }
  }

  private static String describe(String record, String what) {
    return record.startsWith("rows[") ? what + " in " + record : what;
  }

  private static String kinds() {
    return "valid values: " + Arrays.toString(TrainingKind.values());
  }

  static List<String> codes(String stored) {
    return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(" "));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  static String clip(String s) {
    return s == null ? "" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }

  private static Employee employeeRow(ResultSet rs, int n) throws SQLException {
    Date end = rs.getDate("end_date");
    return new Employee(
        rs.getString("id"),
        rs.getString("enterprise_number"),
        rs.getString("nn_masked"),
        rs.getBigDecimal("regime").stripTrailingZeros(),
        rs.getString("joint_committee"),
        rs.getDate("start_date").toLocalDate(),
        end == null ? null : end.toLocalDate(),
        rs.getTimestamp("registered_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }
}
