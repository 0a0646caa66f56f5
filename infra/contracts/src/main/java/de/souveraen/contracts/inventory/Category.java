package de.souveraen.contracts.inventory;

/** What a dependency is used for (design: category). German and English labels: {@link InventoryLabels}. */
public enum Category {
    OFFICE, EMAIL_GROUPWARE, FILES_COLLABORATION, MESSAGING_VIDEO, CLIENT_OS, SERVER_VIRTUALISATION, CLOUD_HOSTING,
    SPECIALISED_PROCEDURE, IDENTITY, NETWORK_SECURITY, OTHER
}
