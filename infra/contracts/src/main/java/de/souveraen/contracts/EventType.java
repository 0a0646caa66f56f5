package de.souveraen.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable, published name of an event type, for example {@code budget.ExpenseBooked.v1}.
 * <p>
 * The name is what is stored and published; the Java class name never is. Renaming or moving the record
 * changes nothing on the wire. Changing the shape of a published event means a new record with a new
 * name ({@code .v2}) and an {@link Upcaster} from the old one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    String value();
}
