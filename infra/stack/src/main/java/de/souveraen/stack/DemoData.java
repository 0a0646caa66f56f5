package de.souveraen.stack;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./souveraen start --demo}: two neighbouring municipalities of the Kreis Euskirchen, each loaded through the
 * public REST APIs with real Keycloak tokens of its own demo users (never straight into a database), so every
 * event lands in the municipality of the token's {@code tenant} claim.
 *
 * <ul>
 * <li>Blankenheim ({@code verwaltung}, {@code ag}): the 2026 budget of 15.000 € with commitments and expenses, a
 * dozen typical dependencies with assessments, alternatives, risks and opportunities, an over-plan approval and a
 * treasurer's freeze (released again), the working group with members of several factions, two meetings with
 * votes, decisions and action items, two trainings with feedback and outcomes, and the motion's five mandates as
 * measures with milestones (most reached, one late);
 * <li>Nettersheim ({@code verwaltung-nettersheim}, {@code ag-nettersheim}): its own 2026 budget of 12.000 € with a
 * commitment and bookings, five dependencies with an assessment and a risk, a working group of six with one held
 * meeting and a decision.
 * </ul>
 * All names of people and firms are fictional. A municipality whose 2026 budget exists is left alone, so loading
 * again does nothing.
 */
public final class DemoData {
    /** A municipality of the demo: its key (the users' {@code tenant} attribute) and its demo users. */
    public record Municipality(String key, String name, String admin, String workgroup) {
    }

    public static final Municipality BLANKENHEIM = new Municipality("blankenheim", "Blankenheim", "verwaltung", "ag");
    public static final Municipality NETTERSHEIM = new Municipality("nettersheim", "Nettersheim",
            "verwaltung-nettersheim", "ag-nettersheim");

    private final StackClient client;
    private final PrintStream out;
    private final List<String> failures = new ArrayList<>();
    private int requests;
    /** The demo users of the municipality being loaded. */
    private String admin;
    private String ag;

    public DemoData(StackClient client, PrintStream out) {
        this.client = client;
        this.out = out;
    }

    /** Loads the scenario; returns the requests that failed (empty when everything was accepted). */
    public List<String> load() {
        for (Municipality municipality : List.of(BLANKENHEIM, NETTERSHEIM)) {
            admin = municipality.admin();
            ag = municipality.workgroup();
            if (client.get("budget", "/api/budgets/2026", admin).status() == 200) {
                out.println("  " + municipality.name() + ": Demo-Daten sind schon geladen / demo data already loaded");
                continue;
            }
            int before = requests;
            int failed = failures.size();
            if (municipality == BLANKENHEIM) {
                budget();
                List<String> dependencies = inventory();
                workgroup();
                measures(dependencies);
                report();
            } else {
                nettersheim();
            }
            out.printf("  %s: %d Anfragen / requests, %d Fehler / failures%n", municipality.name(),
                    requests - before, failures.size() - failed);
        }
        failures.forEach(f -> out.println("    " + f));
        return List.copyOf(failures);
    }

