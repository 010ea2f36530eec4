package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A registration (aanmelding): who registered which client system, under which inclusion criteria,
 * who was informed or deferred for safety, and the registrant's own danger assessment.
 *
 * <p>Whether a registration may be accepted is decided in {@code ifg-workflow}; this record only
 * holds it.
 *
 * @param registrant the professional who registered
 * @param registrantPartner their organisation
 * @param clientSystem the family
 * @param criteria the inclusion criteria that apply
 * @param informed the parties informed of the registration
 * @param deferred perpetrators whose informing is deferred for safety
 * @param danger the registrant's danger assessment and measures
 */
@API(status = STABLE, since = "0.1")
public record Registration(
    ProfessionalId registrant,
    PartnerId registrantPartner,
    ClientSystem clientSystem,
    Set<InclusionCriterion> criteria,
    List<InformingRecord> informed,
    List<SafetyDeferral> deferred,
    DangerAssessment danger) {
  /** Validates the registration's structure. */
  public Registration {
    Checks.present(registrant, "registrant");
    Checks.present(registrantPartner, "registrantPartner");
    Checks.present(clientSystem, "clientSystem");
    criteria = Sets.immutableEnumSet(Checks.present(criteria, "criteria"));
    informed = ImmutableList.copyOf(informed);
    deferred = ImmutableList.copyOf(deferred);
    Checks.present(danger, "danger");
  }
}
