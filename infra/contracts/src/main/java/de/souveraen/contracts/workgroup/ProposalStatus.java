package de.souveraen.contracts.workgroup;

/** OPEN ⇄ ON_AGENDA → DECIDED; OPEN or ON_AGENDA → WITHDRAWN. */
public enum ProposalStatus {
    OPEN,
    ON_AGENDA,
    DECIDED,
    WITHDRAWN
}
