package de.souveraen.reporting.portal;

import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.municipality.Municipalities;
import de.souveraen.reporting.municipality.Municipality;
import de.souveraen.reporting.portal.PageModel.NavItem;
import de.souveraen.reporting.view.Formats;
import de.souveraen.reporting.view.Lang;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What every portal page shows around its content ({@code portal/layout.html}): title, municipality, language switch,
 * the signed-in person with their role and the sign-out link, the navigation, the time of the page.
 */
@RequestScoped
public class Chrome {
    static final List<String[]> NAV = List.of(new String[] {"/", "overview"},
            new String[] {"/dependencies", "dependencies"}, new String[] {"/budget", "budget"},
            new String[] {"/workgroup", "workgroup"}, new String[] {"/trainings", "trainings"},
            new String[] {"/reports", "reports"});
    private static final List<String> ROLES = List.of("administration", "workgroup", "council");

    private final SecurityIdentity identity;
    private final Clock clock;
    private final Municipalities municipalities;
    private String shown;

    Chrome(SecurityIdentity identity, Clock clock, Municipalities municipalities) {
        this.identity = identity;
        this.clock = clock;
        this.municipalities = municipalities;
    }

    /**
     * This request shows the public pages of {@code tenant} ({@code /nettersheim/…}): its name in the header and the
     * navigation of its public pages, whoever is signed in. Without it a page shows the caller's own municipality.
     */
    public Chrome showing(String tenant) {
        this.shown = tenant;
        return this;
    }

    /** Fills the layout's data; {@code navPath} is the navigation entry marked current. */
    public TemplateInstance around(TemplateInstance page, Lang lang, String path, String navPath, String heading,
            String script) {
        return around(page, lang, path, navPath, heading, script, identity);
    }

    /**
     * As {@link #around(TemplateInstance, Lang, String, String, String, String)} for a page open to everybody, with
     * the caller's identity already resolved (on such a page it is resolved lazily and must not be asked for on the
     * event loop).
     */
    public TemplateInstance around(TemplateInstance page, Lang lang, String path, String navPath, String heading,
            String script, SecurityIdentity identity) {
        Labels l = new Labels(lang);
        List<NavItem> nav = shown != null
                ? List.of(new NavItem("/" + shown + "/", l.get("home"), navPath.equals("/" + shown + "/")),
                        new NavItem("/" + shown + "/reports", l.get("reports"), navPath.equals("/" + shown + "/reports")))
                : NAV.stream().map(n -> new NavItem(n[0], l.get(n[1]), n[0].equals(navPath))).toList();
        boolean signedIn = !identity.isAnonymous();
        String tenant = shown != null ? shown : municipalities.publicTenant(identity);
        Municipality municipality = municipalities.of(tenant);
        LocalDate today = German.day(clock.instant());
        return page.data("lang", lang.name().toLowerCase()).data("otherLang", lang == Lang.DE ? "en" : "de")
                .data("l", l).data("nav", nav).data("path", path).data("heading", heading)
                .data("signedIn", signedIn).data("user", signedIn ? name(identity) : null)
                .data("role", signedIn ? role(identity, l) : null).data("script", script)
                .data("municipality", municipality.name())
                .data("arms", municipality.hasArms() ? "/" + tenant + "/wappen" : null)
                .data("generated", Formats.date(today, lang) + " "
                        + LocalTime.ofInstant(clock.instant(), German.ZONE).withNano(0));
    }

    /** Whether the signed-in person has {@code role}. */
    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** The signed-in person's subject (their stable id), or null. */
    public String subject() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.isAnonymous() ? null : principal.getName();
    }

    private static String name(SecurityIdentity identity) {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt) {
            String name = jwt.getClaim("name");
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return principal == null ? null : principal.getName();
    }

    private static String role(SecurityIdentity identity, Labels l) {
        return ROLES.stream().filter(identity::hasRole).map(r -> l.get("role." + r)).reduce((a, b) -> a + ", " + b)
                .orElse(null);
    }
}
