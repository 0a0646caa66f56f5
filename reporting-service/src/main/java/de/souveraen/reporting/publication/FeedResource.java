package de.souveraen.reporting.publication;

import de.souveraen.contracts.reporting.ReportPublished;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.reporting.municipality.Municipalities;
import de.souveraen.reporting.municipality.Municipality;
import de.souveraen.reporting.report.Readers;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The published reports of a municipality as an Atom 1.0 feed (RFC 4287), open to everybody:
 * {@code /nettersheim/reports.atom}, and {@code /reports.atom} for the caller's own (anonymous: the default)
 * municipality. One entry per publication, newest first, linking the PDF exactly as published.
 */
@Path("/")
public class FeedResource {
    public static final String ATOM = "application/atom+xml";
    private static final String NS = "http://www.w3.org/2005/Atom";

    private final Publications publications;
    private final Municipalities municipalities;
    private final Readers readers;

    FeedResource(Publications publications, Municipalities municipalities, Readers readers) {
        this.publications = publications;
        this.municipalities = municipalities;
        this.readers = readers;
    }

    @GET
    @Path("reports.atom")
    @PermitAll
    @Produces(ATOM)
    public Uni<Response> own(@Context UriInfo uri) {
        return readers.caller().chain(who -> feed(municipalities.publicTenant(who), uri));
    }

    @GET
    @Path("{tenant: [a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?}/reports.atom")
    @PermitAll
    @Produces(ATOM)
    public Uni<Response> municipality(@PathParam("tenant") String tenant, @Context UriInfo uri) {
        return municipalities.known(tenant).chain(known -> {
            if (!known) {
                throw Rejection.notFound("municipality-not-found", "Diese Kommune gibt es hier nicht.",
                        "There is no such municipality here.");
            }
            return feed(tenant, uri);
        });
    }

    private Uni<Response> feed(String tenant, UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/+$", "");
        Municipality m = municipalities.of(tenant);
        return publications.published(tenant).map(list -> Response.ok(atom(base, tenant, m, list), ATOM
                + "; charset=utf-8").header("Cache-Control", "public, max-age=300").build());
    }

    /** The feed document. */
    static String atom(String base, String tenant, Municipality m, List<ReportPublished> reports) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("xml:lang", "de");
            text(x, "id", base + "/" + tenant + "/reports.atom");
            text(x, "title", "Quartalsberichte an den Rat – " + m.name());
            text(x, "subtitle", "Veröffentlichte Quartalsberichte Digitale Souveränität (Mitteilungsvorlagen) an: "
                    + m.councilName());
            Instant updated = reports.stream().map(ReportPublished::publishedAt).max(Instant::compareTo)
                    .orElse(Instant.parse("2026-01-01T00:00:00Z"));
            text(x, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            x.writeStartElement("author");
            text(x, "name", m.name());
            x.writeEndElement();
            link(x, "self", ATOM, base + "/" + tenant + "/reports.atom", null);
            link(x, "alternate", "text/html", base + "/" + tenant + "/reports", null);
            text(x, "generator", "Souverän");
            for (ReportPublished r : reports) {
                x.writeStartElement("entry");
                text(x, "id", base + r.pdfPath() + "#sha256=" + r.pdfSha256());
                text(x, "title", r.title() + " (" + r.reference() + ")");
                String at = DateTimeFormatter.ISO_INSTANT.format(r.publishedAt());
                text(x, "updated", at);
                text(x, "published", at);
                link(x, "alternate", "application/pdf", base + r.pdfPath(), String.valueOf(r.pdfSize()));
                link(x, "related", "application/vnd.oasis.opendocument.text",
                        base + r.pdfPath().replaceAll("\\.pdf$", ".odt"), null);
                text(x, "summary", "Mitteilungsvorlage " + r.reference() + " · Federführend: "
                        + r.responsibleOffice() + " · Beratungsfolge: " + r.consultations().stream()
                                .map(c -> c.organization() + " (" + de.souveraen.reporting.view.Formats.date(c.date(),
                                        de.souveraen.reporting.view.Lang.DE) + ")")
                                .collect(Collectors.joining(", ")) + " · SHA-256 des PDF: " + r.pdfSha256());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the Atom feed", e);
        }
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String type, String href, String length)
            throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
        if (length != null) {
            x.writeAttribute("length", length);
        }
    }
}
