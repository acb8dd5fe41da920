package be.synerjob.hub.learning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An employee declaration. On update the national number is ignored (it identifies the employee and
 * cannot change).
 */
public record EmployeeInput(
    String nationalNumber,
    BigDecimal regime,
    String jointCommittee,
    LocalDate startDate,
    LocalDate endDate) {}
