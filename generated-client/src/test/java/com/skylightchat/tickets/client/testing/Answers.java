package com.skylightchat.tickets.client.testing;

import com.skylightchat.tickets.testsupport.Answer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The answers one route gives, in turn; the last one is repeated for every later request. Thread-safe: the
 * server's handler threads take from it concurrently.
 */
final class Answers {
    private final Deque<Answer> remaining;

    Answers(List<Answer> inTurn) {
        if (inTurn.isEmpty()) {
            throw new IllegalArgumentException("At least one answer is needed");
        }
        this.remaining = new ArrayDeque<>(inTurn);
    }

    synchronized Answer next() {
        return remaining.size() > 1 ? remaining.removeFirst() : remaining.getFirst();
    }
}
