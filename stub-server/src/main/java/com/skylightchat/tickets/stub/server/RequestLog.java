package com.skylightchat.tickets.stub.server;

import com.skylightchat.tickets.stub.matching.MatchOutcome;
import com.skylightchat.tickets.stub.matching.NearMiss;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * One log line per request on logger {@value #NAME} (INFO): method, path, status, the interaction that answered
 * or why none did, and the time taken. The path is logged without its query string; the reason a request was not
 * matched may quote a received query or header value, but never a secret header's ({@link
 * com.skylightchat.tickets.stub.matching.Secrets}), so API keys cannot leak into logs. Thread-safe.
 */
final class RequestLog {

    static final String NAME = "com.skylightchat.tickets.stub.requests";
    private static final Logger LOG = LoggerFactory.getLogger(NAME);

    private final boolean enabled;

    RequestLog(boolean enabled) {
        this.enabled = enabled && LOG.isInfoEnabled();
    }

    void matched(String method, String path, int status, String interaction, String state, long micros) {
        if (enabled) {
            LOG.info("{} {} -> {} '{}'{} {}", method, path, status, interaction,
                    state == null ? "" : " [state '" + state + "']", time(micros));
        }
    }

    void notMatched(String method, String path, MatchOutcome.NotMatched outcome, long micros) {
        if (enabled) {
            List<NearMiss> nearMisses = outcome.nearMisses();
            String why = outcome.basePathHint() != null ? outcome.basePathHint()
                    : nearMisses.isEmpty() ? "no interactions loaded"
                    : "nearest '" + nearMisses.get(0).interaction().description() + "': "
                    + nearMisses.get(0).reasons().get(0);
            LOG.info("{} {} -> 404 no interaction matched ({}) {}", method, path, why, time(micros));
        }
    }

    void rejected(String method, String path, int status, String why, long micros) {
        if (enabled) {
            LOG.info("{} {} -> {} {} {}", method, path, status, why, time(micros));
        }
    }

    private static String time(long micros) {
        return micros < 1000 ? micros + " µs" : String.format("%.1f ms", micros / 1000.0);
    }
}
