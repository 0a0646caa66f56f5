package de.souveraen.workgroup.member;

import de.souveraen.contracts.workgroup.Person;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import java.util.regex.Pattern;

/** Given and family name are required, the e-mail optional but plausible. */
final class PersonRules {
    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private PersonRules() {
    }

    static Person normalise(Person person) {
        Check.present("person", "Die Person", person);
        String given = Check.text("person.givenName", "Der Vorname", person.givenName(), MAX_NAME);
        String family = Check.text("person.familyName", "Der Nachname", person.familyName(), MAX_NAME);
        String email = Check.optionalText("person.email", "Die E-Mail-Adresse", person.email(), MAX_EMAIL);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw Rejection.invalid("invalid-email", "person.email", "Die E-Mail-Adresse ist ungültig.",
                    "person.email is not a valid e-mail address.");
        }
        return new Person(given, family, email);
    }
}
