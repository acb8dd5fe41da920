package be.synerjob.hub.cooperation;

import be.synerjob.hub.core.Language;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A board session or general assembly.
 *
 * @param uid stable identifier (the iCalendar UID)
 * @param presenter the member presenting its current projects (board sessions; rolling agenda)
 * @param themeId the in-depth theme presented at this session
 * @param voteOutcomeId the theme chosen by this session's vote, once closed
 * @param revision raised by every change (the iCalendar SEQUENCE)
 * @param illustrative demo data that is not sourced
 */
public record Session(
    long id,
    String uid,
    SessionKind kind,
    ZonedDateTime startsAt,
    ZonedDateTime endsAt,
    String place,
    SessionStatus status,
    Visibility visibility,
    String presenter,
    Long themeId,
    Instant voteClosedAt,
    Long voteOutcomeId,
    ThemeVote.Rule voteRule,
    boolean illustrative,
    int revision,
    Instant updatedAt) {

  public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  /** "Raad van bestuur — 15 oktober 2026". */
  public String title(Language language) {
    return Labels.of(kind, language)
        + " — "
        + startsAt.format(
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
  }
}
