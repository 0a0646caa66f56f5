package de.souveraen.contracts.budget;

/**
 * Who froze a budget line, and under which rule: the treasurer's haushaltswirtschaftliche Sperre (§ 25 KomHVO NRW;
 * the council must be informed of it) or the council's own freeze (§ 81 GO NRW).
 */
public enum FreezeAuthority {
    /** Kämmerin/Kämmerer, § 25 KomHVO NRW: the council is to be informed. */
    TREASURER,
    /** The council, § 81 GO NRW. */
    COUNCIL
}
