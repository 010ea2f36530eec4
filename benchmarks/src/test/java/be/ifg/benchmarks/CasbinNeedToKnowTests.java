package be.ifg.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.AccessGrant;
import be.ifg.domain.Dossier;
import be.ifg.domain.ProfessionalId;
import be.ifg.workflow.AccessAction;
import be.ifg.workflow.AccessRequest;
import be.ifg.workflow.NeedToKnow;
import be.ifg.workflow.TableState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CasbinNeedToKnowTests {
  private final TableState table = Worlds.state();
  private final NeedToKnow policy = NeedToKnow.baseline();
  private final CasbinNeedToKnow casbin = new CasbinNeedToKnow();

  private void agreeOn(Dossier dossier) {
    List<String> disagreements = new ArrayList<>();
    int permits = 0;
    List<AccessRequest> requests = Worlds.everyRequest(table, dossier);
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
    for (AccessRequest r : Worlds.everyRequest(table, registered)) {
      assertThat(casbin.permits(r)).isEqualTo(policy.decide(r).isPermit());
    }
  }

  @Test
  void agreesWithTheLibraryOnTheBenchmarkRequests() {
    Dossier d = Worlds.dossier("d4", 500);
    List<AccessRequest> requests = Worlds.typicalRequests(table, d, 1024);
    long permits = requests.stream().filter(r -> policy.decide(r).isPermit()).count();
    assertThat(requests)
        .allSatisfy(r -> assertThat(casbin.permits(r)).isEqualTo(policy.decide(r).isPermit()));
    assertThat(permits).isBetween(100L, 1000L);
  }

  @Test
  void judgesTheGrantsOfAMemberWhoLeftAgainstTheTableAsItIsNow() {
    Dossier d = Worlds.dossier("d5", 56);
    ProfessionalId dirk = ProfessionalId.of("dirk");
    AccessGrant granted =
        d.grants().stream().filter(g -> g.member().equals(dirk)).findFirst().orElseThrow();
    AccessRequest r =
        new AccessRequest(
            table, d, dirk, AccessAction.VIEW, granted.item(), granted.purpose(), Worlds.AT);

    assertThat(table.grantHolds(granted)).as("dirk left after the grant").isFalse();
    assertThat(policy.decide(r).isPermit()).isFalse();
    assertThat(casbin.permits(r)).isFalse();
    assertThat(
            policy
                .decide(
                    new AccessRequest(
                        TableState.of(Worlds.table()),
                        d,
                        dirk,
                        AccessAction.VIEW,
                        granted.item(),
                        granted.purpose(),
                        Worlds.AT))
                .isPermit())
        .as("at the table as configured the grant holds")
        .isTrue();
  }
}
