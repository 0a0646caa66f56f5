package de.souveraen.reporting.entry;

import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;

/**
 * One form of the portal: what it shows, who may use it, and what it sends to which write service. The engine
 * ({@link EntryResource}) does the rest the same way for every form: sign-in and role, the form's idempotency key and
 * CSRF token, the call with the person's token, the refusal shown at the fields, Post/Redirect/Get.
 */
public interface EntryForm {

    /** The path below {@code /entry/}, with {@code {name}} for path parameters: {@code budget/expenses/{id}/reversal}. */
    String path();

    /** The navigation entry the form belongs to ({@code /budget}). */
    String navPath();

    /** The role that sees the form and may send it (the write service checks it again). */
    String role();

    String heading(Lang lang);

    default String intro(Lang lang) {
        return null;
    }

    String submitLabel(Lang lang);

    /** Where "Abbrechen" and, by default, success lead. */
    String back(Call call);

    /** The fields, with options loaded from the owning service; a failed {@link Uni} with {@link Unavailable}. */
    Uni<List<Form.Field>> fields(Call call);

    /** The request for the service built from the entered values, or the fields whose format is wrong. */
    Submission submit(Call call, Map<String, String> values);

    /** The form's name in {@code ?done=}: its path without parameters, {@code budget.expenses.reversal}. */
    default String key() {
        return path().replaceAll("\\{[^}]+}/?", "").replace('/', '.');
    }

    /**
     * The form field a problem's {@code field} (the API's name, e.g. {@code members[2].memberId}) belongs to, given
     * the entered {@code values}, or null when none (the message then goes to the summary only). By default the same
     * name, the object's first part or the list ({@link EntryResource#fieldOf}); a form whose fields are not the
     * API's list positions (e.g. a roll call that sends only the members who voted) maps them itself.
     */
    default String fieldOf(String field, Map<String, String> values) {
        return EntryResource.fieldOf(field, values);
    }

    /** Where to go after the service accepted: the {@link #back} page with the form's notice. */
    default String done(Call call, ServiceClient.Answer answer) {
        return back(call) + (back(call).contains("?") ? "&" : "?") + "done=" + key();
    }

    /** The page's script (its own file: the CSP forbids inline scripts); it must do what {@code /forms.js} does. */
    default String script() {
        return "/forms.js";
    }

    /** What the person sees after success, on the page {@link #done} leads to. */
    String doneNotice(Lang lang);

    /** There is nothing to enter (e.g. no budget adopted yet): the reason is shown instead of the form. */
    final class Unavailable extends RuntimeException {
        private final int status;

        public Unavailable(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** A request to a write service, or the format errors by field. */
    record Submission(Map<String, String> formatErrors, String service, String method, String path,
            Map<String, String> headers, Object body) {

        public static Submission send(String service, String method, String path, Object body) {
            return new Submission(Map.of(), service, method, path, Map.of(), body);
        }

        public static Submission refuse(Map<String, String> formatErrors) {
            return new Submission(formatErrors, null, null, null, Map.of(), null);
        }

        public Submission header(String name, String value) {
            Map<String, String> more = new java.util.LinkedHashMap<>(headers);
            if (value != null) {
                more.put(name, value);
            }
            return new Submission(formatErrors, service, method, path, more, body);
        }
    }
}