    /**
     * Nettersheim: a smaller programme than Blankenheim's, with the same fiscal year and some of the same vendors, so
     * that only the municipality tells the two apart.
     */
    private void nettersheim() {
        post("budget", "/api/budgets", admin, """
                {"fiscalYear":2026,"title":"Digitale Souveränität Nettersheim 2026",
                 "resolution":"Ratsbeschluss 12/2026 vom 05.02.2026","adoptedOn":"2026-02-05",
                 "lines":[{"code":"BESTAND","title":"Bestandsaufnahme der IT-Abhängigkeiten","amount":3000.00},
                          {"code":"OPENDESK","title":"Erprobung openDesk","amount":5000.00},
                          {"code":"SCHULUNG","title":"Schulungen","amount":2500.00},
                          {"code":"BERATUNG","title":"Interkommunale Beratung","amount":1500.00}]}""", Map.of());
        String survey = id(post("budget", "/api/budgets/2026/commitments", admin, """
                {"lineCode":"BESTAND","amount":2380.00,"vendor":"Urfttal Consulting GmbH",
                 "reference":"Auftrag N-2026-01","description":"Erhebung der Fachverfahren und Verträge",
                 "committedOn":"2026-03-02"}""", Map.of()));
        expense("N-RE-2026-031", """
                {"lineCode":"BESTAND","amount":1190.00,"bookedOn":"2026-05-06","vendor":"Urfttal Consulting GmbH",
                 "description":"Abschlag: Erhebung","invoiceRef":"N-RE-2026-031","commitmentId":"%s"}"""
                .formatted(survey));
        expense("N-VHS-2026-12", """
                {"lineCode":"SCHULUNG","amount":640.00,"bookedOn":"2026-06-17","vendor":"VHS Kreis Euskirchen",
                 "description":"Einführung in LibreOffice","invoiceRef":"N-VHS-2026-12"}""");
        expense("N-KIT-2026-77", """
                {"lineCode":"OPENDESK","amount":1450.00,"bookedOn":"2026-09-22","vendor":"Nordeifel IT-Service eG",
                 "description":"Testumgebung openDesk (6 Monate)","invoiceRef":"N-KIT-2026-77"}""");

        List<Dependency> dependencies = List.of(
                new Dependency("Microsoft 365 (Office-Apps)", "Microsoft Ireland Operations Ltd.", "IE", "OFFICE",
                        "NON_EU_CLOUD", "PERSONAL", 60, "9600.00", null, "1,0,1,2,1,2,3,2",
                        "Dokumente mit Personenbezug in einer US-Cloud.", "openDesk"),
                new Dependency("Windows 11 Pro (Arbeitsplätze)", "Microsoft Corporation", "US", "CLIENT_OS",
                        "ON_PREMISES", "INTERNAL", 60, "3000.00", null, null, null, null),
                new Dependency("Ratsinformationssystem", "Urfttal Software GmbH", "DE", "SPECIALISED_PROCEDURE",
                        "MUNICIPAL_PROVIDER", "PERSONAL", 25, "4200.00", null, null, null, null),
                new Dependency("Webex Meetings", "Cisco Systems Inc.", "US", "MESSAGING_VIDEO", "SAAS", "PERSONAL",
                        20, "1300.00", null, null, null, "Jitsi Meet"),
                new Dependency("Finanzverfahren (Fachverfahren Kämmerei)", "regio iT GmbH", "DE",
                        "SPECIALISED_PROCEDURE", "MUNICIPAL_PROVIDER", "PERSONAL", 8, "7800.00", null, null, null,
                        null));
        List<String> ids = new ArrayList<>();
        for (Dependency d : dependencies) {
            ids.add(dependency(d));
        }
        post("inventory", "/api/risks", admin, """
                {"title":"Fachverfahren nur bei einem Anbieter","category":"LOCK_IN","likelihood":3,"impact":4,
                 "owner":"Kämmerei","mitigation":"Gemeinsame Ausschreibung mit Nachbarkommunen",
                 "dependencyIds":["%s"]}""".formatted(ids.get(4)), Map.of());
        post("inventory", "/api/opportunities", admin, """
                {"title":"Gemeinsame openDesk-Erprobung mit Nachbarkommunen","category":"COOPERATION",
                 "yearlySavings":2500.00,"owner":"Bürgermeisterin"}""", Map.of());

        String[][] people = {
                {"Katrin", "Vogt", "FACTION", "CDU", "CHAIR", "true"},
                {"Lukas", "Arenz", "FACTION", "SPD", "DEPUTY", "true"},
                {"Petra", "Schell", "FACTION", "Bündnis 90/Die Grünen", "MEMBER", "true"},
                {"Bernd", "Lorenz", "FACTION", "FDP", "MEMBER", "true"},
                {"Heike", "Mertens", "FACTION", "FWG", "MEMBER", "true"},
                {"Rainer", "Esser", "ADMINISTRATION", null, "ADVISORY", "false"}};
        List<String> members = new ArrayList<>();
        for (String[] p : people) {
            members.add(member(p, "nettersheim.example"));
        }
        meeting("1. Sitzung der AG Digitales Nettersheim", "2026-04-22", members, "Rathaus Nettersheim, Ratssaal",
                "Erprobung openDesk", null, "ADOPTED", "Die AG empfiehlt die Erprobung von openDesk im Jahr 2026.",
                null);
    }

    /** The ultimate parent company of a subsidiary the demo names (its seat decides the exposure), as JSON members. */
    private static String parent(Dependency d) {
        return d.vendor().startsWith("Microsoft Ireland")
                ? ",\"parentCompany\":\"Microsoft Corporation\",\"parentCountry\":\"US\"" : "";
    }

    /** Registers a dependency, and its assessment, status and alternative where it has them; returns its id. */
    private String dependency(Dependency d) {
        String id = id(post("inventory", "/api/dependencies", admin, ("{\"name\":\"%s\",\"vendor\":\"%s\","
                + "\"vendorCountry\":\"%s\",\"category\":\"%s\",\"hosting\":\"%s\",\"dataClassification\":\"%s\","
                + "\"users\":%d,\"annualCost\":%s%s%s}").formatted(d.name(), d.vendor(), d.country(), d.category(),
                d.hosting(), d.data(), d.users(), d.cost(),
                d.contract() == null ? "" : ",\"contract\":" + d.contract(), parent(d)), Map.of()));
        if (id == null) {
            return null;
        }
        if (d.scores() != null) {
            String[] s = d.scores().split(",");
            post("inventory", "/api/dependencies/" + id + "/assessments", admin, ("{\"scores\":{\"SOV1\":%s,"
                    + "\"SOV2\":%s,\"SOV3\":%s,\"SOV4\":%s,\"SOV5\":%s,\"SOV6\":%s,\"SOV7\":%s,\"SOV8\":%s},"
                    + "\"rationale\":\"%s\",\"exit\":{\"canExit\":true,\"estimatedMonths\":9,"
                    + "\"estimatedCost\":12000.00},\"assessedOn\":\"2026-06-15\"}").formatted((Object[]) concat(s,
                    d.rationale())), Map.of());
            post("inventory", "/api/dependencies/" + id + "/status", admin,
                    "{\"status\":\"ASSESSED\",\"note\":\"Souveränitätsbewertung 2026\",\"changedOn\":\"2026-06-15\"}",
                    Map.of());
        }
        if (d.alternative() != null) {
            post("inventory", "/api/dependencies/" + id + "/alternatives", admin,
                    "{\"name\":\"" + d.alternative() + "\",\"note\":\"Open-Source-Alternative\"}", Map.of());
        }
        return id;
    }

