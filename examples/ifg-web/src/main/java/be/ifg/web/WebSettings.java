package be.ifg.web;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's settings, under {@code ifg.web} (see {@code application.yml}, {@code
 * application-demo.yml} and {@code docs/web.md}), bound once at start and immutable.
 *
 * @param users the users file: one line per user, {@code name = {bcrypt}hash} (a plain password
 *     only in demo mode); required
 * @param demo demo mode: plain passwords in the users file are hashed at start, the demo members'
 *     pledges are recorded at first start, and every page says DEMO
 * @param zone the time zone of the table's agenda and of the times on the pages
 * @param table the case table
 * @param steering the steering group that reads this table's figures (none unless named)
 * @param throttle sign-in throttling
 * @param oidcUserClaim the claim of an identity provider's token that names the professional
 */
@ConfigurationProperties("ifg.web")
public record WebSettings(
    @DefaultValue("") String users,
    @DefaultValue("false") boolean demo,
    @DefaultValue("Europe/Brussels") String zone,
    @DefaultValue Table table,
    @DefaultValue Steering steering,
    @DefaultValue Throttle throttle,
    @DefaultValue("preferred_username") String oidcUserClaim) {

  /**
   * The case table.
   *
   * @param region the table's region (its id)
   * @param partners the partners at the table: partner id to its kind ({@code PartnerKind}, e.g.
   *     {@code CAW}, {@code LOCAL_POLICE})
   * @param members the members: professional id to the partner they represent
   * @param professionals professionals of known organisations who are not members (professional id
   *     to partner): they may register a family
   * @param coordinator the member who coordinates the table
   * @param pledged the members whose pledge the demo records at first start (demo mode only)
   */
  public record Table(
      @DefaultValue("demo") String region,
      @Nullable Map<String, String> partners,
      @Nullable Map<String, String> members,
      @Nullable Map<String, String> professionals,
      @DefaultValue("") String coordinator,
      @Nullable List<String> pledged) {
    /** Keeps the maps in the order they were written; absent ones are empty. */
    public Table {
      partners = ordered(partners);
      members = ordered(members);
      professionals = ordered(professionals);
      pledged = pledged == null ? List.of() : List.copyOf(pledged);
    }
  }

  /**
   * A steering group.
   *
   * @param name the group's name (letters, digits and {@code . _ : @ -}); none when blank
   * @param readers the professionals who read its reports
   */
  public record Steering(@DefaultValue("") String name, @Nullable List<String> readers) {
    /** Absent readers are none. */
    public Steering {
      readers = readers == null ? List.of() : List.copyOf(readers);
    }
  }

  /**
   * After how many failed sign-ins a name or an address waits, and how long.
   *
   * @param failures failed sign-ins before the wait
   * @param lockout how long the wait lasts
   * @param remembered how many names and addresses are remembered at most (the oldest are forgotten
   *     first)
   */
  public record Throttle(
      @DefaultValue("5") int failures,
      @DefaultValue("5m") Duration lockout,
      @DefaultValue("100000") int remembered) {
    /** The defaults: five failures, five minutes, 100,000 names and addresses. */
    public static Throttle defaults() {
      return new Throttle(5, Duration.ofMinutes(5), 100_000);
    }
  }

  private static Map<String, String> ordered(@Nullable Map<String, String> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
