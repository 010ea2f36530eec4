package be.ifg.workflow;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A command that belongs to the case table rather than to one dossier (the pledge, a policy signal,
 * membership, a session): it works whatever a dossier's state and is handed to {@link
 * ChainApproach#handle(be.ifg.domain.ProfessionalId, TableCommand)}. Immutable and thread-safe, as
 * every command.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface TableCommand extends Command
    permits Command.SignPledge,
        Command.RaiseSignal,
        Command.JoinTable,
        Command.LeaveTable,
        Command.ScheduleSession {}
