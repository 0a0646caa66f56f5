package de.souveraen.contracts;

/** A payload that does not fit its declared type. For a consumer this is a poison event. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String typeName, String reason) {
        super("malformed " + typeName + ": " + reason);
    }
}
