package de.souveraen.inventory.csv;

/** A cell that cannot be read (bad number, bad date, unknown label), with a stable code and both messages. */
public class CellException extends RuntimeException {
    private final String code;
    private final String messageDe;

    public CellException(String code, String messageDe, String messageEn) {
        super(messageEn);
        this.code = code;
        this.messageDe = messageDe;
    }

    public String code() {
        return code;
    }

    public String messageDe() {
        return messageDe;
    }

    public String messageEn() {
        return getMessage();
    }
}
