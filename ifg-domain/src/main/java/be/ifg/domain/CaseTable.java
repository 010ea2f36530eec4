package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A region's case table (overlegtafel): which partners sit at it, who represents them, who
 * coordinates, how often the case director reports and how long follow-up lasts.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(String)}.
 */
@API(status = STABLE, since = "0.1")
public final class CaseTable {
  /** The default interval between progress reports: six weeks. */
  public static final Period DEFAULT_REPORT_INTERVAL = Period.ofWeeks(6);

  /** The default period of follow-up at a distance: six months. */
  public static final Period DEFAULT_FOLLOW_UP = Period.ofMonths(6);

  private final String region;
  private final ImmutableMap<PartnerId, Partner> partners;
  private final ImmutableMap<ProfessionalId, TableMember> members;
  private final ImmutableMap<ProfessionalId, Professional> professionals;
  private final ProfessionalId coordinator;
  private final Period reportInterval;
  private final Period followUpPeriod;

  private CaseTable(Builder b) {
    this.region = Checks.id(b.region, "region");
    checkArgument(
        !region.equals(DossierEvent.Registered.NO_TABLE),
        "region %s is reserved for dossiers written before dossiers recorded their table",
        region);
    this.partners = ImmutableMap.copyOf(b.partners);
    this.members = ImmutableMap.copyOf(b.members);
    Map<ProfessionalId, Professional> all = new LinkedHashMap<>();
    members.values().forEach(m -> all.put(m.id(), m.asProfessional()));
    for (Professional p : b.professionals) {
      checkArgument(
          !all.containsKey(p.id()),
          "professional %s is listed twice (a member is a professional already)",
          p.id());
      all.put(p.id(), p);
    }
    this.professionals = ImmutableMap.copyOf(all);
    checkArgument(b.coordinator != null, "the table of region %s needs a coordinator", region);
    this.coordinator = b.coordinator;
    checkArgument(
        members.containsKey(coordinator),
        "coordinator %s must be a member of the table; members are %s",
        coordinator,
        members.keySet());
    for (TableMember m : members.values()) {
      checkArgument(
          partners.containsKey(m.partner()),
          "member %s represents partner %s, which does not sit at the table; partners are %s",
          m.id(),
          m.partner(),
          partners.keySet());
    }
    this.reportInterval = positive(b.reportInterval, "reportInterval");
    this.followUpPeriod = positive(b.followUpPeriod, "followUpPeriod");
  }

  private static Period positive(Period p, String field) {
    checkArgument(!p.isNegative() && !p.isZero(), "%s must be a positive period: %s", field, p);
    return p;
  }

  /** Starts a table for the given region. */
  public static Builder builder(String region) {
    return new Builder(region);
  }

  /** The region, e.g. {@code west-vlaanderen}. */
  public String region() {
    return region;
  }

  /** The partners at the table, in the order they were added. */
  public List<Partner> partners() {
    return partners.values().asList();
  }

  /** The table members, in the order they were added. */
  public List<TableMember> members() {
    return members.values().asList();
  }

  /** Every known professional, table members first. */
  public List<Professional> professionals() {
    return professionals.values().asList();
  }

  /** The table's coordinator, a member. */
  public ProfessionalId coordinator() {
    return coordinator;
  }

  /** How often the case director reports to the operational team. */
  public Period reportInterval() {
    return reportInterval;
  }

  /** How long follow-up at a distance lasts. */
  public Period followUpPeriod() {
    return followUpPeriod;
  }

  /** The partner with this id, if it sits at the table. */
  public Optional<Partner> partner(PartnerId id) {
    return Optional.ofNullable(partners.get(id));
  }

  /** Whether the partner sits at the table. */
  public boolean sitsAtTable(PartnerId id) {
    return partners.containsKey(id);
  }

  /** The member with this id, if they sit at the table. */
  public Optional<TableMember> member(ProfessionalId id) {
    return Optional.ofNullable(members.get(id));
  }

  /**
   * This table with one more member, who is also a professional of their partner from now on.
   *
   * @param member the new member
   * @return the table with the member seated
   * @throws IllegalArgumentException if the member sits at the table already, represents a partner
   *     that does not sit at it, or is known as a professional of another partner
   */
  public CaseTable withMember(TableMember member) {
    Checks.present(member, "member");
    checkArgument(!members.containsKey(member.id()), "%s is a member already", member.id());
    Professional known = professionals.get(member.id());
    checkArgument(
        known == null || known.partner().equals(member.partner()),
        "%s is a professional of %s and cannot represent %s",
        member.id(),
        known == null ? null : known.partner(),
        member.partner());
    Builder b = toBuilder();
    b.professionals.removeIf(p -> p.id().equals(member.id()));
    b.member(member);
    return b.build();
  }

