package be.ifg.workflow;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.domain.DossierId;
import org.apiguardian.api.API;

/**
 * A command given in one dossier: it is allowed in some of the dossier's states ({@link Lifecycle})
 * and is handed to {@link ChainApproach#handle(be.ifg.domain.ProfessionalId, DossierId,
 * DossierCommand)} with the dossier's id. Immutable and thread-safe, as every command.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface DossierCommand extends Command
    permits Command.Accept,
        Command.Decline,
        Command.InformParty,
        Command.DeferInforming,
        Command.ShareInformation,
        Command.RequestInformation,
        Command.AnswerRequest,
        Command.WaiveRequest,
        Command.CompleteDossier,
        Command.Assess,
        Command.AdoptPlan,
        Command.AppointDirector,
        Command.StartCaseDirection,
        Command.InformClientsOfPlan,
        Command.ReportProgress,
        Command.UpdateAction,
        Command.AdjustPlan,
        Command.UpdateDangerAssessment,
        Command.ProposeAdjustment,
        Command.DecideAdjustment,
        Command.CloseGoal,
        Command.ReportIncident,
        Command.Conclude,
        Command.Close,
        Command.Evaluate,
        Command.Withdraw,
        Command.GrantAccess,
        Command.RevokeAccess,
        Command.RecordConsent,
        Command.WithdrawConsent,
        Command.RecordCorrection {}
