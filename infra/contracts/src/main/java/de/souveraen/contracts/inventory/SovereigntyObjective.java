package de.souveraen.contracts.inventory;

/**
 * The eight objectives of the European Commission's Cloud Sovereignty Framework (2025), each scored on a
 * SEAL level 0..4, with their weights in percent (they add up to 100). German and English labels:
 * {@link InventoryLabels}.
 */
public enum SovereigntyObjective {
    /** SOV-1 strategic sovereignty. */
    SOV1(15),
    /** SOV-2 legal and jurisdictional sovereignty. */
    SOV2(10),
    /** SOV-3 data and AI sovereignty. */
    SOV3(10),
    /** SOV-4 operational sovereignty. */
    SOV4(15),
    /** SOV-5 supply chain sovereignty. */
    SOV5(20),
    /** SOV-6 technology sovereignty. */
    SOV6(15),
    /** SOV-7 security and compliance sovereignty. */
    SOV7(10),
    /** SOV-8 environmental sustainability. */
    SOV8(5);

    private final int weight;

    SovereigntyObjective(int weight) {
        this.weight = weight;
    }

    /** Weight in percent. */
    public int weight() {
        return weight;
    }

    /** The framework's spelling, e.g. {@code SOV-3}. */
    public String code() {
        return "SOV-" + name().substring(3);
    }
}
