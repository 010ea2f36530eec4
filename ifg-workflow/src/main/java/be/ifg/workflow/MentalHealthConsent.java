package be.ifg.workflow;

import be.ifg.domain.ConsentRecord;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.InformationItem;
import be.ifg.domain.LegalBasis;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.PartyId;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * The ready-made region rule {@code mental-health-consent}; see {@link
 * RegionRule#mentalHealthConsent()}. Stateless and thread-safe.
 */
final class MentalHealthConsent implements RegionRule {
  static final String ID = "mental-health-consent";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Optional<RuleFinding> restrict(AccessRequest request, InformationItem item) {
    if (item.category() != InformationCategory.HEALTH || !fromMentalHealth(request, item)) {
      return Optional.empty();
    }
    Optional<PartnerId> asking = request.actorPartner();
    if (asking.isPresent() && asking.get().equals(item.contributor())) {
      return Optional.empty();
    }
    List<PartyId> missing =
        item.about().stream()
            .filter(party -> !consented(request, item, party, asking))
            .sorted()
            .collect(ImmutableList.toImmutableList());
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    // the finding names how many people lack consent, never who: a withheld item's reasons must
    // not tell the asking member whom the item is about
    int count = missing.size();
    return Optional.of(
        new RuleFinding(
            ID,
            LegalBasis.CONSENT,
            count == 1
                ? Words.phrase(
                    "rule.mental-health-consent.deny.one", item.contributor(), request.purpose())
                : Words.phrase(
                    "rule.mental-health-consent.deny.many",
                    item.contributor(),
                    request.purpose(),
                    count)));
  }

  private static boolean fromMentalHealth(AccessRequest request, InformationItem item) {
    return request
        .table()
        .table()
        .partner(item.contributor())
        .map(p -> p.kind() == PartnerKind.MENTAL_HEALTH)
        .orElse(false);
  }

  private static boolean consented(
      AccessRequest request, InformationItem item, PartyId party, Optional<PartnerId> asking) {
    for (ConsentRecord c : request.dossier().consents()) {
      if (!c.isActiveAt(request.at())) {
        continue;
      }
      if (c.covers(party, item.contributor(), request.purpose(), InformationCategory.HEALTH)) {
        return true;
      }
      if (asking.isPresent()
          && c.covers(party, asking.get(), request.purpose(), InformationCategory.HEALTH)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return ID;
  }
}
