package be.synerjob.hub.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A training an employee followed, as recorded by the employer.
 *
 * @param days the training's length in days (converted from hours when declared in hours)
 * @param hours the hours declared, if declared in hours
 * @param competences reference ids of the competences trained ({@code competent:KN-10}, ESCO URIs)
 */
public record Training(
    String id,
    String employeeId,
    TrainingKind kind,
    String title,
    String provider,
    LocalDate startDate,
    LocalDate endDate,
    BigDecimal days,
    BigDecimal hours,
    List<String> competences,
    Instant recordedAt) {}