    private void budget() {
        post("budget", "/api/budgets", admin, """
                {"fiscalYear":2026,"title":"Digitale Souveränität & Open Source 2026",
                 "resolution":"Ratsbeschluss 2026/014 vom 29.01.2026","adoptedOn":"2026-01-29",
                 "lines":[{"code":"ANALYSE","title":"Analyse der digitalen Abhängigkeiten","amount":4000.00,
                           "produkt":"01.11.03","sachkonto":"542900"},
                          {"code":"KONZEPT","title":"Dreijahreskonzept","amount":3000.00,
                           "produkt":"01.11.03","sachkonto":"543100"},
                          {"code":"PILOT","title":"Open-Source-Prototypen","amount":4500.00,
                           "produkt":"01.11.03","sachkonto":"783100"},
                          {"code":"SCHULUNG","title":"Schulungen und Workshops","amount":2500.00,
                           "produkt":"01.11.01","sachkonto":"544200"},
                          {"code":"EMPFEHLUNG","title":"Handlungsempfehlungen","amount":1000.00,
                           "produkt":"01.11.03","sachkonto":"542900"}],
                 "financialPlan":[{"fiscalYear":2027,"amount":15000.00},{"fiscalYear":2028,"amount":15000.00},
                                  {"fiscalYear":2029,"amount":12000.00}]}""", Map.of());
        String analysis = id(post("budget", "/api/budgets/2026/commitments", admin, """
                {"lineCode":"ANALYSE","amount":3570.00,"vendor":"Kommunalberatung Eifel GmbH",
                 "reference":"Auftrag A-2026-03","description":"Erhebung der digitalen Abhängigkeiten",
                 "committedOn":"2026-02-16"}""", Map.of()));
        expense("RE-2026-0112", """
                {"lineCode":"ANALYSE","amount":1785.00,"bookedOn":"2026-04-14","vendor":"Kommunalberatung Eifel GmbH",
                 "description":"Abschlag 1: Bestandsaufnahme","invoiceRef":"RE-2026-0112","commitmentId":"%s"}"""
                .formatted(analysis));
        expense("RE-2026-0233", """
                {"lineCode":"ANALYSE","amount":1785.00,"bookedOn":"2026-07-02","vendor":"Kommunalberatung Eifel GmbH",
                 "description":"Abschlag 2: Bewertung","invoiceRef":"RE-2026-0233","commitmentId":"%s"}"""
                .formatted(analysis));
        String pilot = id(post("budget", "/api/budgets/2026/commitments", admin, """
                {"lineCode":"PILOT","amount":2400.00,"vendor":"Nordeifel IT-Service eG",
                 "reference":"Vertrag V-2026-07","description":"Pilotbetrieb Nextcloud und Collabora (12 Monate)",
                 "committedOn":"2026-05-04"}""", Map.of()));
        expense("NIS-2026-118", """
                {"lineCode":"PILOT","amount":1200.00,"bookedOn":"2026-09-30","vendor":"Nordeifel IT-Service eG",
                 "description":"Pilotbetrieb Q2–Q3","invoiceRef":"NIS-2026-118","commitmentId":"%s"}"""
                .formatted(pilot));
        expense("VHS-2026-051", """
                {"lineCode":"SCHULUNG","amount":980.00,"bookedOn":"2026-05-20","vendor":"VHS Kreis Euskirchen",
                 "description":"Workshop LibreOffice für die Verwaltung","invoiceRef":"VHS-2026-051"}""");
        expense("VHS-2026-097", """
                {"lineCode":"SCHULUNG","amount":1240.00,"bookedOn":"2026-10-15","vendor":"VHS Kreis Euskirchen",
                 "description":"Schulung Nextcloud und openDesk","invoiceRef":"VHS-2026-097"}""");
        post("budget", "/api/budgets/2026/commitments", admin, """
                {"lineCode":"KONZEPT","amount":2800.00,"vendor":"Hochschule Bonn-Rhein-Sieg",
                 "reference":"Kooperationsvertrag K-2026-2","description":"Begleitung Dreijahreskonzept",
                 "committedOn":"2026-09-01"}""", Map.of());
        // an over-plan approval the council must be told of, and the treasurer's freeze (§ 25 KomHVO NRW), released
        post("budget", "/api/budgets/2026/adjustments", admin, """
                {"lineCode":"SCHULUNG","kind":"OVER_PLAN","amount":600.00,"approvalReference":"ÜPL-2026-04",
                 "approvedOn":"2026-10-12","reason":"Zusätzliche Schulung für Ratsmitglieder"}""", Map.of());
        post("budget", "/api/budgets/2026/lines/EMPFEHLUNG/freeze", admin, """
                {"authority":"TREASURER","reference":"HHSp-2026-01",
                 "reason":"Haushaltswirtschaftliche Sperre bis zur Vorlage des Konzepts","decidedOn":"2026-10-20"}""",
                Map.of());
        post("budget", "/api/budgets/2026/lines/EMPFEHLUNG/release", admin, """
                {"reference":"HHSp-2026-01a","reason":"Konzeptentwurf liegt vor","decidedOn":"2026-11-20"}""",
                Map.of());
    }

