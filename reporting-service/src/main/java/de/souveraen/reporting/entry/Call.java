package de.souveraen.reporting.entry;

import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

/**
 * One use of a form: the language, the path parameters, the person's token and today's date in Germany, and reads
 * from the write services on the person's behalf (for the options of a field).
 */
public record Call(Lang lang, Map<String, String> params, String token, LocalDate today, ServiceClient client,
        WriteServices services) {

    public String param(String name) {
        return params.get(name);
    }

    /** {@code ?lang=de}: the query of links within the portal. */
    public String langQuery() {
        return "?lang=" + lang.name().toLowerCase();
    }

    public URI uri(String service, String path) {
        URI base = switch (service) {
            case "budget" -> services.budget();
            case "inventory" -> services.inventory();
            case "workgroup" -> services.workgroup();
            case "reporting" -> services.reporting().orElseThrow(
                    () -> new IllegalStateException("no address of the reporting service"));
            default -> throw new IllegalArgumentException("no write service " + service);
        };
        return base.resolve(path);
    }

    /** A GET on a write service with the person's token. */
    public Uni<ServiceClient.Answer> get(String service, String path) {
        return client.get(uri(service, path), token);
    }
}
