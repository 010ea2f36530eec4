package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.domain.CorrectionKind;
import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The data subject's access report (GDPR art. 15) for one party of a table: what the table's
 * dossiers record about them and who saw it and why, with safety redaction. Produced by {@link
 * ChainApproach#accessReport} for the table's coordinator, who hands it to the person; see {@code
 * docs/data-subject-rights.md} for the rules. Immutable and thread-safe.
 *
 * <p>Values a report withholds are {@code null}; what kind of thing was withheld and on which
 * ground is in {@link Produced#redactions()} and, for an item listed without its content, in {@link
 * Item#withheld()}.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public sealed interface AccessReport permits AccessReport.Refused, AccessReport.Produced {

  /** The party the report is about, as asked. */
  PartyId party();

  /** Who asked for it. */
  ProfessionalId actor();

  /** When. */
  Instant at();

  /** Whether a report was produced. */
  default boolean isProduced() {
    return this instanceof Produced;
  }

  /**
   * No report: the actor is not the table's coordinator with standing now. The same whether the
   * party exists or not.
   *
   * @param party the party asked about
   * @param actor who asked
   * @param at when
   */
  record Refused(PartyId party, ProfessionalId actor, Instant at) implements AccessReport {
    /** Checks that the parts are present. */
    public Refused {
      checkNotNull(party, "party");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
    }
  }

  /**
   * A report: one section per dossier of the table where the party appears (dossiers left out for
   * safety are not named), and every kind of redaction the report applies.
   *
   * @param party the party
   * @param actor who asked (the coordinator)
   * @param at when
   * @param dossiers what each dossier records about the party, in dossier id order
   * @param redactions every kind of thing a report withholds, always all of them
   */
  record Produced(
      PartyId party,
      ProfessionalId actor,
      Instant at,
      List<Section> dossiers,
      List<Redaction> redactions)
      implements AccessReport {
    /** Checks that the parts are present. */
    public Produced {
      checkNotNull(party, "party");
      checkNotNull(actor, "actor");
      checkNotNull(at, "at");
      dossiers = ImmutableList.copyOf(dossiers);
      redactions = ImmutableList.copyOf(redactions);
    }
  }

  /**
   * What one dossier records about the party.
   *
   * @param dossier the dossier
   * @param status its state now
   * @param record the party's own record: id, role, birth year (as corrected)
   * @param victimRules whether the dossier is reported under a victim's rules (the party is a
   *     victim or indirect victim in it) rather than the strict rules of everybody else
   * @param registrantPartner the partner that registered the family; {@code null} when withheld
   *     ({@link Redaction#SOURCE})
   * @param registeredAt when the family was registered; {@code null} when withheld ({@link
   *     Redaction#SOURCE})
   * @param informed when and how the party was informed of the registration or of the plan
   * @param consents the party's consents, withdrawn ones included
   * @param items the items about the party that the report may name
   * @param corrections the corrections of the party's record and of the items shown with content
   * @param seen who saw what of it and why, from the disclosure log, oldest first
   */
  record Section(
      DossierId dossier,
      DossierStatus status,
      Party record,
      boolean victimRules,
      @Nullable PartnerId registrantPartner,
      @Nullable Instant registeredAt,
      List<Informed> informed,
      List<Consent> consents,
      List<Item> items,
      List<Corrected> corrections,
      List<Seen> seen) {
    /** Checks that the parts are present. */
    public Section {
      checkNotNull(dossier, "dossier");
      checkNotNull(status, "status");
      checkNotNull(record, "record");
      informed = ImmutableList.copyOf(informed);
      consents = ImmutableList.copyOf(consents);
      items = ImmutableList.copyOf(items);
      corrections = ImmutableList.copyOf(corrections);
      seen = ImmutableList.copyOf(seen);
    }
  }

  /**
   * That the party was informed.
   *
   * @param at when
   * @param how how, in words
   * @param ofPlan whether of the plan (else of the registration)
   * @param by who informed them; {@code null} when withheld ({@link Redaction#SOURCE})
   */
  record Informed(Instant at, String how, boolean ofPlan, @Nullable ProfessionalId by) {
    /** Checks that the parts are present. */
    public Informed {
      checkNotNull(at, "at");
      checkNotNull(how, "how");
    }
  }

  /**
   * A consent of the party.
   *
   * @param partner to whom
   * @param purpose for which purpose
   * @param category for which category of information
   * @param given when it was given
   * @param withdrawn when it was withdrawn, if it was
   */
  record Consent(
      PartnerId partner,
      Purpose purpose,
      InformationCategory category,
      Instant given,
      @Nullable Instant withdrawn) {
    /** Checks that the parts are present. */
    public Consent {
      checkNotNull(partner, "partner");
      checkNotNull(purpose, "purpose");
      checkNotNull(category, "category");
      checkNotNull(given, "given");
    }
  }

  /**
   * An item about the party.
   *
   * @param id the item
   * @param category its category
   * @param contributor the partner that contributed it; {@code null} when withheld
   * @param sharedAt when it was shared; {@code null} when withheld
   * @param reason why the table needed it; {@code null} when withheld
   * @param content its content (as corrected); {@code null} when withheld
   * @param corrected whether its content was corrected (shown only with the content)
   * @param withheld the kind of redaction that withheld its content, if any
   */
  record Item(
      ItemId id,
      InformationCategory category,
      @Nullable PartnerId contributor,
      @Nullable Instant sharedAt,
      @Nullable String reason,
      @Nullable String content,
      boolean corrected,
      @Nullable Redaction withheld) {
    /** Checks that the parts are present. */
    public Item {
      checkNotNull(id, "id");
      checkNotNull(category, "category");
    }
  }

  /**
   * A correction of the party's record or of an item's content.
   *
   * @param kind what was corrected
   * @param subject the party or item
   * @param original the value before
   * @param corrected the value after
   * @param reason why
   * @param at when
   * @param by who recorded it; {@code null} when withheld ({@link Redaction#SOURCE})
   */
  record Corrected(
      CorrectionKind kind,
      String subject,
      String original,
      String corrected,
      String reason,
      Instant at,
      @Nullable ProfessionalId by) {
    /** Checks that the parts are present. */
    public Corrected {
      checkNotNull(kind, "kind");
      checkNotNull(subject, "subject");
      checkNotNull(original, "original");
      checkNotNull(corrected, "corrected");
      checkNotNull(reason, "reason");
      checkNotNull(at, "at");
    }
  }

  /**
   * That someone at the table saw the party's record or an item about them, from the disclosure
   * log.
   *
   * @param at when
   * @param partner the partner of the professional who saw it, as seated now; {@code null} if they
   *     no longer sit at the table
   * @param action what they asked ({@link Disclosure#DOSSIER_VIEW}, {@link Disclosure#DOSSIER_READ}
   *     or {@code VIEW} of one item)
   * @param purpose for which purpose
   * @param item the item they saw; {@code null} for the dossier as a whole, and always under the
   *     strict rules
   * @param rules the rules that permitted it; empty under the strict rules
   */
  record Seen(
      Instant at,
      @Nullable PartnerId partner,
      String action,
      Purpose purpose,
      @Nullable ItemId item,
      List<String> rules) {
    /** Checks that the parts are present. */
    public Seen {
      checkNotNull(at, "at");
      checkNotNull(action, "action");
      checkNotNull(purpose, "purpose");
      rules = ImmutableList.copyOf(rules);
    }
  }
}
