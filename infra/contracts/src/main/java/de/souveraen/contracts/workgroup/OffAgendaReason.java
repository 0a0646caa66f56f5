package de.souveraen.contracts.workgroup;

/** Why a proposal left an agenda without a decision: its item was removed, or the working group deferred it. */
public enum OffAgendaReason {
    ITEM_REMOVED,
    DEFERRED
}
