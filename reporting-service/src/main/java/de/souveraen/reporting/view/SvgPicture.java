package de.souveraen.reporting.view;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a picture from {@link Charts} says about itself, read back from its markup: its {@code <title>} and
 * {@code <desc>} (the text alternative {@code aria-labelledby} names, already in the report's language) and its
 * size in user units (the {@code viewBox}). Documents that embed the picture as a file take their text alternative
 * from here, so the SVG stays the only source of the labels.
 */
public record SvgPicture(String title, String description, double width, double height) {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    /** Reads an SVG document (no DOCTYPE, no external entities) and returns its title, description and size. */
    public static SvgPicture read(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            Element root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            String[] viewBox = root.getAttribute("viewBox").trim().split("[\\s,]+");
            return new SvgPicture(child(root, "title"), child(root, "desc"), Double.parseDouble(viewBox[2]),
                    Double.parseDouble(viewBox[3]));
        } catch (Exception e) {
            throw new IllegalArgumentException("not a picture from Charts (title, desc and viewBox)", e);
        }
    }

    /** The text of the root's own child element (not a shape's tooltip further down). */
    private static String child(Element root, String name) {
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && SVG_NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        throw new IllegalArgumentException("the picture has no " + name);
    }
}
