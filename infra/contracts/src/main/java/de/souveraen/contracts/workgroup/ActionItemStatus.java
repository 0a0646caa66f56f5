package de.souveraen.contracts.workgroup;

public enum ActionItemStatus {
    OPEN,
    IN_PROGRESS,
    DONE
}
