package de.souveraen.inventory.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a CSV file as German Excel writes it: "CSV UTF-8" starts with a byte order mark; plain "CSV
 * (Trennzeichen-getrennt)" is Windows-1252. Without a BOM the bytes are tried as strict UTF-8 first (pure ASCII
 * and UTF-8 from other tools), and read as Windows-1252 when they are not valid UTF-8. A UTF-16 BOM is honoured.
 */
public final class CsvText {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The text and a human name of the encoding found ({@code UTF-8 (BOM)}, {@code UTF-8}, {@code Windows-1252}). */
    public record Decoded(String text, String encoding) {
    }

    private CsvText() {
    }

    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, UTF8_BOM)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            // the UTF_16 decoder reads the BOM and drops it
            return new Decoded(new String(bytes, StandardCharsets.UTF_16), "UTF-16 (BOM)");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, WINDOWS_1252), "Windows-1252");
        }
    }

    /** UTF-8 with a byte order mark, so Excel opens umlauts correctly. */
    public static byte[] encodeWithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[body.length + UTF8_BOM.length];
        System.arraycopy(UTF8_BOM, 0, out, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, out, UTF8_BOM.length, body.length);
        return out;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
