package com.skylightchat.tickets.testsupport;

/** How a {@link LoopbackHttpServer} answers: one {@link Answer} per request, from what the request carried. */
@FunctionalInterface
public interface Responder {

    Answer answer(RecordedRequest request);
}
