package de.souveraen.workgroup.training;

import de.souveraen.contracts.workgroup.Audience;
import de.souveraen.contracts.workgroup.TrainingDetails;
import de.souveraen.contracts.workgroup.TrainingFormat;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Violations.Codes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The details of a training: title, date, format, at least one audience (kept in enum order, once each), length in
 * hours (more than 0, at most {@link #MAX_HOURS}, at most two decimals, kept with scale 2), topics and provider.
 */
final class TrainingRules {
    static final int MAX_TITLE = 200;
    static final int MAX_TOPIC = 100;
    static final int MAX_TOPICS = 30;
    static final int MAX_PROVIDER = 200;
    static final int MAX_OUTCOME = 1000;
    static final int MAX_OUTCOMES = 50;
    static final int MAX_PARTICIPANTS = 100_000;
    static final BigDecimal MAX_HOURS = new BigDecimal("500");

    private TrainingRules() {
    }

    static TrainingDetails normalise(TrainingDetails details) {
        Check.present("details", "Die Angaben zur Schulung", details);
        String title = Check.text("title", "Der Titel", details.title(), MAX_TITLE);
        LocalDate date = Check.present("date", "Das Datum", details.date());
        TrainingFormat format = Check.present("format", "Das Format", details.format());
        List<Audience> audience = audience(details.audience());
        BigDecimal hours = hours("hours", details.hours());
        List<String> topics = Check.texts("topics", "Ein Thema", details.topics(), MAX_TOPIC, MAX_TOPICS);
        String provider = Check.optionalText("provider", "Der Anbieter", details.provider(), MAX_PROVIDER);
        return new TrainingDetails(title, date, format, audience, hours, topics, provider);
    }

    /** Hours are not money, so the limit is the training's own; the codes are the kernel's. */
    static BigDecimal hours(String field, BigDecimal hours) {
        Check.present(field, "Die Dauer in Stunden", hours);
        if (hours.stripTrailingZeros().scale() > 2) {
            throw Check.invalid(Codes.TOO_MANY_DECIMALS, field, "Die Dauer darf höchstens zwei Nachkommastellen haben.",
                    field + " must have at most two decimals.");
        }
        if (hours.signum() <= 0) {
            throw Check.invalid(Codes.NOT_POSITIVE, field, "Die Dauer muss größer als 0 Stunden sein.",
                    field + " must be greater than 0 hours.");
        }
        if (hours.compareTo(MAX_HOURS) > 0) {
            throw Check.invalid(Codes.TOO_LARGE, field, "Die Dauer darf höchstens " + MAX_HOURS + " Stunden betragen.",
                    field + " must be at most " + MAX_HOURS + " hours.");
        }
        return hours.setScale(2);
    }

    private static List<Audience> audience(List<Audience> audience) {
        if (audience == null || audience.isEmpty()) {
            throw Check.missing("audience", "Die Zielgruppe");
        }
        Set<Audience> set = EnumSet.noneOf(Audience.class);
        for (int i = 0; i < audience.size(); i++) {
            set.add(Check.present("audience[" + i + "]", "Die Zielgruppe", audience.get(i)));
        }
        return List.copyOf(set);
    }
}
