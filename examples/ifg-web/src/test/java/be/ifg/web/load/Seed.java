package be.ifg.web.load;

import be.ifg.domain.DossierId;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartyId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.RequestId;
import be.ifg.web.Families;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.Decision;
import be.ifg.workflow.DossierCommand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The load test's dossiers, put into the demo table through the library: one big dossier of many
 * shared items (from the four partners at the table, a victim's location now and then for one
 * partner only, a few open requests), some smaller accepted dossiers, and registrations the table
 * has not decided yet, for the acting users to accept or decline.
 */
final class Seed {
  /** The members who share, each for the partner whose seat they hold. */
  static final List<String> SHARERS = List.of("an", "bart", "chris", "dina");

  private static final List<InformationCategory> ORDINARY =
      List.of(
          InformationCategory.INCIDENT,
          InformationCategory.JUDICIAL,
          InformationCategory.HEALTH,
          InformationCategory.CHILD_WELFARE,
          InformationCategory.SOCIAL,
          InformationCategory.HOUSING,
          InformationCategory.EDUCATION,
          InformationCategory.OTHER);
  private static final List<String> PARTNERS = List.of("caw", "pol", "jh", "vk");

  private final ChainApproach chain;

  Seed(ChainApproach chain) {
    this.chain = chain;
  }

  /** The big dossier: registered, accepted, {@code items} items shared and a few requests open. */
  DossierId big(String id, int items) {
    DossierId d = accepted(id);
    for (int i = 0; i < items; i++) {
      String who = SHARERS.get(i % SHARERS.size());
      if (i % 25 == 7) {
        // a victim's location, for one partner only: the others see that something is withheld
        String to = PARTNERS.get((i / 25) % 2 == 0 ? 0 : 3);
        share(d, who, i, InformationCategory.VICTIM_LOCATION, Set.of(to));
      } else {
        share(d, who, i, ORDINARY.get(i % ORDINARY.size()), Set.of());
      }
    }
    for (int r = 0; r < 4; r++) {
      handle(
          SHARERS.get(r),
          d,
          new Command.RequestInformation(
              RequestId.of("q" + r),
              PartnerId.of(PARTNERS.get((r + 1) % PARTNERS.size())),
              "what do you know of the family's housing since spring",
              LocalDate.now().plusDays(7 + r)));
    }
    return d;
  }

  /** A smaller accepted dossier with {@code items} items. */
  DossierId small(String id, int items) {
    DossierId d = accepted(id);
    for (int i = 0; i < items; i++) {
      share(
          d, SHARERS.get(i % SHARERS.size()), i, ORDINARY.get((i * 3) % ORDINARY.size()), Set.of());
    }
    return d;
  }

  /** Registrations not yet decided, for the table to accept or decline under load. */
  List<DossierId> registered(String prefix, int count) {
    List<DossierId> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(register(prefix + i));
    }
    return ids;
  }

  private DossierId accepted(String id) {
    DossierId d = register(id);
    handle("an", d, new Command.Accept(null));
    return d;
  }

  private DossierId register(String id) {
    DossierId d = DossierId.of(id);
    expectAccepted(chain.register(ProfessionalId.of("eva"), Families.registration(d)), id);
    return d;
  }

  private void share(
      DossierId d, String who, int n, InformationCategory category, Set<String> audience) {
    handle(
        who,
        d,
        new Command.ShareInformation(
            ItemId.of("i" + n),
            category,
            Set.of(PartyId.of(n % 3 == 0 ? "tom" : "sara")),
            "needed to plan the family's safety",
            "note "
                + n
                + " of the "
                + category.name().toLowerCase(java.util.Locale.ROOT)
                + " kind: contact, what was said, what was agreed next",
            audience.stream().map(PartnerId::of).collect(java.util.stream.Collectors.toSet())));
  }

  private void handle(String who, DossierId d, DossierCommand command) {
    expectAccepted(chain.handle(ProfessionalId.of(who), d, command), d.value());
  }

  private static void expectAccepted(Decision decision, String dossier) {
    if (!(decision instanceof Decision.Accepted)) {
      throw new IllegalStateException("seeding " + dossier + " was refused: " + decision);
    }
  }
}
