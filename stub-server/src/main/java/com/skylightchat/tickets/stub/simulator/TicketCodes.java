package com.skylightchat.tickets.stub.simulator;

import java.util.Random;
import java.util.Set;

/**
 * New {@code ticket_id} reference codes: eight upper-case letters and digits, like the reference's
 * {@code ABX9Y2KL}, never one already in use. Not thread-safe: the {@link TicketStore} calls it under its lock.
 */
final class TicketCodes {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static final int LENGTH = 8;

    private final Random random;

    TicketCodes(Random random) {
        this.random = random;
    }

    String unused(Set<String> inUse) {
        while (true) {
            char[] code = new char[LENGTH];
            for (int i = 0; i < LENGTH; i++) {
                code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            String candidate = new String(code);
            // 36^8 codes: with the store's cap of tickets a second try is already rare.
            if (!inUse.contains(candidate)) {
                return candidate;
            }
        }
    }
}