    /**
     * The motion's five mandates as measures with milestones (most reached, the draft concept late, the rest due in
     * the coming quarters), each with its budget line and the dependencies it concerns.
     */
    private void measures(List<String> deps) {
        measure("Analyse der digitalen Abhängigkeiten", "ANALYSIS", "Hauptamt, IT-Leitung", "ANALYSE",
                List.of(deps.get(0), deps.get(4)), new String[][] {
                        {"Bestandsaufnahme abgeschlossen", "2026-04-30", "2026-04-14", "12 Abhängigkeiten erfasst"},
                        {"Souveränitätsbewertung abgeschlossen", "2026-06-30", "2026-06-15",
                                "Sechs Abhängigkeiten nach dem EU-Rahmen bewertet"},
                        {"Bericht an den Ausschuss", "2026-10-31", "2026-10-28", "Ergebnisse im Ausschuss vorgestellt"}});
        measure("Dreijahreskonzept 2027–2029", "CONCEPT", "Hauptamt", "KONZEPT", List.of(), new String[][] {
                {"Gliederung mit der Hochschule abgestimmt", "2026-09-30", "2026-09-25", "Gliederung steht"},
                {"Entwurf des Konzepts", "2026-11-15", null, null},
                {"Beschluss im Rat", "2027-03-25", null, null}});
        measure("Open-Source-Prototypen", "PROTOTYPES", "IT-Leitung", "PILOT", List.of(deps.get(11), deps.get(4)),
                new String[][] {
                        {"Pilotumgebung Nextcloud und Collabora eingerichtet", "2026-06-30", "2026-06-22",
                                "30 Nutzende im Bürgerbüro"},
                        {"Proxmox-Testcluster in Betrieb", "2026-12-15", null, null},
                        {"Auswertung der Pilotphase", "2027-03-31", null, null}});
        measure("Schulungsprogramm 2026/2027", "TRAINING", "Personalamt", "SCHULUNG", List.of(), new String[][] {
                {"Workshop LibreOffice", "2026-05-31", "2026-05-12", "14 Teilnehmende"},
                {"Schulung Nextcloud und openDesk", "2026-10-31", "2026-10-07", "19 Teilnehmende"},
                {"Schulung für Ratsmitglieder", "2027-02-28", null, null}});
        measure("Handlungsempfehlungen für den Umstieg", "RECOMMENDATIONS", "Arbeitsgruppe (Vorsitz)", "EMPFEHLUNG",
                List.of(deps.get(0)), new String[][] {
                        {"Empfehlung Pilotbetrieb openDesk", "2026-09-30", "2026-09-16", "Empfehlung an den Rat"},
                        {"Empfehlung zum Vertragsende Microsoft 365", "2027-01-31", null, null}});
    }

    /** A measure with milestones {@code {title, due, reached on or null, note}}. */
    private void measure(String title, String mandate, String responsible, String line, List<String> deps,
            String[][] milestones) {
        StringBuilder dependencies = new StringBuilder();
        deps.stream().filter(java.util.Objects::nonNull).forEach(d -> dependencies.append(dependencies.isEmpty()
                ? "" : ",").append('"').append(d).append('"'));
        String id = id(post("workgroup", "/api/measures", ag, ("{\"title\":\"%s\",\"mandate\":\"%s\","
                + "\"description\":\"Auftrag aus dem Ratsbeschluss 2026/014\",\"responsible\":\"%s\","
                + "\"budgetLine\":\"%s\",\"dependencies\":[%s]}").formatted(title, mandate, responsible, line,
                dependencies), Map.of()));
        if (id == null) {
            return;
        }
        for (String[] m : milestones) {
            String milestone = id(post("workgroup", "/api/measures/" + id + "/milestones", ag,
                    "{\"title\":\"" + m[0] + "\",\"due\":\"" + m[1] + "\"}", Map.of()));
            if (milestone != null && m[2] != null) {
                post("workgroup", "/api/measures/" + id + "/milestones/" + milestone + "/reached", ag,
                        "{\"reachedOn\":\"" + m[2] + "\",\"note\":\"" + m[3] + "\"}", Map.of());
            }
        }
    }

    private void expense(String key, String json) {
        post("budget", "/api/budgets/2026/expenses", admin, json, Map.of("Idempotency-Key", "demo-" + key));
    }

    private record Dependency(String name, String vendor, String country, String category, String hosting,
            String data, int users, String cost, String contract, String scores, String rationale,
            String alternative) {
    }

