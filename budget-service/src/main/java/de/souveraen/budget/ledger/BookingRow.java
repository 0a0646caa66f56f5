package de.souveraen.budget.ledger;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A row of the bookings journal's table ({@link JournalTable} writes it). Read-only for Hibernate. */
@Entity
@Table(name = "bud_booking")
@IdClass(YearRowKey.class)
public class BookingRow extends PanacheEntityBase {
    @Id
    public String tenant;
    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;
    @Id
    public UUID id;
    public long seq;
    public long version;
    @Enumerated(EnumType.STRING)
    public Ledger.BookingKind kind;
    @Column(name = "line_code")
    public String lineCode;
    @Column(name = "vendor_key")
    public String vendorKey;
    @Column(name = "booked_on")
    public LocalDate bookedOn;
    @ColumnTransformer(read = "cast(booking as text)")
    public String booking;

    /** The journal's filters; {@code null}: any. {@code vendor} is a part of the vendor's name, any case. */
    public record Filter(String lineCode, String vendor, LocalDate from, LocalDate to, Ledger.BookingKind kind) {
    }

    /** A page of a municipality's journal of one year, in booking order, with the total of matching rows. */
    static Uni<de.souveraen.eventstore.web.Page<Ledger.Booking>> page(String tenant, int year, Filter filter,
            de.souveraen.eventstore.web.Page.Request request) {
        if (hasNul(filter.lineCode()) || hasNul(filter.vendor())) {
            // no stored text holds NUL (JsonTextRules), and PostgreSQL takes none in a parameter
            return Uni.createFrom().item(new de.souveraen.eventstore.web.Page<>(List.of(), request.page(),
                    request.size(), 0));
        }
        StringBuilder where = new StringBuilder("tenant = :tenant and fiscalYear = :year");
        Parameters parameters = Parameters.with("tenant", tenant).and("year", year);
        if (filter.lineCode() != null) {
            where.append(" and lineCode = :lineCode");
            parameters.and("lineCode", filter.lineCode());
        }
        if (filter.vendor() != null) {
            where.append(" and locate(:vendor, vendorKey) > 0");
            parameters.and("vendor", JournalTable.vendorKey(filter.vendor()));
        }
        if (filter.from() != null) {
            where.append(" and bookedOn >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and bookedOn <= :to");
            parameters.and("to", filter.to());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            parameters.and("kind", filter.kind());
        }
        var query = BookingRow.<BookingRow>find(where.toString(), Sort.by("seq"), parameters);
        return query.count().chain(total -> query.page(request.page(), request.size()).list()
                .map(rows -> new de.souveraen.eventstore.web.Page<>(rows.stream().map(row -> JournalTable.read(
                        row.booking)).toList(), request.page(), request.size(), total)));
    }

    private static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    /** The whole journal of a municipality's year, in booking order (the CSV file). */
    static Uni<List<Ledger.Booking>> all(String tenant, int year) {
        return BookingRow.<BookingRow>find("tenant = :tenant and fiscalYear = :year", Sort.by("seq"),
                Parameters.with("tenant", tenant).and("year", year)).list()
                .map(rows -> rows.stream().map(row -> JournalTable.read(row.booking)).toList());
    }
}
