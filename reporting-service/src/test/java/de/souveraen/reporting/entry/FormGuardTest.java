package de.souveraen.reporting.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormGuardTest {
    private final FormGuard guard = new FormGuard(Optional.of("a-secret-of-at-least-thirty-two-characters"));

    @Test
    void a_token_is_valid_only_for_the_person_and_the_form_it_was_issued_for() {
        FormGuard.Issued issued = guard.issue("subject-verwaltung");
        assertThat(issued.key()).startsWith("form-");
        assertThat(guard.valid("subject-verwaltung", issued.key(), issued.token())).isTrue();
        assertThat(guard.valid("subject-rat", issued.key(), issued.token())).as("another person").isFalse();
        FormGuard.Issued other = guard.issue("subject-verwaltung");
        assertThat(guard.valid("subject-verwaltung", other.key(), issued.token())).as("another form").isFalse();
        assertThat(guard.valid("subject-verwaltung", issued.key(), "forged")).isFalse();
        assertThat(guard.valid(null, issued.key(), issued.token())).as("anonymous").isFalse();
    }

    @Test
    void another_portal_secret_does_not_accept_the_token() {
        FormGuard.Issued issued = guard.issue("s");
        assertThat(new FormGuard(Optional.of("another-secret-of-at-least-thirty-two-chars")).valid("s", issued.key(),
                issued.token())).isFalse();
        assertThat(new FormGuard(Optional.empty()).valid("s", issued.key(), issued.token())).isFalse();
    }
}
