package de.souveraen.reporting.publication;

/** The details a publication request carries in the tests: Vorlage number, office, Beratungsfolge. */
public final class PublicationFixture {
    public static final String BODY = """
            {"reference": "MV/2026/017", "responsibleOffice": "Fachbereich 1 – Zentrale Dienste",
             "consultations": [
               {"organization": "Arbeitsgruppe Digitale Souveränität & Open Source", "date": "2026-10-21"},
               {"organization": "Haupt- und Finanzausschuss", "date": "2026-11-04", "role": "Kenntnisnahme"},
               {"organization": "Gemeinderat", "date": "2026-11-18"}]}
            """;

    private PublicationFixture() {
    }
}
