package de.souveraen.workgroup.oparl;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The answer for an OParl file access (OParl 1.1, "Dateizugriffe"): the text with {@code Content-Length} and
 * {@code Last-Modified}; the download URL sends {@code Content-Disposition: attachment} with the file name, the access
 * URL never does.
 */
final class OParlFiles {
    private OParlFiles() {
    }

    static Response answer(OParlTables.MeetingDocument doc, boolean download) {
        byte[] body = doc.text().getBytes(StandardCharsets.UTF_8);
        Response.ResponseBuilder answer = Response.ok(body, "text/plain; charset=UTF-8")
                .header("Content-Length", body.length)
                .header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(doc.modified().atOffset(
                        ZoneOffset.UTC)));
        if (download) {
            answer.header("Content-Disposition", "attachment; filename=\"" + doc.fileName() + "\"");
        } else {
            answer.header("Content-Disposition", "inline; filename=\"" + doc.fileName() + "\"");
        }
        return answer.build();
    }
}
