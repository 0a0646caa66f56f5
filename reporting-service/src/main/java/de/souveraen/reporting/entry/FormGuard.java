package de.souveraen.reporting.entry;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What every rendered form carries: its own idempotency key (a double click or a browser resubmit books once) and a
 * token against cross-site request forgery, an HMAC of the key and the signed-in person's subject under the portal's
 * secret. A post is accepted only with a token that this portal issued to this person for this key; no state is
 * kept on the server.
 */
public final class FormGuard {
    private final byte[] secret;

    /** A guarded form: the key for the write service and the token for the check. */
    public record Issued(String key, String token) {
    }

    public FormGuard(Optional<String> configuredSecret) {
        if (configuredSecret.isPresent() && configuredSecret.get().length() >= 32) {
            this.secret = configuredSecret.get().getBytes(StandardCharsets.UTF_8);
        } else {
            // without a configured secret (local stack, tests): one per process; forms rendered before a restart
            // are refused once and rendered again
            this.secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        }
    }

    public Issued issue(String subject) {
        String key = "form-" + UUID.randomUUID();
        return new Issued(key, token(subject, key));
    }

    /** Whether {@code token} was issued to {@code subject} for {@code key}. */
    public boolean valid(String subject, String key, String token) {
        if (subject == null || key == null || token == null || !key.startsWith("form-") || key.length() > 100) {
            return false;
        }
        return MessageDigest.isEqual(token(subject, key).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    private String token(String subject, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((subject + "\n" + key).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
