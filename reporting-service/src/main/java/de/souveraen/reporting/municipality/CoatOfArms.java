package de.souveraen.reporting.municipality;

import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The rules for a coat of arms (pure): a PNG (by its signature) or an SVG of at most {@link #MAX_BYTES}; an SVG is
 * parsed without a DTD and refused when it could run script or load anything (script, foreignObject, event-handler
 * attributes, links other than to its own fragments, CSS with {@code url(} or {@code @import}). It is served with
 * its own type, {@code nosniff} and a sandboxing content security policy besides.
 */
public final class CoatOfArms {
    public static final int MAX_BYTES = 64 * 1024;
    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
    private static final Set<String> FORBIDDEN = Set.of("script", "foreignobject", "iframe", "embed", "object",
            "audio", "video", "handler", "listener");
    private static final String FIELD = "coatOfArms";
    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("url\\(\\s*['\"]?\\s*(\\S*)");

    private CoatOfArms() {
    }

    /** The media type the bytes are served with, or the rejection naming {@code coatOfArms}. */
    public static String check(String mediaType, byte[] content) {
        if (content == null || content.length == 0) {
            throw Check.missing(FIELD, "Das Wappen");
        }
        if (content.length > MAX_BYTES) {
            throw Check.invalid("too-large", FIELD, "Das Wappen ist größer als 64 KB.",
                    "The coat of arms is larger than 64 KB.").with("maxBytes", MAX_BYTES);
        }
        String type = mediaType == null ? "" : mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (type.equals(PNG)) {
            for (int i = 0; i < PNG_SIGNATURE.length; i++) {
                if (content.length <= i || content[i] != PNG_SIGNATURE[i]) {
                    throw refused("Die Datei ist kein PNG-Bild.", "The file is not a PNG picture.");
                }
            }
            return PNG;
        }
        if (type.equals(SVG)) {
            svg(content);
            return SVG;
        }
        throw Check.invalid("unsupported-type", FIELD, "Ein Wappen ist ein PNG- oder SVG-Bild (image/png,"
                + " image/svg+xml).", "A coat of arms is a PNG or SVG picture (image/png, image/svg+xml).");
    }

    private static void svg(byte[] content) {
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            doc = builder.parse(new ByteArrayInputStream(content));
        } catch (Exception e) {
            throw refused("Die Datei ist kein lesbares SVG-Bild (ohne DTD).",
                    "The file is not a readable SVG picture (without a DTD).");
        }
        Element root = doc.getDocumentElement();
        if (!"svg".equals(root.getLocalName()) || !"http://www.w3.org/2000/svg".equals(root.getNamespaceURI())) {
            throw refused("Die Datei ist kein SVG-Bild.", "The file is not an SVG picture.");
        }
        visit(root);
    }

    private static void visit(Node node) {
        if (node.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
            throw refused("Das SVG-Bild enthält eine Verarbeitungsanweisung.",
                    "The SVG picture contains a processing instruction.");
        }
        if (node instanceof Element element) {
            String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
            if (FORBIDDEN.contains(name.toLowerCase(Locale.ROOT))) {
                throw refused("Das SVG-Bild enthält ein nicht erlaubtes Element (" + name + ").",
                        "The SVG picture contains an element that is not allowed (" + name + ").");
            }
            if (name.equals("style") && unsafeCss(element.getTextContent())) {
                throw refused("Das SVG-Bild lädt Inhalte nach.", "The SVG picture loads further content.");
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                String attr = (attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName())
                        .toLowerCase(Locale.ROOT);
                String value = attribute.getNodeValue() == null ? "" : attribute.getNodeValue().trim();
                if (attr.startsWith("on")) {
                    throw refused("Das SVG-Bild enthält Skript (" + attr + ").",
                            "The SVG picture contains script (" + attr + ").");
                }
                if (attr.equals("href") && !value.startsWith("#")) {
                    throw refused("Das SVG-Bild verweist auf andere Inhalte.",
                            "The SVG picture refers to other content.");
                }
                if (unsafeCss(value)) {
                    throw refused("Das SVG-Bild lädt Inhalte nach.", "The SVG picture loads further content.");
                }
            }
        }
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            visit(children.item(i));
        }
    }

    private static boolean unsafeCss(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        java.util.regex.Matcher url = URL.matcher(t);
        while (url.find()) {
            if (!url.group(1).startsWith("#")) {
                return true; // only references to the picture's own fragments (gradients, clip paths)
            }
        }
        return t.contains("@import") || t.contains("javascript:");
    }

    private static Rejection refused(String de, String en) {
        return Check.invalid("unsafe-picture", FIELD, de, en);
    }
}
