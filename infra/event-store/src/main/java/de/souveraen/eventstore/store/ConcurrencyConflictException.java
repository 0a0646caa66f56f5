package de.souveraen.eventstore.store;

/** Another writer appended to the stream first: the expected version is stale. Maps to HTTP 409. */
public class ConcurrencyConflictException extends RuntimeException {
    private final String streamId;
    private final long expectedVersion;

    public ConcurrencyConflictException(String streamId, long expectedVersion) {
        super("stream " + streamId + " is no longer at version " + expectedVersion);
        this.streamId = streamId;
        this.expectedVersion = expectedVersion;
    }

    public String streamId() {
        return streamId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