    private List<String> inventory() {
        String m365Contract = "{\"start\":\"2024-01-01\",\"end\":\"2026-12-31\",\"noticePeriodMonths\":3,"
                + "\"renewal\":\"TACIT\",\"renewalPeriodMonths\":12}";
        List<Dependency> dependencies = List.of(
                new Dependency("Microsoft 365 (Office-Apps)", "Microsoft Ireland Operations Ltd.", "IE", "OFFICE",
                        "NON_EU_CLOUD", "PERSONAL", 180, "28800.00", m365Contract,
                        "1,0,1,2,1,2,3,2", "Mutterkonzern in den USA (CLOUD Act); proprietäre Formate als Standard.",
                        "openDesk"),
                new Dependency("Exchange Online", "Microsoft Ireland Operations Ltd.", "IE", "EMAIL_GROUPWARE",
                        "NON_EU_CLOUD", "PERSONAL", 180, "6480.00", m365Contract, "1,0,1,2,1,2,3,2",
                        "E-Mail mit Personenbezug in einer US-Cloud.", "Open-Xchange"),
                new Dependency("Microsoft Teams", "Microsoft Ireland Operations Ltd.", "IE", "MESSAGING_VIDEO",
                        "NON_EU_CLOUD", "PERSONAL", 180, "0.00", m365Contract, null, null, null),
                new Dependency("Windows 11 Pro (Arbeitsplätze)", "Microsoft Corporation", "US", "CLIENT_OS",
                        "ON_PREMISES", "INTERNAL", 180, "9000.00", null, null, null, null),
                new Dependency("VMware vSphere", "Broadcom Inc.", "US", "SERVER_VIRTUALISATION", "ON_PREMISES",
                        "PERSONAL", 5, "24000.00",
                        "{\"start\":\"2025-04-01\",\"end\":\"2027-03-31\",\"noticePeriodMonths\":3,\"renewal\":"
                                + "\"EXPRESS\"}",
                        "1,2,3,2,0,1,3,2", "Lizenzkosten nach der Übernahme durch Broadcom fast verdreifacht.",
                        "Proxmox VE"),
                new Dependency("Zoom Workplace", "Zoom Communications Inc.", "US", "MESSAGING_VIDEO", "SAAS",
                        "PERSONAL", 40, "2400.00", null, "1,0,1,2,2,2,2,2", "Videokonferenzen über US-Anbieter.",
                        "Jitsi Meet"),
                new Dependency("Adobe Acrobat Pro", "Adobe Inc.", "US", "OTHER", "SAAS", "INTERNAL", 25, "4500.00",
                        null, null, null, null),
                new Dependency("Finanzverfahren (Fachverfahren Kämmerei)", "regio iT GmbH", "DE",
                        "SPECIALISED_PROCEDURE", "MUNICIPAL_PROVIDER", "PERSONAL", 20, "18000.00", null,
                        "3,4,3,3,2,2,3,3", "Betrieb beim kommunalen IT-Dienstleister in NRW.", null),
                new Dependency("Einwohnermeldewesen", "HSH Soft- und Hardware Vertriebs GmbH", "DE",
                        "SPECIALISED_PROCEDURE", "MUNICIPAL_PROVIDER", "SPECIAL_CATEGORY", 8, "7200.00", null, null,
                        null, null),
                new Dependency("Active Directory", "Microsoft Corporation", "US", "IDENTITY", "ON_PREMISES",
                        "PERSONAL", 180, "0.00", null, null, null, null),
                new Dependency("Sophos Firewall", "Sophos Ltd.", "GB", "NETWORK_SECURITY", "ON_PREMISES",
                        "INTERNAL", 180, "3600.00", null, null, null, null),
                new Dependency("Dropbox Business", "Dropbox Inc.", "US", "FILES_COLLABORATION", "NON_EU_CLOUD",
                        "PERSONAL", 30, "3240.00", null, "1,0,1,2,1,2,2,2", "Dateiablage mit Personenbezug in den USA.",
                        "Nextcloud"));
        List<String> ids = new ArrayList<>();
        for (Dependency d : dependencies) {
            String id = id(post("inventory", "/api/dependencies", admin, ("{\"name\":\"%s\",\"vendor\":\"%s\","
                    + "\"vendorCountry\":\"%s\",\"category\":\"%s\",\"hosting\":\"%s\",\"dataClassification\":\"%s\","
                    + "\"users\":%d,\"annualCost\":%s%s%s}").formatted(d.name(), d.vendor(), d.country(), d.category(),
                    d.hosting(), d.data(), d.users(), d.cost(),
                    d.contract() == null ? "" : ",\"contract\":" + d.contract(), parent(d)), Map.of()));
            ids.add(id);
            if (id == null || d.scores() == null) {
                continue;
            }
            String[] s = d.scores().split(",");
            post("inventory", "/api/dependencies/" + id + "/assessments", admin, ("{\"scores\":{\"SOV1\":%s,"
                    + "\"SOV2\":%s,\"SOV3\":%s,\"SOV4\":%s,\"SOV5\":%s,\"SOV6\":%s,\"SOV7\":%s,\"SOV8\":%s},"
                    + "\"rationale\":\"%s\",\"exit\":{\"canExit\":true,\"estimatedMonths\":9,"
                    + "\"estimatedCost\":12000.00},\"assessedOn\":\"2026-06-15\"}").formatted((Object[]) concat(s,
                    d.rationale())), Map.of());
            post("inventory", "/api/dependencies/" + id + "/status", admin,
                    "{\"status\":\"ASSESSED\",\"note\":\"Souveränitätsbewertung 2026\",\"changedOn\":\"2026-06-15\"}",
                    Map.of());
            if (d.alternative() != null) {
                String alternative = id(post("inventory", "/api/dependencies/" + id + "/alternatives", admin,
                        "{\"name\":\"" + d.alternative() + "\",\"note\":\"Open-Source-Alternative\"}", Map.of()));
                if (d.alternative().equals("openDesk") && alternative != null) {
                    // 28.800 € × 3 − (35.000 + 12.000 × 3 + 9.000) = 6.400 €: economically viable
                    post("inventory", "/api/dependencies/" + id + "/alternatives/" + alternative + "/costing", admin,
                            "{\"migrationCost\":35000.00,\"annualCost\":12000.00,\"trainingDays\":60,"
                                    + "\"trainingCost\":9000.00,\"note\":\"Angebot des kommunalen IT-Dienstleisters\","
                                    + "\"costedOn\":\"2026-09-10\"}", Map.of());
                }
                if (d.name().startsWith("VMware") || d.name().startsWith("Zoom")) {
                    post("inventory", "/api/dependencies/" + id + "/alternatives/" + alternative + "/evaluation",
                            admin, "{\"state\":\"RECOMMENDED\",\"reason\":\"Test bestanden\","
                                    + "\"evaluatedOn\":\"2026-08-20\"}", Map.of());
                    post("inventory", "/api/dependencies/" + id + "/status", admin, "{\"status\":"
                            + "\"ALTERNATIVE_SELECTED\",\"note\":\"" + d.alternative() + "\",\"changedOn\":"
                            + "\"2026-08-25\"}", Map.of());
                    post("inventory", "/api/dependencies/" + id + "/plan", admin,
                            "{\"step\":\"PILOT\",\"targetQuarter\":\"2026-Q4\"}", Map.of());
                    post("inventory", "/api/dependencies/" + id + "/plan", admin,
                            "{\"step\":\"MIGRATING\",\"targetQuarter\":\"2027-Q2\"}", Map.of());
                }
            }
        }
        if (ids.get(0) != null && ids.get(2) != null) {
            post("inventory", "/api/dependencies/" + ids.get(2) + "/relations", admin,
                    "{\"relation\":\"RUNS_ON\",\"targetId\":\"" + ids.get(0) + "\"}", Map.of());
        }
        if (ids.get(0) != null && ids.get(9) != null) {
            post("inventory", "/api/dependencies/" + ids.get(0) + "/relations", admin,
                    "{\"relation\":\"NEEDS\",\"targetId\":\"" + ids.get(9) + "\"}", Map.of());
        }
        post("inventory", "/api/risks", admin, """
                {"title":"Lizenzkosten der Servervirtualisierung steigen weiter","description":"Broadcom hat die
                 Preise 2024 fast verdreifacht; weitere Erhöhungen angekündigt.","category":"PRICE_INCREASE",
                 "likelihood":5,"impact":4,"owner":"IT-Leitung","mitigation":"Proxmox-Pilot, Ausstieg bis 03/2027",
                 "dependencyIds":["%s"]}""".formatted(ids.get(4)).replace("\n", " "), Map.of());
        post("inventory", "/api/risks", admin, """
                {"title":"Zugriff von US-Behörden auf Bürgerdaten (CLOUD Act)","category":"JURISDICTION_FOREIGN_ACCESS",
                 "likelihood":3,"impact":5,"owner":"Datenschutzbeauftragte","mitigation":"openDesk-Pilot",
                 "dependencyIds":["%s","%s"]}""".formatted(ids.get(0), ids.get(1)), Map.of());
        post("inventory", "/api/risks", admin, """
                {"title":"Zu wenig Open-Source-Know-how im IT-Team","category":"SKILLS","likelihood":3,"impact":3,
                 "owner":"Personalamt","mitigation":"Schulungsprogramm 2026/2027"}""", Map.of());
        post("inventory", "/api/opportunities", admin, """
                {"title":"Virtualisierung mit Proxmox VE","category":"COST_SAVINGS","yearlySavings":18000.00,
                 "oneOffCost":6000.00,"owner":"IT-Leitung","dependencyIds":["%s"]}""".formatted(ids.get(4)), Map.of());
        post("inventory", "/api/opportunities", admin, """
                {"title":"Interkommunale Zusammenarbeit mit Nachbarkommunen","category":"COOPERATION",
                 "yearlySavings":4000.00,"owner":"Bürgermeister"}""", Map.of());
        return ids;
    }

