package be.synerjob.hub.reference;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.reference.ReferenceModel.Node;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translation review: the labels that need a reviewer's eye (a preferred label missing in a
 * language, or new or changed in a release and not reviewed since), and the reviewers' decisions: a
 * label marked reviewed, or a corrected label proposed. Every decision is kept; the newest one per
 * concept and language counts, and only for the label text it was made on, so a label that a later
 * release changes needs a new review.
 */
@Service
public class TranslationReviews {

  /** What a reviewer decided. */
  public enum Action {
    /** The current preferred label is right (or, for a missing label, none is needed). */
    REVIEWED,
    /** The label should read {@code proposedLabel} (or, when missing, should exist). */
    PROPOSED
  }

  /** Why a label is in the review list. */
  public enum Reason {
    MISSING,
    NEW,
    CHANGED
  }

  /** Where a label stands. */
  public enum State {
    UNREVIEWED,
    PROPOSED,
    REVIEWED
  }

  /**
   * One label to review.
   *
   * @param label the current preferred label, null when missing
   * @param labelRelease where the label comes from
   * @param since the release in which the label (or, when missing, the concept) appeared
   * @param english the English preferred label, for context
   * @param lastReview the newest decision on this concept and language, if any
   */
  public record Item(
      ConceptSummary concept,
      String language,
      String label,
      String labelRelease,
      Reason reason,
      String since,
      State state,
      String english,
      Decision lastReview) {}

  /** A page of the review list; {@code next} is the cursor of the next page, null at the end. */
  public record Page(List<Item> items, int total, String next) {}

  /** A reviewer's decision, as stored. */
  public record Decision(
      long id,
      String concept,
      String language,
      String label,
      Action action,
      String proposedLabel,
      String reviewer,
      Instant at,
      String note) {}

  /** The languages reviewed per scheme (a scheme is not reviewed in languages it never has). */
  static Set<Language> reviewedLanguages(Scheme scheme) {
    switch (scheme) {
      case ROME:
        return EnumSet.of(Language.FR);
      case COMPETENT:
        return EnumSet.of(Language.NL, Language.FR);
      default:
        return EnumSet.of(Language.NL, Language.FR, Language.DE);
    }
  }

  private static final String INSERT =
      """
      INSERT INTO ref_review (concept_id, lang, label_text, action, proposed_text, reviewer, at, note)
      VALUES (:concept, :lang, :label, :action, :proposed, :reviewer, :at, :note)
      """;
  private static final String SELECT =
      "SELECT id, concept_id, lang, label_text, action, proposed_text, reviewer, at, note"
          + " FROM ref_review";

  private final ModelHolder holder;
  private final JdbcClient jdbc;
  private final Clock clock;

