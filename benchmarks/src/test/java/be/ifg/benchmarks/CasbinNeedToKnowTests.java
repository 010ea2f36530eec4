package be.ifg.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.CaseTable;
import be.ifg.domain.Dossier;
import be.ifg.workflow.AccessRequest;
import be.ifg.workflow.NeedToKnow;
import be.ifg.workflow.Pledges;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CasbinNeedToKnowTests {
  private final CaseTable table = Worlds.table();
  private final Pledges pledges = Worlds.pledges(table);
  private final NeedToKnow policy = NeedToKnow.baseline();
  private final CasbinNeedToKnow casbin = new CasbinNeedToKnow();

  private void agreeOn(Dossier dossier) {
    List<String> disagreements = new ArrayList<>();
    int permits = 0;
    List<AccessRequest> requests = Worlds.everyRequest(table, pledges, dossier);
    for (AccessRequest r : requests) {
      boolean ours = policy.decide(r).isPermit();
      if (ours) {
        permits++;
      }
      if (ours != casbin.permits(r)) {
        disagreements.add(r.actor() + " " + r.action() + " " + r.item() + " " + r.purpose());
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(permits).isPositive().isLessThan(requests.size());
  }

  @Test
  void agreesWithTheLibraryOnADossierInCaseDirection() {
    agreeOn(Worlds.dossier("d1", 56));
  }

  @Test
  void agreesWithTheLibraryOnAClosedDossier() {
    agreeOn(Worlds.closed("d2", 56));
  }

  @Test
  void agreesWithTheLibraryOnARegisteredDossier() {
    Dossier registered = Worlds.registered("d3", 28);
    for (AccessRequest r : Worlds.everyRequest(table, pledges, registered)) {
      assertThat(casbin.permits(r)).isEqualTo(policy.decide(r).isPermit());
    }
  }

  @Test
  void agreesWithTheLibraryOnTheBenchmarkRequests() {
    Dossier d = Worlds.dossier("d4", 500);
    List<AccessRequest> requests = Worlds.typicalRequests(table, pledges, d, 1024);
    long permits = requests.stream().filter(r -> policy.decide(r).isPermit()).count();
    assertThat(requests)
        .allSatisfy(r -> assertThat(casbin.permits(r)).isEqualTo(policy.decide(r).isPermit()));
    assertThat(permits).isBetween(100L, 1000L);
  }
}
