package de.souveraen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

class TestTokensTest {

    /** The shipped public key, read from the source tree as a consumer of the PEM would. */
    private static PublicKey shippedPublicKey() throws Exception {
        String pem = Files.readString(Path.of("src/main/resources/souveraen-test-keys/test-only-public-key.pem"));
        String body = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        assertThat(TestTokens.publicKeyPemBody()).isEqualTo(body);
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    private static JwtConsumer consumer(PublicKey key) {
        return new JwtConsumerBuilder()
                .setVerificationKey(key)
                .setExpectedIssuer(TestTokens.ISSUER)
                .setExpectedAudience(TestTokens.AUDIENCE)
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireSubject()
                .build();
    }

    @Test
    void the_signature_verifies_with_the_shipped_public_key() throws Exception {
        String token = TestTokens.administration();
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);

        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(shippedPublicKey());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"alg\":\"RS256\"").contains("\"kid\":\"" + TestTokens.KEY_ID + "\"");
    }

    @Test
    void carries_the_claims_and_roles_a_keycloak_token_has() throws Exception {
        JwtClaims claims = consumer(shippedPublicKey()).processToClaims(
                TestTokens.withRoles("m.muster", "Maria Muster", "workgroup", "council"));
        assertThat(claims.getIssuer()).isEqualTo("https://souveraen.test/issuer");
        assertThat(claims.getSubject()).isEqualTo("m.muster");
        assertThat(claims.getStringClaimValue("preferred_username")).isEqualTo("m.muster");
        assertThat(claims.getStringClaimValue("name")).isEqualTo("Maria Muster");
        assertThat(claims.getStringClaimValue("email")).isEqualTo("m.muster@blankenheim.test");
        assertThat(claims.getClaimValue("realm_access", Map.class)).containsEntry("roles", List.of("workgroup", "council"));
        long now = Instant.now().getEpochSecond();
        assertThat(claims.getIssuedAt().getValue()).isBetween(now - 60, now + 1);
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(3600);
    }

    @Test
    void the_three_standard_users_have_one_role_each() throws Exception {
        JwtConsumer consumer = consumer(shippedPublicKey());
        assertThat(roles(consumer.processToClaims(TestTokens.administration()))).containsExactly("administration");
        assertThat(roles(consumer.processToClaims(TestTokens.workgroup()))).containsExactly("workgroup");
        assertThat(roles(consumer.processToClaims(TestTokens.council()))).containsExactly("council");
    }

    @Test
    void tokens_are_issued_for_the_suite_except_the_foreign_clients_and_the_role_less_has_no_role() throws Exception {
        JwtConsumer consumer = consumer(shippedPublicKey());
        assertThat(consumer.processToClaims(TestTokens.council()).getAudience()).containsExactly("souveraen");
        assertThat(roles(consumer.processToClaims(TestTokens.roleLess()))).isEmpty();
        assertThatThrownBy(() -> consumer.processToClaims(TestTokens.foreignClient()))
                .isInstanceOf(InvalidJwtException.class).hasMessageContaining("Audience");
    }

    @Test
    void an_expired_token_is_refused_though_its_signature_is_valid() throws Exception {
        assertThatThrownBy(() -> consumer(shippedPublicKey()).processToClaims(TestTokens.expired()))
                .isInstanceOf(InvalidJwtException.class)
                .satisfies(e -> assertThat(((InvalidJwtException) e).hasExpired()).isTrue());
    }

    @Test
    void claims_can_be_changed_before_signing() throws Exception {
        Map<String, Object> claims = TestTokens.claims("x", "X \"Quoted\" Ünïcode\n", Instant.now(),
                Instant.now().plusSeconds(60), "administration");
        claims.put("iss", "https://elsewhere.test");
        String token = TestTokens.signed(claims);
        assertThatThrownBy(() -> consumer(shippedPublicKey()).processToClaims(token)).isInstanceOf(InvalidJwtException.class);
        JwtClaims parsed = new JwtConsumerBuilder().setVerificationKey(shippedPublicKey())
                .setExpectedAudience(TestTokens.AUDIENCE).build().processToClaims(token);
        assertThat(parsed.getStringClaimValue("name")).isEqualTo("X \"Quoted\" Ünïcode\n");
    }

    @SuppressWarnings("unchecked")
    private static List<String> roles(JwtClaims claims) throws Exception {
        return (List<String>) claims.getClaimValue("realm_access", Map.class).get("roles");
    }
}
