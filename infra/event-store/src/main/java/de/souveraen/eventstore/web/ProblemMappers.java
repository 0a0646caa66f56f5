package de.souveraen.eventstore.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.idempotency.IdempotencyKeyReusedException;
import de.souveraen.eventstore.store.ConcurrencyConflictException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error of every service as RFC 9457 problem+json naming the field; never a stack trace. Shared by
 * all services through the kernel.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response rejection(Rejection e, HttpServerRequest request) {
        Problem problem = Problem.of(e.kind().status, e.code(), titleDe(e.kind()), titleEn(e.kind()))
                .detail(e.messageDe(), e.messageEn())
                .field(e.field())
                .instance(request.path());
        e.extensions().forEach(problem::with);
        Response response = problem.toResponse();
        if (e.kind() == Rejection.Kind.PRECONDITION_FAILED && e.extensions().get("currentVersion") instanceof Long v) {
            // the current version, so that a client can reload and retry
            return Response.fromResponse(response).header(Http.ETAG, Http.etag(v)).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response conflict(ConcurrencyConflictException e, HttpServerRequest request) {
        return Problem.of(409, "concurrent-modification", "Gleichzeitige Änderung", "Concurrent modification")
                .detail("Der Datensatz wurde gleichzeitig geändert; bitte erneut versuchen.",
                        "The record was changed concurrently; please retry.")
                .instance(request.path()).toResponse();
    }

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotencyKeyReusedException e, HttpServerRequest request) {
        return Problem.of(422, "idempotency-key-reused", "Idempotency-Key bereits verwendet", "Idempotency key reused")
                .detail("Dieser Idempotency-Key wurde schon mit einer anderen Anfrage verwendet.",
                        "This Idempotency-Key was already used with a different request.")
                .field("Idempotency-Key").instance(request.path()).toResponse();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return Problem.of(400, "validation-failed", "Ungültige Eingabe", "Invalid input")
                .detail("Mindestens ein Feld ist ungültig: " + fieldsOf(errors),
                        "At least one field is invalid: " + fieldsOf(errors))
                .errors(errors).instance(request.path()).toResponse();
    }

    /**
     * Quarkus REST maps {@code MismatchedInputException} (e.g. an impossible date) with a built-in mapper of its
     * own, which is more specific than ours for {@code JsonProcessingException}: this one wins for it.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e,
            HttpServerRequest request) {
        return unreadableJson(e, request);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpServerRequest request) {
        String field = null;
        String reasonEn;
        String reasonDe;
        if (e instanceof UnrecognizedPropertyException unknown) {
            field = pathOf(unknown);
            reasonDe = "Unbekanntes Feld " + field;
            reasonEn = "Unknown field " + field;
        } else if (e instanceof InvalidFormatException invalid) {
            field = pathOf(invalid);
            reasonDe = "Wert von " + field + " hat das falsche Format";
            reasonEn = "Value of " + field + " has the wrong format";
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = pathOf(mapping);
            reasonDe = "Wert von " + field + " passt nicht zum erwarteten Typ";
            reasonEn = "Value of " + field + " does not fit the expected type";
        } else {
            reasonDe = "Der Inhalt ist kein gültiges JSON";
            reasonEn = "The body is not valid JSON";
        }
        return Problem.of(400, field == null ? "malformed-json" : "invalid-field", "Ungültige Anfrage", "Bad request")
                .detail(reasonDe, reasonEn).field(field).instance(request.path()).toResponse();
    }

    /**
     * APIs answer 401 problem+json. Pages (everything outside {@code /api/}, {@code /q/}, {@code /oparl/}) get the
     * authentication mechanism's own challenge, so a browser is sent to the sign-in (code flow) of a tenant that has
     * one.
     */
    @ServerExceptionMapper
    public io.smallrye.mutiny.Uni<Response> unauthorized(UnauthorizedException e,
            io.vertx.ext.web.RoutingContext context) {
        String path = context.request().path();
        io.quarkus.vertx.http.runtime.security.HttpAuthenticator authenticator = context
                .get(io.quarkus.vertx.http.runtime.security.HttpAuthenticator.class.getName());
        boolean page = !path.startsWith("/api/") && !path.startsWith("/q/") && !path.startsWith("/oparl/");
        if (!page || authenticator == null) {
            return io.smallrye.mutiny.Uni.createFrom().item(unauthenticated(context.request()));
        }
        return authenticator.getChallenge(context).map(challenge -> {
            if (challenge == null || challenge.status == 401) {
                return unauthenticated(context.request());
            }
            Response.ResponseBuilder builder = Response.status(challenge.status);
            challenge.getHeaders().forEach((name, value) -> builder.header(name.toString(), value));
            return builder.build();
        });
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return Problem.of(403, "forbidden", "Keine Berechtigung", "Forbidden")
                .detail("Ihre Rolle erlaubt diese Aktion nicht.", "Your role does not allow this action.")
                .instance(request.path()).toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        String code = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "server-error" : "bad-request";
        };
        Problem problem = switch (status) {
            case 404 -> Problem.of(404, code, "Nicht gefunden", "Not found");
            case 405 -> Problem.of(405, code, "Methode nicht erlaubt", "Method not allowed");
            case 406 -> Problem.of(406, code, "Format nicht lieferbar", "Not acceptable");
            case 415 -> Problem.of(415, code, "Nicht unterstützter Inhaltstyp", "Unsupported media type")
                    .detail("Erwartet wird application/json (bzw. der dokumentierte Typ).",
                            "Expected application/json (or the documented type).")
                    .field("Content-Type");
            default -> status >= 500 ? Problem.of(status, code, "Serverfehler", "Server error")
                    : Problem.of(status, code, "Ungültige Anfrage", "Bad request");
        };
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return problem.instance(request.path()).toResponse();
    }

    /** The last resort: a 500 problem without internals; the cause goes to the log with an id to find it. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        String incident = java.util.UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return Problem.of(500, "server-error", "Interner Fehler", "Internal error")
                .detail("Die Anfrage konnte nicht verarbeitet werden (Vorfall " + incident + ").",
                        "The request could not be processed (incident " + incident + ").")
                .with("incident", incident).instance(request.path()).toResponse();
    }

    private static Response unauthenticated(HttpServerRequest request) {
        return Response.fromResponse(Problem.of(401, "unauthenticated", "Anmeldung erforderlich", "Authentication required")
                .detail("Bitte mit einem gültigen Token anmelden.", "Please sign in with a valid token.")
                .instance(request.path()).toResponse()).header("WWW-Authenticate", "Bearer").build();
    }

    private static String titleDe(Rejection.Kind kind) {
        return switch (kind) {
            case BAD_REQUEST -> "Ungültige Anfrage";
            case NOT_FOUND -> "Nicht gefunden";
            case CONFLICT -> "Konflikt mit dem aktuellen Stand";
            case TOO_LARGE -> "Zu groß";
            case PRECONDITION_FAILED -> "Inzwischen geändert";
            case PRECONDITION_REQUIRED -> "Versionsangabe fehlt";
            case UNPROCESSABLE -> "Nicht verarbeitbare Angaben";
        };
    }

    private static String titleEn(Rejection.Kind kind) {
        return switch (kind) {
            case BAD_REQUEST -> "Bad request";
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Conflict with the current state";
            case TOO_LARGE -> "Content too large";
            case PRECONDITION_FAILED -> "Precondition failed";
            case PRECONDITION_REQUIRED -> "Precondition required";
            case UNPROCESSABLE -> "Unprocessable content";
        };
    }

    /** {@code lines[2].code} from a Jackson path. */
    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    /**
     * {@code lines[2].code} from a validation path such as {@code book.body.lines[2].code}: the method and
     * parameter nodes are dropped; a query or header parameter keeps its own name.
     */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                field.setLength(0);
                field.append(node.getName());
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getName() != null
                    && node.getName().startsWith("<")) {
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
        }
        String result = field.toString();
        int dot = result.indexOf('.');
        // a body parameter is reported by its members only (amount, not body.amount)
        return dot > 0 && isBodyParameter(result.substring(0, dot)) ? result.substring(dot + 1) : result;
    }

    private static boolean isBodyParameter(String name) {
        return name.equals("body") || name.equals("request") || name.equals("command") || name.equals("arg0")
                || name.equals("arg1") || name.equals("arg2");
    }

    private static String fieldsOf(List<Problem.FieldError> errors) {
        return String.join(", ", errors.stream().map(Problem.FieldError::field).distinct().toList());
    }
}
