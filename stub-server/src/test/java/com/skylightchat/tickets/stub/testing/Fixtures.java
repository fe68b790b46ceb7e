package com.skylightchat.tickets.stub.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Paths of the hand-written fixture pacts under {@code src/test/resources/pacts}. */
public final class Fixtures {

    public static final String API_KEY = "test-api-key";
    public static final String ANSWERED = "ticket 14 exists with status answered";
    public static final String CLOSED = "ticket 14 exists with status closed";

    private Fixtures() {
    }

    /** The V4 fixture modelled on the spec (ticket 14 ABX9Y2KL, replies, departments, 401/404/422). */
    public static Path v4() {
        return resource("pacts/v4/skylight-tickets-fixture-skylight-tickets-api.json");
    }

    /** The V3 fixture, as pact-js writes it. */
    public static Path v3() {
        return resource("pacts/v3/skylight-tickets-web-skylight-tickets-api.json");
    }

    public static Path v3Dir() {
        return v3().getParent();
    }

    public static Path broken(String name) {
        return resource("pacts/broken/" + name);
    }

    public static Path resource(String name) {
        URL url = Fixtures.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
