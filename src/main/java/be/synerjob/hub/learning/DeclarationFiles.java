package be.synerjob.hub.learning;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.Csv;
import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.core.HubException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Declarations as a CSV file: one row per declaration, a {@code type} column ({@code EMPLOYEE},
 * {@code ENTITLEMENT}, {@code TRAINING}, {@code WORKFORCE}) and named columns in any order. The
 * file is applied in one transaction and all or nothing: when any row is wrong, nothing is written
 * and every problem names its row ({@code rows[7]}, the file's line), field and reason.
 */
@Service
public class DeclarationFiles {

  /** The columns a file may have. */
  public static final Set<String> COLUMNS =
      Set.of(
          "type",
          "nationalNumber",
          "regime",
          "jointCommittee",
          "startDate",
          "endDate",
          "year",
          "quarter",
          "fte",
          "days",
          "hours",
          "kind",
          "title",
          "provider",
          "competences");

  /** The row types. */
  public enum RowType {
    EMPLOYEE,
    ENTITLEMENT,
    TRAINING,
    WORKFORCE
  }

  /** The outcome of an accepted file: rows applied per type. */
  public record Report(int rows, Map<RowType, Integer> applied) {}

  private static final int MAX_ROWS = 10_000;

  private final LearningService service;
  private final AuditLog audit;
  private final TransactionTemplate tx;

  DeclarationFiles(LearningService service, AuditLog audit, TransactionTemplate tx) {
    this.service = service;
    this.audit = audit;
    this.tx = tx;
  }

  /** Applies a file of the employer's declarations, or rejects it whole. */
  public Report upload(String employer, Reader body, char separator, LearningPrincipal by) {
    try {
      Report r = tx.execute(status -> apply(employer, body, separator, by));
      audit.record(
          by.actor(),
          null,
          AuditAction.LEARNING_DECLARATIONS_UPLOADED,
          "employer:" + employer,
          "OK",
          r.rows() + " rows " + r.applied());
      return r;
    } catch (HubException e) {
      audit.record(
          by.actor(),
          null,
          AuditAction.LEARNING_DECLARATIONS_UPLOADED,
          "employer:" + employer,
          "DENIED",
          e.problems().size() + " problems; first: " + e.getMessage());
      throw e;
    }
  }

  private Report apply(String employer, Reader body, char separator, LearningPrincipal by) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<RowType, Integer> applied = new EnumMap<>(RowType.class);
    int rows = 0;
    try (Csv csv = new Csv(body, separator)) {
      List<String> header = csv.next();
      if (header == null) {
        throw HubException.validation(
            "Declaration file rejected: it is empty",
            List.of(FieldProblem.of("rows[1]", "empty", "the file has no header row")));
      }
      Map<String, Integer> col = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String raw = header.get(i).trim();
        String h = i == 0 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        String known = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(h)).findFirst().orElse(null);
        if (known == null) {
          problems.add(
              FieldProblem.of(
                  "rows[1]." + h, "unknown-column", "unknown column; valid columns: " + COLUMNS));
        } else {
          col.put(known, i);
        }
      }
      if (!col.containsKey("type")) {
        problems.add(FieldProblem.of("rows[1].type", "required", "the header needs a type column"));
      }
      if (!problems.isEmpty()) {
        LearningService.reject("Declaration file", problems);
      }
      List<String> fields;
      long line = csv.line();
      while ((fields = csv.next()) != null) {
        String record = "rows[" + line + "]";
        line = csv.line();
        if (fields.size() == 1 && fields.get(0).isBlank()) {
          continue;
        }
        if (++rows > MAX_ROWS) {
          problems.add(
              FieldProblem.of(
                  record, "too-many-rows", "a file holds at most " + MAX_ROWS + " rows"));
          break;
        }
        Row row = new Row(record, fields, col, problems);
        int before = problems.size();
        try {
          RowType type = row.type();
          if (type == null) {
            continue;
          }
          applyRow(employer, type, row, by);
          if (problems.size() == before) {
            applied.merge(type, 1, Integer::sum);
          }
        } catch (HubException e) {
          if (e.problems().isEmpty()) {
            problems.add(
                FieldProblem.of(
                    record, e.problemType().name().toLowerCase(Locale.ROOT), e.getMessage()));
          } else {
            problems.addAll(e.problems());
          }
        }
      }
    } catch (IllegalArgumentException e) {
      problems.add(FieldProblem.of("file", "malformed-csv", e.getMessage()));
    }
    if (rows == 0 && problems.isEmpty()) {
      problems.add(FieldProblem.of("rows[2]", "empty", "the file has no declarations"));
    }
    LearningService.reject("Declaration file", problems);
    return new Report(rows, applied);
  }

  private void applyRow(String employer, RowType type, Row row, LearningPrincipal by) {
    switch (type) {
      case WORKFORCE:
        {
          Integer year = row.integer("year");
          Integer quarter = row.integer("quarter");
          BigDecimal fte = row.decimal("fte");
          if (row.ok()) {
            service.declareWorkforce(
                employer,
                year == null ? 0 : year,
                quarter == null ? 0 : quarter,
                fte,
                row.record,
                by);
          }
          return;
        }
      case EMPLOYEE:
        {
          EmployeeInput in =
              new EmployeeInput(
                  row.text("nationalNumber"),
                  row.decimal("regime"),
                  row.text("jointCommittee"),
                  row.date("startDate"),
                  row.date("endDate"));
          if (!row.ok()) {
            return;
          }
          Optional<Employee> existing =
              service.employeeByNationalNumber(employer, in.nationalNumber());
          if (existing.isPresent()) {
            service.updateEmployee(employer, existing.get().id(), in, row.record, by);
          } else {
            service.declareEmployee(employer, in, row.record, by);
          }
          return;
        }
      case ENTITLEMENT:
        {
          Employee e = row.employee(employer);
          Integer year = row.integer("year");
          BigDecimal days = row.decimal("days");
          if (row.ok() && e != null) {
            service.declareEntitlement(
                employer, e.id(), year == null ? 0 : year, days, row.record, by);
          }
          return;
        }
      default:
        {
          Employee e = row.employee(employer);
          String comp = row.text("competences");
          TrainingInput in =
              new TrainingInput(
                  row.text("kind"),
                  row.text("title"),
                  row.text("provider"),
                  row.date("startDate"),
                  row.date("endDate"),
                  row.decimal("days"),
                  row.decimal("hours"),
                  comp == null ? List.of() : List.of(comp.trim().split("[\\s|]+")));
          if (row.ok() && e != null) {
            service.recordTraining(employer, e.id(), in, row.record, by);
          }
        }
    }
  }

  /** One row with typed access that adds a problem for each unreadable field. */
  private final class Row {
    final String record;
    final List<String> fields;
    final Map<String, Integer> col;
    final List<FieldProblem> problems;
    final int start;

    Row(String record, List<String> fields, Map<String, Integer> col, List<FieldProblem> problems) {
      this.record = record;
      this.fields = fields;
      this.col = col;
      this.problems = problems;
      this.start = problems.size();
    }

    boolean ok() {
      return problems.size() == start;
    }

    String text(String name) {
      Integer i = col.get(name);
      if (i == null || i >= fields.size()) {
        return null;
      }
      String v = fields.get(i).trim();
      return v.isEmpty() ? null : v;
    }

    RowType type() {
      String t = text("type");
      try {
        return RowType.valueOf(t == null ? "" : t.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(
            FieldProblem.of(
                record + ".type",
                "invalid",
                "'"
                    + LearningService.clip(t)
                    + "': valid values: EMPLOYEE, ENTITLEMENT, TRAINING, WORKFORCE"));
        return null;
      }
    }

    Integer integer(String name) {
      String v = text(name);
      if (v == null) {
        return null;
      }
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        problems.add(
            FieldProblem.of(
                record + "." + name,
                "invalid",
                "'" + LearningService.clip(v) + "' is not a whole number"));
        return null;
      }
    }

    BigDecimal decimal(String name) {
      String v = text(name);
      if (v == null) {
        return null;
      }
      try {
        return new BigDecimal(v.replace(',', '.'));
      } catch (NumberFormatException e) {
        problems.add(
            FieldProblem.of(
                record + "." + name,
                "invalid",
                "'" + LearningService.clip(v) + "' is not a number"));
        return null;
      }
    }

    LocalDate date(String name) {
      String v = text(name);
      if (v == null) {
        return null;
      }
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        problems.add(
            FieldProblem.of(
                record + "." + name,
                "invalid",
                "'" + LearningService.clip(v) + "' is not a date (YYYY-MM-DD)"));
        return null;
      }
    }

    Employee employee(String employer) {
      String nn = text("nationalNumber");
      String p = NationalNumber.problem(nn);
      if (p != null) {
        problems.add(FieldProblem.of(record + ".nationalNumber", "invalid-national-number", p));
        return null;
      }
      Optional<Employee> e = service.employeeByNationalNumber(employer, nn);
      if (e.isEmpty()) {
        problems.add(
            FieldProblem.of(
                record + ".nationalNumber",
                "unknown-employee",
                "no employee of this employer has this national number; declare them first (an"
                    + " EMPLOYEE row)"));
        return null;
      }
      return e.get();
    }
  }
}
