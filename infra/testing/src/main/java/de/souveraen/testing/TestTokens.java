package de.souveraen.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signed RS256 bearer tokens shaped like Keycloak's access tokens (roles in {@code realm_access.roles}), for
 * role tests against a service that verifies them with {@code quarkus.oidc.public-key} (see
 * {@link SouveraenTestResource}).
 *
 * <p>The RSA key pair is fixed and TEST-ONLY: it lies in this module's resources under
 * {@code souveraen-test-keys/} for everyone to read, so a token signed with it proves nothing outside a test.
 * Never configure its public key anywhere but in tests.
 *
 * <p>Claims: {@code iss} ({@link #ISSUER}), {@code aud} ({@link #AUDIENCE}), {@code azp} ({@code cli}), {@code sub}, {@code preferred_username}, {@code name},
 * {@code email}, {@code realm_access.roles}, {@code iat}, {@code exp} (one hour), {@code jti}. Plain JDK
 * crypto, no token library.
 */
public final class TestTokens {
    /** The issuer every test token carries and {@link SouveraenTestResource} expects; never contacted. */
    public static final String ISSUER = "https://souveraen.test/issuer";
    /** The audience every Souverän service demands ({@code quarkus.oidc.token.audience}). */
    public static final String AUDIENCE = "souveraen";
    /** The {@code kid} header of every test token. */
    public static final String KEY_ID = "souveraen-test-only";
    /** How long a fresh token is valid. */
    public static final Duration LIFESPAN = Duration.ofHours(1);

    private static final String KEY_FOLDER = "souveraen-test-keys/";
    private static final String PUBLIC_KEY_RESOURCE = KEY_FOLDER + "test-only-public-key.pem";
    private static final String PRIVATE_KEY_RESOURCE = KEY_FOLDER + "test-only-private-key.pem";

    private static final String PUBLIC_PEM_BODY = pemBody(PUBLIC_KEY_RESOURCE);
    private static final PrivateKey PRIVATE_KEY = privateKeyOf(pemBody(PRIVATE_KEY_RESOURCE));

    private TestTokens() {
    }

    /** A member of the administration (Verwaltung): role {@code administration}. */
    public static String administration() {
        return withRoles("test-administration", "Vera Waltung", "administration");
    }

    /** A member of the working group (AG Digitale Souveränität): role {@code workgroup}. */
    public static String workgroup() {
        return withRoles("test-workgroup", "Arne Gruppe", "workgroup");
    }

    /** A council member (Rat): role {@code council}. */
    public static String council() {
        return withRoles("test-council", "Rita Rat", "council");
    }

    /** A token for {@code subject} (also the {@code preferred_username}) with the given realm roles, valid for an hour. */
    public static String withRoles(String subject, String name, String... roles) {
        Instant now = Instant.now();
        return signed(claims(subject, name, now, now.plus(LIFESPAN), roles));
    }

    /** The municipality of the default test tokens (claim {@code tenant}). */
    public static final String TENANT = "blankenheim";

    /**
     * A token of a user of another municipality ({@code tenant} claim), e.g. the administration of
     * {@code nettersheim}: for isolation tests.
     */
    public static String ofMunicipality(String tenant, String subject, String name, String... roles) {
        Instant now = Instant.now();
        Map<String, Object> claims = claims(subject, name, now, now.plus(LIFESPAN), roles);
        claims.put("tenant", tenant);
        return signed(claims);
    }

    /** Signed in, but with none of the realm roles (the local realm's {@code gast}): may read only what is public. */
    public static String roleLess() {
        return withRoles("test-gast", "Gabi Gast");
    }

    /**
     * An administration token of another client of the realm (Keycloak's {@code admin-cli}): valid signature, issuer
     * and roles, but not issued for this suite — no {@link #AUDIENCE} in {@code aud}. Every service refuses it.
     */
    public static String foreignClient() {
        Instant now = Instant.now();
        Map<String, Object> claims = claims("test-administration", "Vera Waltung", now, now.plus(LIFESPAN),
                "administration");
        claims.put("aud", "account");
        claims.put("azp", "admin-cli");
        return signed(claims);
    }

    /** An administration token that expired an hour ago (its signature is fine): for 401 tests. */
    public static String expired() {
        Instant issued = Instant.now().minus(LIFESPAN).minus(LIFESPAN);
        return signed(claims("test-administration", "Vera Waltung", issued, issued.plus(LIFESPAN), "administration"));
    }

    /**
     * The standard claims of a test token, to change before {@link #signed(Map)} (e.g. another issuer for a
     * negative test).
     */
    public static Map<String, Object> claims(String subject, String name, Instant issuedAt, Instant expiresAt,
            String... roles) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("azp", "cli");
        claims.put("sub", subject);
        claims.put("preferred_username", subject);
        claims.put("name", name);
        claims.put("email", subject + "@blankenheim.test");
        claims.put("tenant", TENANT);
        claims.put("realm_access", Map.of("roles", List.of(roles)));
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", expiresAt.getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    /**
     * A compact RS256 JWS over {@code claims} (values: strings, numbers, booleans, collections, maps, null),
     * signed with the test-only private key.
     */
    public static String signed(Map<String, ?> claims) {
        String header = base64Url(Json.write(Map.of("alg", "RS256", "typ", "JWT", "kid", KEY_ID)));
        String payload = base64Url(Json.write(claims));
        String signingInput = header + "." + payload;
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(PRIVATE_KEY);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RS256 signing failed", e);
        }
    }

    /** The public key as {@code quarkus.oidc.public-key} takes it: the base64 body of its PEM, one line. */
    public static String publicKeyPemBody() {
        return PUBLIC_PEM_BODY;
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String pemBody(String resource) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PrivateKey privateKeyOf(String base64) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bad test private key", e);
        }
    }

    /** Just enough JSON writing for token claims. */
    static final class Json {
        private Json() {
        }

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            append(out, value);
            return out.toString();
        }

        private static void append(StringBuilder out, Object value) {
            if (value == null) {
                out.append("null");
            } else if (value instanceof CharSequence text) {
                string(out, text.toString());
            } else if (value instanceof Number || value instanceof Boolean) {
                out.append(value);
            } else if (value instanceof Map<?, ?> map) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(out, String.valueOf(entry.getKey()));
                    out.append(':');
                    append(out, entry.getValue());
                }
                out.append('}');
            } else if (value instanceof Collection<?> items) {
                out.append('[');
                boolean first = true;
                for (Object item : items) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    append(out, item);
                }
                out.append(']');
            } else if (value instanceof Object[] array) {
                append(out, List.of(array));
            } else {
                string(out, value.toString());
            }
        }

        private static void string(StringBuilder out, String text) {
            out.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }
}
