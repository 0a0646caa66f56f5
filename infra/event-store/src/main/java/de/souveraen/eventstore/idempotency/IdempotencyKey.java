package de.souveraen.eventstore.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A client's {@code Idempotency-Key} within a scope (e.g. {@code budget:2026:expenses}), with the hash of the
 * request it came with. The same key with the same request returns the first answer; with another request
 * it is refused.
 */
public record IdempotencyKey(String scope, String key, String requestHash) {
    /** Keys are opaque to us but bounded: printable ASCII, 1 to 200 characters. */
    public static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern.compile("^[\\x21-\\x7E]{1,200}$");

    public IdempotencyKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(requestHash, "requestHash");
    }

    /**
     * This key as the key of one user: a key is the client's, and two users who happen to send the same key never
     * see each other's answer (nor get each other's request refused).
     */
    public IdempotencyKey of(String subject) {
        return new IdempotencyKey(scope + "@" + subject, key, requestHash);
    }

    public static boolean wellFormed(String key) {
        return key != null && FORMAT.matcher(key).matches();
    }

    /** SHA-256 over a canonical form of the request (for JSON: the parsed command, not the raw bytes). */
    public static String hash(String canonicalRequest) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
