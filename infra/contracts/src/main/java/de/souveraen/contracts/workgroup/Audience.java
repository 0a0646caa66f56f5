package de.souveraen.contracts.workgroup;

/** Whom a training or workshop addresses. */
public enum Audience {
    WORKGROUP,
    COUNCIL,
    ADMINISTRATION,
    IT_STAFF,
    PUBLIC,
    OTHER
}
