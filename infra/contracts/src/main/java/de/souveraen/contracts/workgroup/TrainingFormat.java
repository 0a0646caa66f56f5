package de.souveraen.contracts.workgroup;

public enum TrainingFormat {
    WORKSHOP,
    TRAINING,
    WEBINAR,
    EXCURSION,
    LECTURE,
    CONFERENCE,
    OTHER
}
