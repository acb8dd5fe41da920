package be.synerjob.hub.cooperation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the cooperation module ({@code hub.cooperation.*}, see docs/cooperation.md).
 *
 * @param rotation the presenting members' order and the members skipped
 * @param board how the next board session is proposed
 * @param maxDocumentBytes the largest document accepted (stored in the database)
 * @param demo whether demo mode seeds the illustrative cooperation data (with {@code hub.demo})
 */
@ConfigurationProperties("hub.cooperation")
public record CooperationProperties(
    RotationSettings rotation, BoardSettings board, Long maxDocumentBytes, Boolean demo) {

  public CooperationProperties {
    if (rotation == null) {
      rotation = new RotationSettings(null, null);
    }
    if (board == null) {
      board = new BoardSettings(null, null, null, null, null, null, null);
    }
    if (maxDocumentBytes == null || maxDocumentBytes <= 0) {
      maxDocumentBytes = 10L * 1024 * 1024;
    }
    if (demo == null) {
      demo = true;
    }
  }

  /** The rotation order (member codes) and the members passed over. */
  public record RotationSettings(List<String> order, List<String> skip) {
    public RotationSettings {
      if (order == null || order.isEmpty()) {
        order = List.of("VDAB", "FOREM", "ACTIRIS", "BF", "ADG");
      }
      if (skip == null) {
        skip = List.of();
      }
    }
  }

  /**
   * How "plan the next board session" proposes its date: the last board session's date plus {@code
   * interval}, but at least {@code minNotice} from today, moved to the next {@code weekday}; from
   * {@code startTime} (Brussels time) for {@code duration}, at {@code place}, with {@code
   * visibility}.
   */
  public record BoardSettings(
      Period interval,
      DayOfWeek weekday,
      LocalTime startTime,
      Duration duration,
      Period minNotice,
      String place,
      Visibility visibility) {
    public BoardSettings {
      if (interval == null) {
        interval = Period.ofMonths(2);
      }
      if (weekday == null) {
        weekday = DayOfWeek.THURSDAY;
      }
      if (startTime == null) {
        startTime = LocalTime.of(10, 0);
      }
      if (duration == null) {
        duration = Duration.ofMinutes(150);
      }
      if (minNotice == null) {
        minNotice = Period.ofDays(14);
      }
      if (place == null || place.isBlank()) {
        place = "Synerjob, Brussels";
      }
      if (visibility == null) {
        visibility = Visibility.PUBLIC;
      }
    }
  }
}
