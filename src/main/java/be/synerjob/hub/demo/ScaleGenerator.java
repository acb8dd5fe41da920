package be.synerjob.hub.demo;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.demo.GeneratedVacancy.Defect;
import be.synerjob.hub.demo.GeneratedVacancy.Kind;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.vacancy.CodeScheme;
import be.synerjob.hub.vacancy.Vacancy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Any number of vacancies across the five members, deterministic by seed, with a controlled share
 * of duplicates of each kind and of invalid records of each kind, every record labelled with what
 * it is. Record {@code i} depends only on (seed, i), so a stream can be regenerated or split
 * without keeping anything in memory.
 */
public final class ScaleGenerator {

  /** Shares of the record kinds, in percent of all records; the rest are originals. */
  public record Mix(
      double crossMember,
      double nearCopy,
      double translated,
      double repost,
      double invalid,
      double sibling) {
    /**
     * 2 % exact cross-member copies, 2 % edited copies, 2 % translations, 4 % reposts, 2 % invalid
     * records, 2 % hard negatives.
     */
    public static Mix realistic() {
      return new Mix(2, 2, 2, 4, 2, 2);
    }

    public static Mix clean() {
      return new Mix(0, 0, 0, 0, 0, 0);
    }
  }

  /**
   * Members and their share of Belgium's vacancies (roughly by the size of their territory's labour
   * market).
   */
  private static final MemberCode[] MEMBERS = {
    MemberCode.VDAB, MemberCode.FOREM, MemberCode.ACTIRIS, MemberCode.BF, MemberCode.ADG
  };

  private static final int[] MEMBER_WEIGHTS = {52, 28, 14, 2, 4};

  private final VacancyGenerator base;
  private final long seed;
  private final Mix mix;

  public ScaleGenerator(Gazetteer gazetteer, long seed, LocalDate today, Mix mix) {
    this.base = new VacancyGenerator(gazetteer, seed, today);
    this.seed = seed;
    this.mix = mix;
  }

  /** Record {@code i} of the stream. */
  public GeneratedVacancy get(long i) {
    SplittableRandom r = random(i);
    switch (kindOf(i, r.nextDouble() * 100)) {
      case CROSS_MEMBER:
        return crossMember(i, r);
      case NEAR_COPY:
        return nearCopy(i, r);
      case TRANSLATED:
        return translated(i, r);
      case REPOST:
        return repost(i, r);
      case INVALID:
        return invalid(i, r);
      case SIBLING:
        return sibling(i, r);
      default:
        return new GeneratedVacancy(original(i), Kind.ORIGINAL, null, null);
    }
  }

  /**
   * The kind of record {@code i}, from the first draw {@code x} (0–100) of its random stream: the
   * mix's shares laid end to end. Record 0 is never a copy (there is nothing before it to copy).
   */
  private Kind kindOf(long i, double x) {
    double[] shares = {
      mix.crossMember(),
      mix.nearCopy(),
      mix.translated(),
      mix.repost(),
      mix.invalid(),
      mix.sibling()
    };
    Kind[] kinds = {
      Kind.CROSS_MEMBER, Kind.NEAR_COPY, Kind.TRANSLATED, Kind.REPOST, Kind.INVALID, Kind.SIBLING
    };
    double edge = 0;
    for (int k = 0; k < kinds.length; k++) {
      edge += shares[k];
      if (x < edge) {
        return i == 0 && kinds[k] != Kind.INVALID ? Kind.ORIGINAL : kinds[k];
      }
    }
    return Kind.ORIGINAL;
  }

  /** Records {@code from} to {@code from + count - 1}. */
  public List<GeneratedVacancy> range(long from, int count) {
    List<GeneratedVacancy> out = new ArrayList<>(count);
    for (long i = from; i < from + count; i++) {
      out.add(get(i));
    }
    return out;
  }

  /** The original job generated at index {@code i} (whatever kind record {@code i} itself is). */
  private Vacancy original(long i) {
    MemberCode m = memberOf(i);
    return renumber(base.vacancy(m, (int) (i % Integer.MAX_VALUE)), m, "G" + i);
  }

  private MemberCode memberOf(long i) {
    SplittableRandom r = new SplittableRandom(seed * 31 + i);
    int x = r.nextInt(100);
    for (int k = 0; k < MEMBERS.length; k++) {
      x -= MEMBER_WEIGHTS[k];
      if (x < 0) {
        return MEMBERS[k];
      }
    }
    return MEMBERS[0];
  }

  private SplittableRandom random(long i) {
    return new SplittableRandom(seed ^ (i * 0x9E3779B97F4A7C15L));
  }

  /** Whether record {@code i} is an original: the first draw of its random stream decides. */
  private boolean isOriginal(long i) {
    return kindOf(i, random(i).nextDouble() * 100) == Kind.ORIGINAL;
  }

  /**
   * An earlier original that this record copies: close by, as duplicates arrive within days of
   * their original.
   */
  private long earlier(long i, SplittableRandom r) {
    long j = i - 1 - r.nextLong(Math.min(i, 5000));
    while (j > 0 && !isOriginal(j)) {
      j--;
    }
    return j;
  }

