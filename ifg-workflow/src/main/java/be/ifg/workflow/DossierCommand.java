package be.ifg.workflow;

import be.ifg.domain.DossierId;

/**
 * A command given in one dossier: it is allowed in some of the dossier's states ({@link Lifecycle})
 * and is handed to {@link ChainApproach#handle(be.ifg.domain.ProfessionalId, DossierId,
 * DossierCommand)} with the dossier's id. Immutable and thread-safe, as every command.
 */
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
        Command.CloseGoal,
        Command.ReportIncident,
        Command.Conclude,
        Command.Close,
        Command.Evaluate,
        Command.Withdraw,
        Command.GrantAccess,
        Command.RevokeAccess,
        Command.RecordConsent,
        Command.WithdrawConsent {}
