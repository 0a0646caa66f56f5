package de.souveraen.contracts;

/**
 * CloudEvents 1.0, Kafka protocol binding, binary content mode: the attributes travel as {@code ce_}
 * headers, the value is the event payload as JSON. Extension attribute names follow the spec
 * (lower-case letters and digits only).
 */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    /** Extension: version of the event in its stream. */
    public static final String STREAM_VERSION = "ce_streamversion";
    /** Extension: aggregate type of the stream. */
    public static final String STREAM_TYPE = "ce_streamtype";
    public static final String TENANT = "ce_tenant";
    /** Extension: token subject of the acting user. */
    public static final String ACTOR = "ce_actor";
    /** Extension: display name of the acting user. */
    public static final String ACTOR_NAME = "ce_actorname";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CAUSATION_ID = "ce_causationid";
    /** Extension: when the owning service committed the event. */
    public static final String RECORDED_AT = "ce_recordedat";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