  /**
   * This table without a member: from now on they are neither a member nor a known professional.
   *
   * @param member who leaves
   * @return the table without them
   * @throws IllegalArgumentException if they are not a member, or are the coordinator
   */
  public CaseTable withoutMember(ProfessionalId member) {
    Checks.present(member, "member");
    checkArgument(members.containsKey(member), "%s is not a member", member);
    checkArgument(!coordinator.equals(member), "the coordinator %s cannot leave", member);
    Builder b = toBuilder();
    b.members.remove(member);
    return b.build();
  }

  private Builder toBuilder() {
    Builder b = new Builder(region);
    b.partners.putAll(partners);
    b.members.putAll(members);
    for (Professional p : professionals.values()) {
      if (!members.containsKey(p.id())) {
        b.professionals.add(p);
      }
    }
    b.coordinator = coordinator;
    b.reportInterval = reportInterval;
    b.followUpPeriod = followUpPeriod;
    return b;
  }

  /** Two tables are equal when they seat the same partners, members and professionals alike. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CaseTable o
        && region.equals(o.region)
        && partners.equals(o.partners)
        && members.equals(o.members)
        && professionals.equals(o.professionals)
        && coordinator.equals(o.coordinator)
        && reportInterval.equals(o.reportInterval)
        && followUpPeriod.equals(o.followUpPeriod);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(region, partners, members, professionals, coordinator);
  }

  /** Whether the professional is a table member. */
  public boolean isMember(ProfessionalId id) {
    return members.containsKey(id);
  }

  /** The professional with this id (a member or another known professional). */
  public Optional<Professional> professional(ProfessionalId id) {
    return Optional.ofNullable(professionals.get(id));
  }

  /** The members who represent the given partner. */
  public List<TableMember> membersOf(PartnerId partner) {
    return members.values().stream()
        .filter(m -> m.partner().equals(partner))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "CaseTable["
        + region
        + ", "
        + partners.size()
        + " partners, "
        + members.size()
        + " members]";
  }

  /** Builds a {@link CaseTable}. Not thread-safe. */
  public static final class Builder {
    private final String region;
    private final Map<PartnerId, Partner> partners = new LinkedHashMap<>();
    private final Map<ProfessionalId, TableMember> members = new LinkedHashMap<>();
    private final List<Professional> professionals = new ArrayList<>();
    private @Nullable ProfessionalId coordinator;
    private Period reportInterval = DEFAULT_REPORT_INTERVAL;
    private Period followUpPeriod = DEFAULT_FOLLOW_UP;

    private Builder(String region) {
      this.region = region;
    }

    /**
     * Seats a partner at the table.
     *
     * @throws IllegalArgumentException if a partner with this id sits at the table already
     */
    @CanIgnoreReturnValue
    public Builder partner(Partner partner) {
      checkArgument(
          partners.putIfAbsent(partner.id(), partner) == null,
          "partner %s is listed twice",
          partner.id());
      return this;
    }

    /** Seats a partner of the given kind in its default sector. */
    @CanIgnoreReturnValue
    public Builder partner(String id, PartnerKind kind) {
      return partner(Partner.of(id, kind));
    }

    /**
     * Adds a table member.
     *
     * @throws IllegalArgumentException if a member with this id is listed already
     */
    @CanIgnoreReturnValue
    public Builder member(TableMember member) {
      checkArgument(
          members.putIfAbsent(member.id(), member) == null,
          "member %s is listed twice",
          member.id());
      return this;
    }

    /** Adds a table member who has signed the secrecy pledge. */
    @CanIgnoreReturnValue
    public Builder member(String id, String partner) {
      return member(TableMember.pledged(id, partner));
    }

    /** Adds a professional who is not a table member (e.g. a registrant from a school). */
    @CanIgnoreReturnValue
    public Builder professional(Professional professional) {
      professionals.add(Checks.present(professional, "professional"));
      return this;
    }

    /** Adds a professional who is not a table member. */
    @CanIgnoreReturnValue
    public Builder professional(String id, String partner) {
      return professional(Professional.of(id, partner));
    }

    /** Names the coordinator, who must be a member. */
    @CanIgnoreReturnValue
    public Builder coordinator(String id) {
      this.coordinator = ProfessionalId.of(id);
      return this;
    }

    /** Sets how often the case director reports (default six weeks). */
    @CanIgnoreReturnValue
    public Builder reportInterval(Period interval) {
      this.reportInterval = Checks.present(interval, "reportInterval");
      return this;
    }

    /** Sets how long follow-up at a distance lasts (default six months). */
    @CanIgnoreReturnValue
    public Builder followUpPeriod(Period period) {
      this.followUpPeriod = Checks.present(period, "followUpPeriod");
      return this;
    }

    /**
     * Builds the table.
     *
     * @throws IllegalArgumentException if the coordinator is missing or not a member, or a member
     *     represents a partner that does not sit at the table
     */
    public CaseTable build() {
      return new CaseTable(this);
    }
  }
}
