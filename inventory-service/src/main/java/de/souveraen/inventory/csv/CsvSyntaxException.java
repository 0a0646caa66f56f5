package de.souveraen.inventory.csv;

/** The file cannot be split into records (an unterminated quoted field), with the line where it started. */
public class CsvSyntaxException extends RuntimeException {
    private final int line;
    private final String messageDe;

    public CsvSyntaxException(int line, String messageDe, String messageEn) {
        super(messageEn);
        this.line = line;
        this.messageDe = messageDe;
    }

    public int line() {
        return line;
    }

    public String messageDe() {
        return messageDe;
    }
}
