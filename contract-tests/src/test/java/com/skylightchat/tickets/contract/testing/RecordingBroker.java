package com.skylightchat.tickets.contract.testing;

import com.skylightchat.tickets.testsupport.Answer;
import com.skylightchat.tickets.testsupport.CannedResponse;
import com.skylightchat.tickets.testsupport.LoopbackHttpServer;
import com.skylightchat.tickets.testsupport.RecordedRequest;
import java.util.List;

import static com.skylightchat.tickets.testsupport.CannedResponse.halJson;

/**
 * A stand-in for a Pact Broker on a {@link LoopbackHttpServer}: it answers the HAL index with a
 * {@code pb:publish-contracts} link and records every publication it receives. It accepts publications, or rejects them with {@link #REJECTION}
 * the way a broker refuses to change published content (409 with {@code errors} and {@code notices}),
 * and then also answers can-i-deploy with "not deployable" and {@link #MATRIX_REASON}. Like a
 * protected broker it challenges requests without {@code Authorization} (401, {@code WWW-Authenticate: Basic}).
 * Thread-safe; close it to free the port.
 */
public final class RecordingBroker implements AutoCloseable {

    public static final String REJECTION = "Cannot change the content of the pact for skylight-tickets-java-client "
            + "version 1.0.0 and provider skylight-tickets-api, as race conditions will cause unreliable results";

    public static final String MATRIX_REASON = "There is no verified pact between the version of "
            + "skylight-tickets-java-client and the version of skylight-tickets-api currently in production";

    private final boolean rejecting;
    private final LoopbackHttpServer server;

    private RecordingBroker(boolean rejecting) {
        this.rejecting = rejecting;
        this.server = LoopbackHttpServer.start(this::answer);
    }

    public static RecordingBroker accepting() {
        return new RecordingBroker(false);
    }

    public static RecordingBroker rejecting() {
        return new RecordingBroker(true);
    }

    public String baseUrl() {
        return server.url();
    }

    public List<RecordedRequest> received() {
        return server.requests();
    }

    /** The publication requests that carried credentials (those a protected broker would act on). */
    public List<RecordedRequest> publications() {
        return server.requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/contracts/publish"))
                .filter(r -> r.header("Authorization") != null)
                .toList();
    }

    private Answer answer(RecordedRequest request) {
        String path = request.path();
        if (request.header("Authorization") == null) {
            // As a protected broker does: clients using basic auth send credentials only after this challenge.
            return halJson(401, "{\"error\":\"Unauthorized\"}").withHeader("WWW-Authenticate",
                    "Basic realm=\"Pact Broker\"");
        } else if (request.method().equals("GET") && path.equals("/")) {
            return halJson(200, "{\"_links\":{\"pb:publish-contracts\":{\"href\":\"" + baseUrl()
                    + "/contracts/publish\",\"title\":\"Publish contracts\"}}}");
        } else if (path.equals("/contracts/publish") && !rejecting) {
            return halJson(200, "{\"notices\":[{\"level\":\"success\",\"text\":\"Pact published\"}],"
                    + "\"_embedded\":{},\"_links\":{}}");
        } else if (path.equals("/contracts/publish")) {
            return halJson(409, "{\"errors\":{\"contracts\":[\"" + REJECTION + "\"]},"
                    + "\"notices\":[{\"level\":\"error\",\"text\":\"" + REJECTION + "\"}]}");
        } else if (path.equals("/matrix")) {
            return halJson(200, "{\"summary\":{\"deployable\":" + !rejecting + ",\"reason\":\"" + MATRIX_REASON
                    + "\",\"success\":0,\"failed\":0,\"unknown\":1},\"matrix\":[]}");
        }
        return halJson(404, "{\"error\":\"not found\"}");
    }

    @Override
    public void close() {
        server.close();
    }
}
