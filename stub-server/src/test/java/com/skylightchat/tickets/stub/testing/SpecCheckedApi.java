package com.skylightchat.tickets.stub.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.skylightchat.tickets.spec.validation.SpecViolation;
import com.skylightchat.tickets.testsupport.BundledSpec;
import com.skylightchat.tickets.testsupport.Http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls the API of a running stub and judges every exchange with the project's one spec validator
 * ({@link BundledSpec}), so no answer a test sees can differ from the spec unnoticed: the
 * response must agree with the spec whatever the request was. The only answers the spec cannot judge are the stub's
 * own refusals of requests the spec does not have (400 malformed JSON, 404 unknown path, 405, 415, 507 full): for
 * those it checks the spec's error shape {@code {"success": false, "message": …}} itself. Thread-safe.
 */
public final class SpecCheckedApi {

    private static final Set<Integer> STUB_OWN = Set.of(400, 404, 405, 415, 507);

    /** An exchange that passed the check, with what the validator said about the request. */
    public record Exchange(HttpResponse<String> response, List<SpecViolation> requestViolations) {
        public int status() {
            return response.statusCode();
        }

        public JsonNode json() {
            return Http.json(response);
        }
    }

    private final Http http;
    private final String apiKey;

    /** @param apiKey sent as {@code X-Api-Key} by {@link #get} and {@link #post}; {@code null} for none */
    public SpecCheckedApi(URI origin, String apiKey) {
        this.http = new Http(origin);
        this.apiKey = apiKey;
    }

    public Exchange get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, headers(null));
    }

    public Exchange post(String path, String json) {
        return send("POST", path, json, headers("application/json"));
    }

    /** Any request: {@code headers} as name/value pairs, {@code body} {@code null} for none. */
    public Exchange send(String method, String pathAndQuery, String body, Map<String, String> headers) {
        HttpRequest.Builder builder = http.request(pathAndQuery).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        HttpResponse<String> response = http.send(builder.build());
        List<SpecViolation> violations = BundledSpec.check(response.request(), body, response, response.body());
        List<SpecViolation> inResponse = violations.stream().filter(v -> !v.inRequest()).toList();
        if (STUB_OWN.contains(response.statusCode()) && inResponse.stream().allMatch(v -> v.where()
                .equals("response.status"))) {
            JsonNode error = Http.json(response);
            assertThat(error.path("success").isBoolean() && !error.get("success").asBoolean()
                    && error.path("message").isTextual()).as("the error shape of %s", response.body()).isTrue();
        } else {
            assertThat(inResponse).as("%s %s -> %s %s", method, pathAndQuery, response.statusCode(),
                    response.body()).isEmpty();
        }
        return new Exchange(response, violations.stream().filter(SpecViolation::inRequest).toList());
    }

    private Map<String, String> headers(String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (apiKey != null) {
            headers.put("X-Api-Key", apiKey);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return headers;
    }
}
