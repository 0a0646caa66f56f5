package de.souveraen.contracts;

/** A type name (or class) that the registry does not know. For a consumer this is a poison event. */
public class UnknownEventTypeException extends RuntimeException {
    public UnknownEventTypeException(String typeName) {
        super("unknown event type: " + typeName);
    }
}
