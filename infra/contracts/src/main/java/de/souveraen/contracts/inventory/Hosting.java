package de.souveraen.contracts.inventory;

/** Where and by whom a dependency is operated (design: hosting). German and English labels: {@link InventoryLabels}. */
public enum Hosting {
    ON_PREMISES, MUNICIPAL_PROVIDER, EU_CLOUD, NON_EU_CLOUD, SAAS
}
