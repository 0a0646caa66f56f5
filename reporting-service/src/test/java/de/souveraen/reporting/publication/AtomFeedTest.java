package de.souveraen.reporting.publication;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.reporting.ReportPublished;
import de.souveraen.reporting.municipality.Municipality;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The Atom feed validated as Atom 1.0: against the RELAX NG grammar of RFC 4287 (Appendix B, with jing), and the
 * rules the grammar leaves to Schematron or prose checked element by element: the feed's author and self link; each
 * entry's alternate link and summary (it has no content); dates as RFC 3339; ids and links absolute IRIs.
 */
class AtomFeedTest {
    static final String NS = "http://www.w3.org/2005/Atom";

    @Test
    void the_feed_of_two_publications_is_atom_1_0() throws Exception {
        List<ReportPublished> reports = List.of(published("2026-Q3", "MV/2026/017", "2026-10-14T08:30:00Z"),
                published("2026-Q2", "MV/2026/009 <&>", "2026-07-10T07:00:00Z"));
        String xml = FeedResource.atom("https://portal.example", "blankenheim", Municipality.derived("blankenheim"),
                reports);
        Document feed = parse(xml);
        assertAtom(feed);
        NodeList entries = feed.getElementsByTagNameNS(NS, "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        assertThat(single(feed.getDocumentElement(), "updated").getTextContent()).isEqualTo("2026-10-14T08:30:00Z");
        assertThat(single((Element) entries.item(1), "title").getTextContent()).contains("MV/2026/009 <&>");
    }

    @Test
    void an_empty_feed_is_atom_1_0_too() throws Exception {
        assertAtom(parse(FeedResource.atom("https://portal.example", "nettersheim",
                Municipality.derived("nettersheim"), List.of())));
    }

    static ReportPublished published(String period, String reference, String at) {
        return new ReportPublished(period, reference, "Quartalsbericht " + period, Instant.parse(at), "FB 1",
                "a".repeat(64), "b".repeat(64), 1234, "/blankenheim/reports/" + period + ".pdf",
                List.of(new ReportPublished.Consultation("Rat", LocalDate.of(2026, 11, 18), "Kenntnisnahme")));
    }

    /** The RELAX NG grammar of RFC 4287 with jing; every error it reports fails the test. */
    static void validate(String xml) throws Exception {
        List<String> errors = new java.util.ArrayList<>();
        org.xml.sax.ErrorHandler collect = new org.xml.sax.ErrorHandler() {
            @Override
            public void warning(org.xml.sax.SAXParseException e) {
            }

            @Override
            public void error(org.xml.sax.SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(org.xml.sax.SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        };
        com.thaiopensource.util.PropertyMapBuilder properties = new com.thaiopensource.util.PropertyMapBuilder();
        properties.put(com.thaiopensource.validate.ValidateProperty.ERROR_HANDLER, collect);
        com.thaiopensource.validate.ValidationDriver driver = new com.thaiopensource.validate.ValidationDriver(
                properties.toPropertyMap(), com.thaiopensource.validate.rng.CompactSchemaReader.getInstance());
        java.net.URL schema = AtomFeedTest.class.getResource("/atom/atom.rnc");
        assertThat(schema).as("RFC 4287 grammar on the test classpath").isNotNull();
        assertThat(driver.loadSchema(new InputSource(schema.toString()))).as("grammar loads: %s", errors).isTrue();
        boolean valid = driver.validate(new InputSource(new StringReader(xml)));
        assertThat(errors).isEmpty();
        assertThat(valid).isTrue();
    }

    @Test
    void the_grammar_refuses_a_feed_without_its_id() throws Exception {
        String xml = FeedResource.atom("https://portal.example", "blankenheim", Municipality.derived("blankenheim"),
                List.of()).replaceFirst("<id>[^<]*</id>", "");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> validate(xml)).isInstanceOf(AssertionError.class);
    }

    static Document parse(String xml) throws Exception {
        validate(xml);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** The rules of RFC 4287 §4.1.1 (atom:feed) and §4.1.2 (atom:entry) that a feed without content must keep. */
    static void assertAtom(Document doc) {
        Element feed = doc.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(NS);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        iri(single(feed, "id").getTextContent());
        assertThat(single(feed, "title").getTextContent()).isNotBlank();
        date(single(feed, "updated").getTextContent());
        Element author = single(feed, "author");
        assertThat(single(author, "name").getTextContent()).isNotBlank();
        List<Element> links = children(feed, "link");
        assertThat(links).anySatisfy(l -> assertThat(l.getAttribute("rel")).isEqualTo("self"));
        links.forEach(l -> iri(l.getAttribute("href")));
        for (String once : List.of("generator", "icon", "logo", "rights", "subtitle")) {
            assertThat(children(feed, once)).as("atom:%s at most once", once).hasSizeLessThanOrEqualTo(1);
        }
        for (Element entry : children(feed, "entry")) {
            iri(single(entry, "id").getTextContent());
            assertThat(single(entry, "title").getTextContent()).isNotBlank();
            date(single(entry, "updated").getTextContent());
            children(entry, "published").forEach(p -> date(p.getTextContent()));
            assertThat(children(entry, "summary")).hasSizeLessThanOrEqualTo(1);
            List<Element> entryLinks = children(entry, "link");
            assertThat(entryLinks).anySatisfy(l -> assertThat(l.getAttribute("rel")).isEqualTo("alternate"));
            entryLinks.forEach(l -> iri(l.getAttribute("href")));
            // no content, so an alternate link (checked) and a summary are required
            assertThat(children(entry, "content")).isEmpty();
            assertThat(children(entry, "summary")).hasSize(1);
        }
        // every element of the feed is in the Atom namespace
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            assertThat(all.item(i).getNamespaceURI()).isEqualTo(NS);
        }
    }

    static Element single(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("exactly one atom:%s in atom:%s", name, parent.getLocalName()).hasSize(1);
        return found.get(0);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new java.util.ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    static void iri(String value) {
        assertThat(java.net.URI.create(value).isAbsolute()).as("absolute IRI %s", value).isTrue();
    }

    static void date(String value) {
        assertThat(value).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
        OffsetDateTime.parse(value);
    }
}
