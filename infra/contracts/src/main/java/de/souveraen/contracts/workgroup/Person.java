package de.souveraen.contracts.workgroup;

/** A member's person: given and family name, e-mail optional (null when not given). */
public record Person(String givenName, String familyName, String email) {
}
