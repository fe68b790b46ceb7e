package com.skylightchat.tickets.stub.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a client gets when answering it broke (a bug, or a pact whose generator cannot run): a 500 whose JSON says
 * what broke, never a stack trace on the wire or an empty answer; the stack trace goes to the log.
 */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    /** The responder's quick answer ({@code null}: none), or the 500 for what it threw. */
    public static StubResponse quickly(Responder responder, IncomingRequest request) {
        try {
            return responder.quick(request);
        } catch (RuntimeException | StackOverflowError e) {
            return answer(request, e);
        }
    }

    /** The responder's answer, or the 500 for what it threw. */
    public static StubResponse safely(Responder responder, IncomingRequest request) {
        try {
            return responder.respond(request);
        } catch (RuntimeException | StackOverflowError e) {
            return answer(request, e);
        }
    }

    private static StubResponse answer(IncomingRequest request, Throwable e) {
        LOG.error("Answering {} {} failed", request.method(), request.path(), e);
        String why = "the stub failed to answer: " + e;
        return Json.response(500, Json.error(why), Outcome.refused(why));
    }
}
