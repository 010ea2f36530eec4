package be.ifg.benchmarks;

import be.ifg.domain.AccessGrant;
import be.ifg.domain.Dossier;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.InformationItem;
import be.ifg.domain.PartnerId;
import be.ifg.workflow.AccessRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;

/**
 * The baseline need-to-know rules written as a jCasbin ABAC model: what an integrator would build
 * with a general-purpose policy engine instead of {@link be.ifg.workflow.NeedToKnow}. It answers
 * permit or deny only, without the library's explanations.
 *
 * <p>The policy lists what may be done for which purpose (view, for SAFETY or PLAN: that covers the
 * rules table-purpose, aggregates-only and no-forward); the matcher encodes the rest over the
 * request's attributes, read from the table as it is at the moment of the request: known item,
 * table membership and pledge, sharing state with the contributor exception (the partner whose seat
 * the actor holds now), audience restriction and the victim-location rule with the case director in
 * office and the grants that still hold.
 *
 * <p>Not thread-safe: one instance per thread (jCasbin's enforcer keeps per-call state).
 */
public final class CasbinNeedToKnow {
  /** The jCasbin model: request, policy, effect and matcher. */
  public static final String MODEL =
      String.join(
          "\n",
          "[request_definition]",
          "r = sub, obj, act",
          "",
          "[policy_definition]",
          "p = act, purpose",
          "",
          "[policy_effect]",
          "e = some(where (p.eft == allow))",
          "",
          "[matchers]",
          "m = r.act.name == p.act && r.act.purpose == p.purpose && r.obj.known"
              + " && r.sub.member && r.sub.pledged"
              + " && (r.obj.sharing || (r.obj.terminal && r.obj.contributor == r.sub.partner))"
              + " && (!r.obj.restricted || include(r.obj.audience, r.sub.partner)"
              + " || r.obj.contributor == r.sub.partner)"
              + " && (!r.obj.victimLocation || r.obj.contributor == r.sub.partner"
              + " || r.obj.director == r.sub.id"
              + " || include(r.obj.grants, r.sub.id + '/' + r.act.purpose))");

  private final Enforcer enforcer;

  /** An enforcer with the model and its two policy lines. */
  public CasbinNeedToKnow() {
    Model model = new Model();
    model.loadModelFromText(MODEL);
    enforcer = new Enforcer(model);
    enforcer.enableLog(false);
    enforcer.addPolicy("VIEW", "SAFETY");
    enforcer.addPolicy("VIEW", "PLAN");
  }

  /** Extracts the request's attributes and asks jCasbin. */
  public boolean permits(AccessRequest request) {
    return permits(Attributes.of(request));
  }

  /** Asks jCasbin about attributes extracted before. */
  public boolean permits(Attributes a) {
    return enforcer.enforce(a.subject(), a.resource(), a.act());
  }

  /**
   * The attributes of one request.
   *
   * @param subject the actor
   * @param resource the item in its dossier
   * @param act the action and purpose
   */
  public record Attributes(Subject subject, Resource resource, Act act) {
    /** Reads the attributes jCasbin's matcher needs from a request. */
    public static Attributes of(AccessRequest r) {
      Dossier d = r.dossier();
      String actor = r.actor().value();
      String partner = r.actorPartner().map(PartnerId::value).orElse("");
      Subject subject =
          new Subject(
              actor, partner, r.table().isMember(r.actor()), r.table().hasPledged(r.actor()));
      String director = r.table().directorInOffice(d).map(c -> c.member().value()).orElse("");
      Optional<InformationItem> found = r.informationItem();
      Resource resource;
      if (found.isEmpty()) {
        resource =
            new Resource(false, "", director, false, false, false, List.of(), false, List.of());
      } else {
        InformationItem item = found.get();
        List<String> grants = new ArrayList<>();
        for (AccessGrant g : d.grants()) {
          if (g.item().equals(item.id()) && r.table().grantHolds(g)) {
            grants.add(g.member().value() + "/" + g.purpose());
          }
        }
        List<String> audience = new ArrayList<>();
        for (PartnerId p : item.audience()) {
          audience.add(p.value());
        }
        resource =
            new Resource(
                true,
                item.contributor().value(),
                director,
                d.status().isSharing(),
                d.status().isTerminal(),
                item.isRestricted(),
                audience,
                item.category() == InformationCategory.VICTIM_LOCATION,
                grants);
      }
      return new Attributes(subject, resource, new Act(r.action().name(), r.purpose().name()));
    }
  }

  /** The actor's attributes, as JavaBean getters for jCasbin's expression engine. */
  public static final class Subject {
    private final String id;
    private final String partner;
    private final boolean member;
    private final boolean pledged;

    Subject(String id, String partner, boolean member, boolean pledged) {
      this.id = id;
      this.partner = partner;
      this.member = member;
      this.pledged = pledged;
    }

    /** The actor's id. */
    public String getId() {
      return id;
    }

    /** The actor's partner, empty if the table does not know the actor. */
    public String getPartner() {
      return partner;
    }

    /** Whether the actor is a member of the table. */
    public boolean getMember() {
      return member;
    }

    /** Whether the actor signed the pledge. */
    public boolean getPledged() {
      return pledged;
    }
  }

  /** The item's and its dossier's attributes. */
  public static final class Resource {
    private final boolean known;
    private final String contributor;
    private final String director;
    private final boolean sharing;
    private final boolean terminal;
    private final boolean restricted;
    private final List<String> audience;
    private final boolean victimLocation;
    private final List<String> grants;

    Resource(
        boolean known,
        String contributor,
        String director,
        boolean sharing,
        boolean terminal,
        boolean restricted,
        List<String> audience,
        boolean victimLocation,
        List<String> grants) {
      this.known = known;
      this.contributor = contributor;
      this.director = director;
      this.sharing = sharing;
      this.terminal = terminal;
      this.restricted = restricted;
      this.audience = audience;
      this.victimLocation = victimLocation;
      this.grants = grants;
    }

    /** Whether the dossier has the item. */
    public boolean getKnown() {
      return known;
    }

    /** The contributing partner. */
    public String getContributor() {
      return contributor;
    }

    /** The dossier's case director, empty if none. */
    public String getDirector() {
      return director;
    }

    /** Whether the dossier is in a sharing state. */
    public boolean getSharing() {
      return sharing;
    }

    /** Whether the dossier has ended. */
    public boolean getTerminal() {
      return terminal;
    }

    /** Whether the item is restricted to an audience. */
    public boolean getRestricted() {
      return restricted;
    }

    /** The audience's partners. */
    public List<String> getAudience() {
      return audience;
    }

    /** Whether the item is a victim location. */
    public boolean getVictimLocation() {
      return victimLocation;
    }

    /** The grants on the item, as {@code member/PURPOSE}. */
    public List<String> getGrants() {
      return grants;
    }
  }

  /** What is asked, and for which purpose. */
  public static final class Act {
    private final String name;
    private final String purpose;

    Act(String name, String purpose) {
      this.name = name;
      this.purpose = purpose;
    }

    /** VIEW or FORWARD. */
    public String getName() {
      return name;
    }

    /** The purpose. */
    public String getPurpose() {
      return purpose;
    }
  }
}