  TranslationReviews(ModelHolder holder, JdbcClient jdbc, Optional<Clock> clock) {
    this.holder = holder;
    this.jdbc = jdbc;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  /**
   * The review list, filtered, in a stable order (scheme, concept, language), one page at a time.
   * Cost: one pass over the in-memory concepts and one read of the decisions.
   *
   * @param scheme null for all schemes
   * @param kind null for all kinds
   * @param lang null for every reviewed language
   * @param release only labels (or concepts, when missing) that appeared in this release
   * @param state null for unreviewed and proposed (the work still open)
   * @param reason null for all reasons
   * @param after the cursor of the previous page, or null
   */
  public Page queue(
      Scheme scheme,
      ConceptKind kind,
      Language lang,
      String release,
      State state,
      Reason reason,
      String after,
      int limit) {
    if (limit < 1 || limit > 1000) {
      throw HubException.invalidParameter("limit", "must be between 1 and 1000");
    }
    if (lang == Language.EN) {
      throw HubException.invalidParameter(
          "lang", "English is the source language; valid values: nl, fr, de");
    }
    long cursor = parseCursor(after);
    ReferenceModel m = holder.model();
    Map<String, Decision> latest = latestDecisions(m);
    List<Item> items = new ArrayList<>();
    int total = 0;
    long lastPosition = -1;
    boolean more = false;
    for (Node n : m.nodes) {
      if (!n.active()
          || (scheme != null && n.scheme != scheme)
          || (kind != null && n.kind != kind)) {
        continue;
      }
      for (Language l : ReferenceModel.LANGUAGES) {
        if ((lang != null && l != lang) || !reviewedLanguages(n.scheme).contains(l)) {
          continue;
        }
        ReferenceModel.LangLabels ll = n.labels(l);
        String label = ll == null ? null : ll.pref;
        Reason why = label == null ? Reason.MISSING : ll.prefChanged ? Reason.CHANGED : Reason.NEW;
        String since =
            label == null
                ? m.releaseName(n.scheme, n.firstSeq)
                : m.releaseName(n.scheme, ll.prefFirstSeq);
        if ((reason != null && why != reason) || (release != null && !release.equals(since))) {
          continue;
        }
        Decision d = latest.get(n.id + " " + l.code());
        State st = State.UNREVIEWED;
        if (d != null && java.util.Objects.equals(d.label(), label)) {
          st = d.action() == Action.REVIEWED ? State.REVIEWED : State.PROPOSED;
        }
        if (state == null ? st == State.REVIEWED : st != state) {
          continue;
        }
        total++;
        // Nodes come in id order and languages in a fixed order: the position is a stable cursor.
        long position = ((long) n.id << 3) | l.ordinal();
        if (position <= cursor) {
          continue;
        }
        if (items.size() == limit) {
          more = true;
          continue;
        }
        lastPosition = position;
        items.add(
            new Item(
                Reference.summary(m, n),
                l.code(),
                label,
                ll == null ? null : ll.release,
                why,
                since,
                st,
                n.pref(Language.EN),
                d));
      }
    }
    return new Page(List.copyOf(items), total, more ? Long.toString(lastPosition) : null);
  }

  private static long parseCursor(String after) {
    if (after == null || after.isBlank()) {
      return -1;
    }
    try {
      return Long.parseLong(after.trim());
    } catch (NumberFormatException e) {
      throw HubException.invalidParameter("after", "is not a cursor this list returned");
    }
  }

  /**
   * Records a decision on a concept's preferred label in one language.
   *
   * @param label the label the reviewer saw (must still be the current one; null when missing)
   * @param proposedLabel for {@link Action#PROPOSED}: the corrected label
   * @throws HubException 404 unknown concept; 400 bad language, action or proposal; 409 when the
   *     label changed since the reviewer saw it
   */
  @Transactional
  public Decision decide(
      String conceptId,
      String language,
      Action action,
      String label,
      String proposedLabel,
      String note,
      String reviewer) {
    ReferenceModel m = holder.model();
    Node n = node(m, conceptId);
    Language lang =
        Language.parse(language)
            .filter(reviewedLanguages(n.scheme)::contains)
            .orElseThrow(
                () ->
                    HubException.invalidParameter(
                        "language",
                        "'"
                            + Reference.clip(language)
                            + "' is not reviewed for "
                            + n.scheme.title()
                            + "; valid values: "
                            + String.join(
                                ", ",
                                reviewedLanguages(n.scheme).stream()
                                    .map(Language::code)
                                    .toList())));
    if (action == null) {
      throw HubException.invalidParameter(
          "action", "is required; valid values: REVIEWED, PROPOSED");
    }
    if (reviewer == null || reviewer.isBlank()) {
      throw HubException.invalidParameter("reviewer", "is required");
    }
    String current = n.pref(lang);
    String seen = normalise(label);
    if (!java.util.Objects.equals(seen, current)) {
      throw HubException.conflict(
          "The "
              + lang.code()
              + " label of "
              + n.id()
              + " is "
              + (current == null ? "missing" : "'" + current + "'")
              + ", not "
              + (seen == null ? "missing" : "'" + seen + "'")
              + "; review the current label");
    }
    String proposed = normalise(proposedLabel);
    if (action == Action.PROPOSED) {
      if (proposed == null) {
        throw HubException.invalidParameter("proposedLabel", "is required to propose a label");
      }
      if (proposed.length() > 1000) {
        throw HubException.invalidParameter("proposedLabel", "at most 1000 characters");
      }
      if (proposed.equals(current)) {
        throw HubException.invalidParameter(
            "proposedLabel", "equals the current label; mark it REVIEWED instead");
      }
    } else if (proposed != null) {
      throw HubException.invalidParameter("proposedLabel", "only goes with action PROPOSED");
    }
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    if (cleanNote != null && cleanNote.length() > 2000) {
      throw HubException.invalidParameter("note", "at most 2000 characters");
    }
    Instant at = clock.instant();
    String who = reviewer.strip();
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(INSERT)
        .param("concept", n.id)
        .param("lang", lang.code())
        .param("label", current)
        .param("action", action.name())
        .param("proposed", proposed)
        .param("reviewer", who.length() > 100 ? who.substring(0, 100) : who)
        .param("at", Timestamp.from(at))
        .param("note", cleanNote)
        .update(keys, "id");
    long id = keys.getKey().longValue();
    return new Decision(id, n.id(), lang.code(), current, action, proposed, who, at, cleanNote);
  }

  /** Every decision on a concept (in one language, or all), oldest first. */
  public List<Decision> history(String conceptId, String language) {
    ReferenceModel m = holder.model();
    Node n = node(m, conceptId);
    String sql = SELECT + " WHERE concept_id = :concept";
    if (language != null && !language.isBlank()) {
      Language l =
          Language.parse(language)
              .orElseThrow(
                  () ->
                      HubException.invalidParameter(
                          "lang",
                          "'" + Reference.clip(language) + "'; valid values: nl, fr, de, en"));
      sql += " AND lang = '" + l.code() + "'";
    }
    return jdbc.sql(sql + " ORDER BY id")
        .param("concept", n.id)
        .query((rs, i) -> decision(m, rs))
        .list();
  }

  private Map<String, Decision> latestDecisions(ReferenceModel m) {
    Map<String, Decision> latest = new HashMap<>();
    jdbc.sql(SELECT + " ORDER BY id")
        .query(
            rs -> {
              Decision d = decision(m, rs);
              latest.put(rs.getInt("concept_id") + " " + d.language(), d);
            });
    return latest;
  }

  private static Decision decision(ReferenceModel m, java.sql.ResultSet rs)
      throws java.sql.SQLException {
    Node n = m.node(rs.getInt("concept_id"));
    return new Decision(
        rs.getLong("id"),
        n == null ? Integer.toString(rs.getInt("concept_id")) : n.id(),
        rs.getString("lang").trim(),
        rs.getString("label_text"),
        Action.valueOf(rs.getString("action")),
        rs.getString("proposed_text"),
        rs.getString("reviewer"),
        rs.getTimestamp("at").toInstant(),
        rs.getString("note"));
  }

  private static Node node(ReferenceModel m, String id) {
    return Reference.require(m, id);
  }

  private static String normalise(String s) {
    if (s == null) {
      return null;
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    return n.isEmpty() ? null : n;
  }
}
