package de.souveraen.contracts.workgroup;

public enum VoteChoice {
    YES,
    NO,
    ABSTAIN
}
