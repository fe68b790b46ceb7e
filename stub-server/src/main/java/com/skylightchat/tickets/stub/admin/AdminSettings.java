package com.skylightchat.tickets.stub.admin;

/**
 * The admin API's options.
 *
 * @param enabled whether the endpoints under {@code /__stub/} answer (off, those paths are matched like any other)
 * @param token   the token admin requests must carry in {@value AdminGuard#TOKEN_HEADER}; {@code null} for none on
 *                loopback (beyond loopback the stub makes one up and prints it)
 */
public record AdminSettings(boolean enabled, String token) {

    public AdminSettings {
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("adminToken must not be blank");
        }
    }
}
