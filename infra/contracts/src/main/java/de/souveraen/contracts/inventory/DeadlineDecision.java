package de.souveraen.contracts.inventory;

/**
 * What a contract's deadline asks for: with tacit renewal the contract goes on unless notice is given by then
 * ({@link #CANCEL}, „kündigen“); with express renewal it ends unless renewed, so the date is the last day to decide
 * whether to renew or let it lapse ({@link #RENEW_OR_LAPSE}, „verlängern oder auslaufen lassen“). German and
 * English labels: {@link InventoryLabels}.
 */
public enum DeadlineDecision {
    CANCEL, RENEW_OR_LAPSE;

    /** The decision a contract with this renewal rule asks for; null for no rule. */
    public static DeadlineDecision of(Renewal renewal) {
        if (renewal == null) {
            return null;
        }
        return renewal == Renewal.EXPRESS ? RENEW_OR_LAPSE : CANCEL;
    }
}