  private GeneratedVacancy crossMember(long i, SplittableRandom r) {
    long j = earlier(i, r);
    Vacancy o = original(j);
    MemberCode other = otherMember(new MemberCode(o.member()), r);
    Vacancy copy = o.toBuilder().member(other.value()).reference(other + "-G" + i).build();
    return new GeneratedVacancy(copy, Kind.CROSS_MEMBER, o.member() + "/" + o.reference(), null);
  }

  private GeneratedVacancy nearCopy(long i, SplittableRandom r) {
    long j = earlier(i, r);
    Vacancy o = original(j);
    MemberCode other = otherMember(new MemberCode(o.member()), r);
    String[] paragraphs = o.description().split("\n\n");
    String description =
        r.nextBoolean() && paragraphs.length > 2
            ? paragraphs[0] + "\n\n" + paragraphs[1]
            : o.description() + "\n\nReferentie / référence: " + o.reference();
    String title =
        o.title().replaceAll("\\s*\\(?[MmHhFfVvWwXxDd](/[MmHhFfVvWwXxDd])+\\)?\\s*$", "");
    Vacancy copy =
        o.toBuilder()
            .member(other.value())
            .reference(other + "-G" + i)
            .title(r.nextBoolean() ? title + " (m/v/x)" : title)
            .description(description)
            .employer(
                r.nextInt(100) < 40
                    ? new Vacancy.Employer(
                        o.employer().name(), null, o.employer().temporaryWorkAgency())
                    : o.employer())
            .publicationDate(o.publicationDate().plusDays(r.nextInt(7)))
            .build();
    return new GeneratedVacancy(copy, Kind.NEAR_COPY, o.member() + "/" + o.reference(), null);
  }

  private GeneratedVacancy translated(long i, SplittableRandom r) {
    long j = earlier(i, r);
    Vacancy o = original(j);
    MemberCode other = otherMember(new MemberCode(o.member()), r);
    String language = o.language().equals("nl") ? "fr" : o.language().equals("fr") ? "nl" : "fr";
    Vacancy t = base.crossPublished(o, other, language);
    Vacancy copy = t.toBuilder().reference(other + "-G" + i).build();
    return new GeneratedVacancy(copy, Kind.TRANSLATED, o.member() + "/" + o.reference(), null);
  }

  private GeneratedVacancy repost(long i, SplittableRandom r) {
    long j = earlier(i, r);
    Vacancy o = original(j);
    LocalDate later = o.publicationDate().plusDays(14 + r.nextInt(30));
    Vacancy copy =
        o.toBuilder()
            .reference(o.member() + "-G" + i)
            .title(r.nextBoolean() ? o.title() : o.title() + " - dringend")
            .publicationDate(later)
            .validThrough(later.plusDays(60))
            .build();
    return new GeneratedVacancy(copy, Kind.REPOST, o.member() + "/" + o.reference(), null);
  }

  private GeneratedVacancy sibling(long i, SplittableRandom r) {
    long j = earlier(i, r);
    Vacancy o = original(j);
    Vacancy s = base.sibling(o, o.member() + "-G" + i, i);
    return new GeneratedVacancy(s, Kind.SIBLING, o.member() + "/" + o.reference(), null);
  }

  private GeneratedVacancy invalid(long i, SplittableRandom r) {
    Vacancy v = original(i);
    Defect d = Defect.values()[r.nextInt(Defect.values().length)];
    Vacancy.Builder b = v.toBuilder();
    switch (d) {
      case MISSING_TITLE:
        b.title(null);
        break;
      case UNKNOWN_POSTCODE:
        b.workplace(new Vacancy.Workplace("9999", null, null, null, null));
        break;
      case BAD_ENTERPRISE_NUMBER:
        b.employer(new Vacancy.Employer(v.employer().name(), "0403.170.702", false));
        break;
      case BAD_CEFR_LEVEL:
        b.languages(List.of(new Vacancy.LanguageRequirement(v.language(), "B3")));
        break;
      case INCOHERENT_DATES:
        b.validThrough(v.publicationDate().minusDays(1));
        break;
      case MALFORMED_OCCUPATION_CODE:
        b.occupations(List.of(new Vacancy.OccupationCode(CodeScheme.ROME, "Z99", null)));
        break;
      case NEGATIVE_SALARY:
        b.salary(
            new Vacancy.Salary(
                BigDecimal.valueOf(-100), null, "EUR", be.synerjob.hub.vacancy.SalaryPeriod.MONTH));
        break;
      default:
        b.title("X".repeat(201));
        break;
    }
    return new GeneratedVacancy(b.build(), Kind.INVALID, null, d);
  }

  private static MemberCode otherMember(MemberCode m, SplittableRandom r) {
    MemberCode o;
    do {
      o = MEMBERS[r.nextInt(MEMBERS.length)];
    } while (o.equals(m));
    return o;
  }

  private static Vacancy renumber(Vacancy v, MemberCode m, String suffix) {
    return v.toBuilder().reference(m + "-" + suffix).build();
  }
}
