package de.souveraen.contracts.workgroup;

/**
 * The events of one proposal / Vorlage (stream {@code proposal-<uuid>}): submission, revision, agenda placement,
 * outcome, withdrawal.
 */
public sealed interface ProposalEvent extends WorkgroupEvent permits ProposalSubmitted, ProposalRevised,
        ProposalPlacedOnAgenda, ProposalTakenOffAgenda, ProposalDecided, ProposalWithdrawn {
}
