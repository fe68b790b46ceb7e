package com.skylightchat.tickets.stub.matching;

import au.com.dius.pact.core.matchers.BodyMismatch;
import au.com.dius.pact.core.matchers.BodyTypeMismatch;
import au.com.dius.pact.core.matchers.CookieMismatch;
import au.com.dius.pact.core.matchers.HeaderMismatch;
import au.com.dius.pact.core.matchers.MethodMismatch;
import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.core.matchers.PathMismatch;
import au.com.dius.pact.core.matchers.QueryMismatch;
import com.skylightchat.tickets.stub.http.Secrets;

/**
 * Turns Pact JVM mismatches into one plain sentence each, naming the part of the request (method, path, query
 * parameter, header, body path). Values of secret headers are never repeated: a wrong {@code X-Api-Key} is
 * reported as "does not match", not with the expected key.
 */
final class MismatchWords {

    private MismatchWords() {
    }

    static String describe(Mismatch mismatch) {
        if (mismatch instanceof MethodMismatch m) {
            return "method: expected " + m.getExpected() + " but was " + m.getActual();
        }
        if (mismatch instanceof PathMismatch p) {
            return "path: expected " + p.getExpected() + " but was " + p.getActual();
        }
        if (mismatch instanceof QueryMismatch q) {
            return "query parameter '" + q.getQueryParameter() + "': " + q.description();
        }
        if (mismatch instanceof HeaderMismatch h) {
            return header(h);
        }
        if (mismatch instanceof BodyMismatch b) {
            return "body " + b.getPath() + ": " + b.getMismatch();
        }
        if (mismatch instanceof BodyTypeMismatch t) {
            return "body: expected content type " + t.getExpected() + " but was " + t.getActual();
        }
        if (mismatch instanceof CookieMismatch c) {
            return "cookies: expected " + c.getExpected().size() + " cookie(s) not sent";
        }
        return mismatch.description();
    }

    private static String header(HeaderMismatch h) {
        String name = h.getHeaderKey();
        if (Secrets.isSecret(name)) {
            boolean missing = h.getActual() == null || h.getActual().isEmpty();
            return "header '" + name + "': " + (missing ? "missing, the interaction requires it"
                    : "the value sent does not match the interaction's (value not shown)");
        }
        return "header '" + name + "': " + h.getMismatch();
    }
}
