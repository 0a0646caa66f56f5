package de.souveraen.inventory.tracked;

/**
 * How the answers of {@link TrackedDecider} and {@link TrackedRules} name one kind of tracked item, German first:
 * the id field and its noun phrase ("Die Kennung des Risikos"), the field of the recording date, "Dieses Risiko" /
 * "Ein Risiko" / "Die Angaben zum Risiko", the English noun ("risk", "A risk"), and the codes and messages that
 * differ between the kinds.
 */
public record Wording(String idField, String idDe, String recordedField, String thisDe, String aDe, String detailsDe,
        String en, String anEn, String alreadyRecordedCode, String notFoundCode, String closedCode, String closedDe,
        String closedEn) {
}