    private void workgroup() {
        String[][] people = {
                {"Anna", "Becker", "FACTION", "CDU", "CHAIR", "true"},
                {"Jonas", "Schmitz", "FACTION", "SPD", "DEPUTY", "true"},
                {"Miriam", "Hoffmann", "FACTION", "Bündnis 90/Die Grünen", "MEMBER", "true"},
                {"Peter", "Klein", "FACTION", "FDP", "MEMBER", "true"},
                {"Sabine", "Wagner", "FACTION", "UWV", "MEMBER", "true"},
                {"Thomas", "Müller", "ADMINISTRATION", null, "ADVISORY", "false"}};
        List<String> members = new ArrayList<>();
        for (String[] p : people) {
            members.add(member(p, "blankenheim.example"));
        }
        String proposal = id(post("workgroup", "/api/proposals", ag, """
                {"reference":"V-AG-2026/03","title":"Pilotbetrieb openDesk in zwei Ämtern",
                 "text":"Die AG empfiehlt dem Rat, openDesk 2027 im Bürgerbüro und in der Kämmerei zu erproben.",
                 "submitter":"Verwaltung","dependencyIds":[],"submittedOn":"2026-08-28"}""", Map.of()));
        meeting("1. Sitzung der AG Digitale Souveränität", "2026-03-18", members,
                "Arbeitsprogramm 2026", null, "ADOPTED", "Die AG beschließt das Arbeitsprogramm 2026.", null);
        meeting("2. Sitzung der AG Digitale Souveränität", "2026-09-16", members,
                "Rathaus Blankenheim, Sitzungssaal", "Pilotbetrieb openDesk", proposal, "ADOPTED",
                "Die AG empfiehlt dem Rat den Pilotbetrieb von openDesk ab 2027.",
                "{\"text\":\"Pilotbetrieb openDesk 2027 im Bürgerbüro und in der Kämmerei\","
                        + "\"councilSessionDate\":\"2027-01-28\"}", new String[][] {
                                {"Angebote für Proxmox-Support einholen", "IT-Leitung", "2026-10-31", "IN_PROGRESS",
                                        "2026-10-05"},
                                {"Teilnehmerliste der Schulung an das Personalamt", "Hauptamt", "2026-09-30", "DONE",
                                        "2026-09-28"},
                                {"Ratsvorlage zum Pilotbetrieb vorbereiten", "Hauptamt", "2027-01-10", null, null}});
        training("""
                {"title":"LibreOffice für die Verwaltung","date":"2026-05-12","format":"WORKSHOP",
                 "audience":["ADMINISTRATION"],"hours":4.0,"topics":["Writer","Calc","ODF"],
                 "provider":"VHS Kreis Euskirchen"}""", "2026-05-12", "4.0", 14, "[5,4,4,5,4,3,5]",
                "[\"Vorlagen der Kämmerei in ODF umgestellt\"]");
        training("""
                {"title":"Nextcloud und openDesk im Arbeitsalltag","date":"2026-10-07","format":"TRAINING",
                 "audience":["ADMINISTRATION","COUNCIL"],"hours":3.0,"topics":["Nextcloud","Collabora","Element"],
                 "provider":"Nordeifel IT-Service eG"}""", "2026-10-07", "3.0", 19, "[4,4,5,3,4,5]",
                "[\"12 Teilnehmende nutzen die Pilotumgebung\"]");
    }

