package de.souveraen.reporting.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A small writer for accessible, self-contained SVG: {@code role="img"}, a {@code <title>} and {@code <desc>}
 * referenced by {@code aria-labelledby}, every text escaped. Coordinates are written with a fixed format so the
 * same figures give the same bytes (in the portal and in the PDF alike).
 */
final class Svg {
    private final StringBuilder out = new StringBuilder();

    Svg(String id, int width, int height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" font-family=\"sans-serif\" font-size=\"12\">");
        out.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        out.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
    }

    /** Escapes text for XML content and attribute values (HTML-safe too). */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // control characters other than tab/newline are not allowed in XML 1.0
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        escaped.append('\ufffd');
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    static String num(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    Svg rect(double x, double y, double width, double height, String fill, String stroke, String tooltip) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(Math.max(0, width))).append("\" height=\"").append(num(Math.max(0, height)))
                .append("\" fill=\"").append(fill).append('"');
        if (stroke != null) {
            out.append(" stroke=\"").append(stroke).append('"');
        }
        if (tooltip != null) {
            out.append("><title>").append(escape(tooltip)).append("</title></rect>");
        } else {
            out.append("/>");
        }
        return this;
    }

    Svg text(double x, double y, String text, String anchor, String fill, boolean bold) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" fill=\"").append(fill).append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        out.append('>').append(escape(text)).append("</text>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        out.append(String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" "
                + "stroke-width=\"%s\"%s/>", num(x1), num(y1), num(x2), num(y2), stroke, num(width),
                dashed ? " stroke-dasharray=\"4 3\"" : ""));
        return this;
    }

    Svg polyline(String points, String stroke, double width) {
        out.append("<polyline points=\"").append(points).append("\" fill=\"none\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(num(width)).append("\"/>");
        return this;
    }

    String end() {
        return out.append("</svg>").toString();
    }
}
