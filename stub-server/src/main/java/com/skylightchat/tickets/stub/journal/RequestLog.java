package com.skylightchat.tickets.stub.journal;

import com.skylightchat.tickets.stub.http.Fault;
import com.skylightchat.tickets.stub.http.Outcome;
import com.skylightchat.tickets.stub.http.StubResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request on logger {@value #NAME} (INFO): method, path, status, the interaction that answered or
 * why none did, and the time taken. The path is logged without its query string; a reason may quote a received query
 * or header value, but never a secret header's ({@link com.skylightchat.tickets.stub.http.Secrets}), so API keys
 * cannot leak into logs. Thread-safe.
 */
public final class RequestLog {

    public static final String NAME = "com.skylightchat.tickets.stub.requests";
    private static final Logger LOG = LoggerFactory.getLogger(NAME);

    private final boolean enabled;

    public RequestLog(boolean enabled) {
        this.enabled = enabled && LOG.isInfoEnabled();
    }

    /** @param micros how long the stub took to decide the answer (an injected delay comes on top, and is named) */
    public void log(String method, String path, StubResponse response, long micros) {
        if (!enabled) {
            return;
        }
        Outcome outcome = response.outcome();
        String taken = time(micros) + fault(response.fault());
        if (outcome.interaction() != null) {
            LOG.info("{} {} -> {} '{}'{} {}", method, path, response.status(), outcome.interaction(),
                    outcome.state() == null ? "" : " [state '" + outcome.state() + "']", taken);
        } else {
            LOG.info("{} {} -> {} {} {}", method, path, response.status(), outcome.reason(), taken);
        }
    }

    private static String time(long micros) {
        return micros < 1000 ? micros + " µs" : String.format("%.1f ms", micros / 1000.0);
    }

    private static String fault(Fault fault) {
        if (fault.isNone()) {
            return "";
        }
        String delay = fault.delay().isZero() ? "" : " held back " + fault.delay().toMillis() + " ms";
        return " (fault injected:" + delay + (fault.drop() ? (delay.isEmpty() ? "" : ",") + " connection dropped" : "")
                + ")";
    }
}