    /** A member from {@code {given, family, affiliation type, faction, role, voting right}}; returns the id. */
    private String member(String[] p, String mailDomain) {
        return id(post("workgroup", "/api/members", ag, ("{\"person\":{\"givenName\":\"%s\","
                + "\"familyName\":\"%s\",\"email\":\"%s.%s@%s\"},\"affiliation\":{\"type\":"
                + "\"%s\"%s},\"role\":\"%s\",\"votingRight\":%s,\"from\":\"2026-02-01\"}").formatted(p[0], p[1],
                p[0].toLowerCase(), p[1].toLowerCase().replace("ü", "ue"), mailDomain, p[2],
                p[3] == null ? "" : ",\"faction\":\"" + p[3] + "\"", p[4], p[5]), Map.of()));
    }

    private void meeting(String title, String date, List<String> members, String item, String proposal,
            String outcome, String resolution, String recommendation) {
        meeting(title, date, members, "Rathaus Blankenheim, Sitzungssaal", item, proposal, outcome, resolution,
                recommendation);
    }

    private void meeting(String title, String date, List<String> members, String place, String item,
            String proposal, String outcome, String resolution, String recommendation) {
        meeting(title, date, members, place, item, proposal, outcome, resolution, recommendation, new String[0][]);
    }

    /** A held meeting with one decided item and action items {@code {title, owner, due, status or null, changed on}}. */
    private void meeting(String title, String date, List<String> members, String place, String item,
            String proposal, String outcome, String resolution, String recommendation, String[][] actions) {
        String meeting = id(post("workgroup", "/api/meetings", ag, ("{\"title\":\"%s\",\"start\":\"%sT18:00:00+02:00\","
                + "\"end\":\"%sT20:00:00+02:00\",\"place\":\"%s\",\"publicMeeting\":true}")
                .formatted(title, date, date, place), Map.of()));
        if (meeting == null) {
            return;
        }
        String base = "/api/meetings/" + meeting;
        String itemId = id(post("workgroup", base + "/agenda-items", ag, "{\"title\":\"" + item
                + "\",\"publicItem\":true" + (proposal == null ? "" : ",\"proposalId\":\"" + proposal + "\"") + "}",
                Map.of()));
        post("workgroup", base + "/invitations", ag, "{}", Map.of());
        post("workgroup", base + "/held", ag, "{}", Map.of());
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < members.size(); i++) {
            entries.append(i == 0 ? "" : ",").append("{\"memberId\":\"").append(members.get(i))
                    .append("\",\"status\":\"").append(i == 3 ? "EXCUSED" : "PRESENT").append("\"}");
        }
        post("workgroup", base + "/attendance", ag, "{\"entries\":[" + entries + "]}", Map.of());
        String vote = id(post("workgroup", base + "/agenda-items/" + itemId + "/vote", ag,
                "{\"subject\":\"" + item + "\",\"ballot\":{\"method\":\"TOTALS\",\"totals\":{\"yes\":3,\"no\":0,"
                        + "\"abstain\":1}}}", Map.of()));
        post("workgroup", base + "/agenda-items/" + itemId + "/decision", ag, "{\"outcome\":\"" + outcome
                + "\",\"resolution\":\"" + resolution + "\",\"voteId\":\"" + vote + "\""
                + (recommendation == null ? "" : ",\"recommendation\":" + recommendation) + "}", Map.of());
        for (String[] a : actions) {
            String action = id(post("workgroup", base + "/action-items", ag, "{\"title\":\"" + a[0]
                    + "\",\"owner\":\"" + a[1] + "\",\"dueDate\":\"" + a[2] + "\"}", Map.of()));
            if (action != null && a[3] != null) {
                post("workgroup", base + "/action-items/" + action + "/status", ag, "{\"status\":\"" + a[3]
                        + "\",\"changedOn\":\"" + a[4] + "\"}", Map.of());
            }
        }
        post("workgroup", base + "/minutes-approval", ag, "{}", Map.of());
    }

    private void training(String details, String date, String hours, int participants, String scores,
            String outcomes) {
        String id = id(post("workgroup", "/api/trainings", ag, details, Map.of()));
        if (id == null) {
            return;
        }
        post("workgroup", "/api/trainings/" + id + "/held", ag, "{\"date\":\"" + date + "\",\"participants\":"
                + participants + ",\"hours\":" + hours + "}", Map.of());
        post("workgroup", "/api/trainings/" + id + "/feedback", ag, "{\"scores\":" + scores + "}", Map.of());
        post("workgroup", "/api/trainings/" + id + "/outcomes", ag, "{\"outcomes\":" + outcomes + "}", Map.of());
    }

    /**
     * The administration's texts for the five sections of the third quarter's report, and its publication to the
     * council as a Mitteilungsvorlage (so the OParl body and the Atom feed list a published report).
     */
    private void report() {
        String base = "/api/reports/2026-Q3/narratives";
        Map<String, String> texts = Map.of(
                "progress", "Die Bestandsaufnahme der Abhängigkeiten ist abgeschlossen; vier der fünf Maßnahmen des"
                        + " Ratsauftrags liegen im Plan. Der Entwurf des Dreijahreskonzepts ist in Verzug, weil die"
                        + " Bewertung der Fachverfahren länger dauerte.",
                "risks", "Das größte Risiko bleibt die Bindung an die Bürosoftware eines Herstellers, dessen"
                        + " Konzern dem CLOUD Act unterliegt. Die Erprobung von openDesk zeigt eine Einsparung, die"
                        + " den Umstieg wirtschaftlich tragfähig macht.",
                "decisions", "Bis Ende des ersten Quartals 2027 entscheidet der Rat über die Verlängerung des"
                        + " Bürosoftware-Vertrags; die Kündigungsfrist ist im Fristenkalender der Verwaltung"
                        + " eingetragen.",
                "finances", "Von den 15.000 € sind rund zwei Drittel gebunden oder ausgegeben. Eine überplanmäßige"
                        + " Ausgabe für Schulungen wurde vom Kämmerer genehmigt und wird dem Rat hiermit mitgeteilt.",
                "trainings", "Die Schulungen zu LibreOffice und Nextcloud waren gut besucht; die Teilnehmenden"
                        + " bewerten sie im Mittel mit gut und wünschen Vertiefungen für Fachanwendungen.");
        for (String section : List.of("progress", "risks", "decisions", "finances", "trainings")) {
            String etag = client.etag("reporting", base, admin);
            requests++;
            StackClient.Reply reply = client.put("reporting", base + "/" + section, admin,
                    "{\"text\":\"" + texts.get(section) + "\"}", Map.of("If-Match", etag));
            if (reply.status() >= 300) {
                failures.add("reporting PUT " + base + "/" + section + " → " + reply.status() + " " + reply.body());
            }
        }
        settled("/api/reports/2026-Q3");
        post("reporting", "/api/reports/2026-Q3/publication", admin, """
                {"reference":"MV/2026/017","responsibleOffice":"Fachbereich 1 – Zentrale Dienste","consultations":[
                 {"organization":"Arbeitsgruppe Digitale Souveränität & Open Source","date":"2026-10-21",
                  "role":"Kenntnisnahme"},
                 {"organization":"Haupt- und Finanzausschuss","date":"2026-11-04","role":"Kenntnisnahme"},
                 {"organization":"Rat der Gemeinde Blankenheim","date":"2026-11-18","role":"Kenntnisnahme"}]}""",
                Map.of("Idempotency-Key", "demo-publication-2026-Q3"));
    }

    /**
     * Waits (at most 60 s) until the draft's counts of applied events stop changing for a second: the reporting
     * service has read what the demo just wrote, so the published report holds all of it.
     */
    private void settled(String report) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        String last = null;
        int stable = 0;
        while (System.nanoTime() < deadline && stable < 4) {
            StackClient.Reply reply = client.get("reporting", report, admin);
            String events = reply.status() == 200 ? reply.json().path("meta").path("events").toString() : null;
            stable = events != null && events.equals(last) ? stable + 1 : 0;
            last = events;
            try {
                Thread.sleep(250); // polling the read model's progress, bounded by the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private StackClient.Reply post(String service, String path, String user, String json, Map<String, String> headers) {
        requests++;
        StackClient.Reply reply = client.post(service, path, user, json, headers);
        if (reply.status() >= 300) {
            failures.add(service + " POST " + path + " → " + reply.status() + " " + reply.body());
        }
        return reply;
    }

    private static String id(StackClient.Reply reply) {
        if (reply.status() >= 300 || !reply.body().startsWith("{")) {
            return null;
        }
        var id = reply.json().get("id");
        return id == null ? null : id.asText();
    }

    private static Object[] concat(String[] scores, String rationale) {
        Object[] all = new Object[scores.length + 1];
        System.arraycopy(scores, 0, all, 0, scores.length);
        all[scores.length] = rationale;
        return all;
    }
}
