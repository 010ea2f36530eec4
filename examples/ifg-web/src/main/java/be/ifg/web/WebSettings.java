package be.ifg.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The application's settings, under {@code ifg.web} (see {@code application.yml} and {@code
 * docs/web.md}).
 */
@ConfigurationProperties("ifg.web")
public class WebSettings {
  /**
   * The users file: one line per user, {@code name = {bcrypt}hash} (or a plain password when {@link
   * #demo} is on). Required.
   */
  private String users = "";

  /** Demo mode: plain passwords in the users file are hashed at start, pages say DEMO. */
  private boolean demo;

  /** The time zone of the table's agenda. */
  private String zone = "Europe/Brussels";

  /** The case table. */
  private Table table = new Table();

  /** The steering group that reads this table's figures (optional). */
  private Steering steering = new Steering();

  /** Sign-in throttling. */
  private Throttle throttle = new Throttle();

  /** The OIDC claim that names the professional, when signing in through an identity provider. */
  private String oidcUserClaim = "preferred_username";

  public String getUsers() {
    return users;
  }

  public void setUsers(String users) {
    this.users = users;
  }

  public boolean isDemo() {
    return demo;
  }

  public void setDemo(boolean demo) {
    this.demo = demo;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public Table getTable() {
    return table;
  }

  public void setTable(Table table) {
    this.table = table;
  }

  public Steering getSteering() {
    return steering;
  }

  public void setSteering(Steering steering) {
    this.steering = steering;
  }

  public Throttle getThrottle() {
    return throttle;
  }

  public void setThrottle(Throttle throttle) {
    this.throttle = throttle;
  }

  public String getOidcUserClaim() {
    return oidcUserClaim;
  }

  public void setOidcUserClaim(String oidcUserClaim) {
    this.oidcUserClaim = oidcUserClaim;
  }

  /** The case table: its region, partners (id to kind), members (id to partner), coordinator. */
  public static class Table {
    private String region = "demo";
    private Map<String, String> partners = new LinkedHashMap<>();
    private Map<String, String> members = new LinkedHashMap<>();
    private Map<String, String> professionals = new LinkedHashMap<>();
    private String coordinator = "";
    private List<String> pledged = new ArrayList<>();

    public String getRegion() {
      return region;
    }

    public void setRegion(String region) {
      this.region = region;
    }

    public Map<String, String> getPartners() {
      return partners;
    }

    public void setPartners(Map<String, String> partners) {
      this.partners = partners;
    }

    public Map<String, String> getMembers() {
      return members;
    }

    public void setMembers(Map<String, String> members) {
      this.members = members;
    }

    /**
     * Professionals of known organisations who are not members (id to partner): they may register.
     */
    public Map<String, String> getProfessionals() {
      return professionals;
    }

    public void setProfessionals(Map<String, String> professionals) {
      this.professionals = professionals;
    }

    public String getCoordinator() {
      return coordinator;
    }

    public void setCoordinator(String coordinator) {
      this.coordinator = coordinator;
    }

    /** The members whose pledge the demo records at first start (demo mode only). */
    public List<String> getPledged() {
      return pledged;
    }

    public void setPledged(List<String> pledged) {
      this.pledged = pledged;
    }
  }

  /** A steering group: its name and readers. */
  public static class Steering {
    private String name = "";
    private List<String> readers = new ArrayList<>();

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public List<String> getReaders() {
      return readers;
    }

    public void setReaders(List<String> readers) {
      this.readers = readers;
    }
  }

  /** After how many failed sign-ins a name or an address waits, and how long. */
  public static class Throttle {
    private int failures = 5;
    private Duration lockout = Duration.ofMinutes(5);
    private int remembered = 100_000;

    public int getFailures() {
      return failures;
    }

    public void setFailures(int failures) {
      this.failures = failures;
    }

    public Duration getLockout() {
      return lockout;
    }

    public void setLockout(Duration lockout) {
      this.lockout = lockout;
    }

    /** How many names and addresses are remembered at most (the oldest are forgotten first). */
    public int getRemembered() {
      return remembered;
    }

    public void setRemembered(int remembered) {
      this.remembered = remembered;
    }
  }
}
