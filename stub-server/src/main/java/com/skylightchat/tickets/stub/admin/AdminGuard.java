package com.skylightchat.tickets.stub.admin;

import com.skylightchat.tickets.stub.http.IncomingRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Keeps the admin API for the people and programs it is meant for, including against a web page in the user's
 * browser:
 * <ul>
 *   <li>a change must carry no foreign {@code Origin}, and a POST must say {@code Content-Type: application/json}:
 *       a cross-site form or {@code fetch} can send a POST only as text, form or multipart without a CORS
 *       pre-flight, and any other method only after one, which the stub never grants for admin paths;</li>
 *   <li>bound to loopback, the {@code Host} header must name a loopback address (DNS rebinding makes a web page's own
 *       host name point at 127.0.0.1, but cannot change the {@code Host} header);</li>
 *   <li>with a token (required when bound beyond loopback), every endpoint but {@code health} wants it in
 *       {@value #TOKEN_HEADER}.</li>
 * </ul>
 * Thread-safe.
 */
public final class AdminGuard {

    public static final String TOKEN_HEADER = "X-Stub-Admin-Token";
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    private final boolean loopback;
    private final byte[] token;
    private final IntSupplier port;

    /**
     * @param loopback whether the stub is bound to loopback only (then the Host header is checked)
     * @param token    the admin token, or {@code null} for none
     * @param port     the bound port (known once bound)
     */
    public AdminGuard(boolean loopback, String token, IntSupplier port) {
        this.loopback = loopback;
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.port = port;
    }

    /** A refused admin request: the status that says why (401 token, 415 content type, 403 otherwise) and why. */
    record Refusal(int status, String reason) {
    }

    /** Why the request is refused, or {@code null} when it may pass. */
    Refusal refusal(IncomingRequest request, String path) {
        // health reveals nothing worth a DNS-rebinding attack, and load balancers may call it by another name
        if (loopback && !path.equals("health") && !isLoopbackHost(request.header("Host"))) {
            return new Refusal(403, "admin requests must name this machine's loopback address in Host (was "
                    + request.header("Host") + ")");
        }
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            if (request.method().equals("POST") && !request.isJson()) {
                return new Refusal(415, "admin changes need Content-Type: application/json");
            }
            String origin = request.header("Origin");
            if (origin != null && !isLoopbackOrigin(origin)) {
                return new Refusal(403, "admin changes are not accepted from another origin (" + origin + ")");
            }
        }
        if (token != null && !path.equals("health") && !MessageDigest.isEqual(token,
                String.valueOf(request.header(TOKEN_HEADER)).getBytes(StandardCharsets.UTF_8))) {
            return new Refusal(401, "admin requests need the admin token in " + TOKEN_HEADER);
        }
        return null;
    }

    private boolean isLoopbackHost(String host) {
        if (host == null) {
            return false;
        }
        for (String name : LOOPBACK_NAMES) {
            if (host.equalsIgnoreCase(name) || host.equalsIgnoreCase(name + ":" + port.getAsInt())) {
                return true;
            }
        }
        return false;
    }

    private boolean isLoopbackOrigin(String origin) {
        for (String scheme : List.of("http://", "https://")) {
            if (origin.startsWith(scheme) && isLoopbackHost(origin.substring(scheme.length()))) {
                return true;
            }
        }
        return false;
    }
}
