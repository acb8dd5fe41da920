package be.synerjob.hub.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A training declaration: days or hours, competences as reference ids. */
public record TrainingInput(
    String kind,
    String title,
    String provider,
    LocalDate startDate,
    LocalDate endDate,
    BigDecimal days,
    BigDecimal hours,
    List<String> competences) {}
