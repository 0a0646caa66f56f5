package de.souveraen.eventstore.text;

import java.nio.charset.StandardCharsets;

/**
 * iCalendar content lines as RFC 5545 (3.1) wants them: each line folded at 75 octets — not characters — with CRLF
 * and one space before each continuation, never inside a UTF-8 sequence. Calendar libraries fold by characters,
 * which lets lines with umlauts exceed 75 octets; the services write unfolded and fold here.
 */
public final class IcsLines {
    private IcsLines() {
    }

    /** {@code unfolded} (content lines separated by CRLF) with every line folded at 75 octets, each ending in CRLF. */
    public static String fold(String unfolded) {
        StringBuilder out = new StringBuilder();
        for (String content : unfolded.split("\r\n")) {
            line(out, content);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--; // do not split a UTF-8 sequence
            }
            out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n ");
            start = end;
            limit = 74; // the leading space counts
        }
        out.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)).append("\r\n");
    }
}
