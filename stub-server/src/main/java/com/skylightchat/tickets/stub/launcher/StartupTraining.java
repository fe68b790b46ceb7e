package com.skylightchat.tickets.stub.launcher;

import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.stub.cli.StubMain;
import com.skylightchat.tickets.stub.loader.StubInteraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The training run of the launcher's class-data-sharing archive ({@code target/tickets-stub-server.jsa}): the build
 * runs this class with {@code -XX:DumpLoadedClassList} on the runnable jar and then dumps the listed classes with
 * {@code -Xshare:dump}, so the archive holds every class a real start-up loads — option parsing, the embedded pacts,
 * the HTTP layer, matching hits and misses (bodies included, so a first POST is fast too), rendering. It starts the
 * stub through the CLI on a free loopback port, sends every interaction's recorded request (plus two that match
 * nothing) over a plain socket, and stops. Not part of the stub's behaviour.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        StubMain.Launch launch = StubMain.launch(new String[] {"--port", "0", "--no-request-log", "--log-level", "warn"},
                new PrintWriter(OutputStream.nullOutputStream()), new PrintWriter(System.err, true));
        if (launch.server() == null) {
            throw new IllegalStateException("the stub did not start (exit " + launch.exitCode() + ")");
        }
        try (StubServer server = launch.server()) {
            int port = server.port();
            int answered = 0;
            for (StubInteraction interaction : server.pacts().interactions()) {
                answered += send(port, interaction) > 0 ? 1 : 0;
            }
            send(port, "GET", "/__stub/no-such-endpoint", Map.of(), new byte[0]);
            send(port, "GET", "/no/interaction/here", Map.of(), new byte[0]);
            System.err.println("startup training: replayed " + answered + " interactions");
        }
    }

    private static int send(int port, StubInteraction interaction) throws IOException {
        var request = interaction.request();
        StringBuilder target = new StringBuilder(request.getPath());
        char separator = '?';
        for (Map.Entry<String, List<String>> query : request.getQuery().entrySet()) {
            for (String value : query.getValue()) {
                target.append(separator).append(encode(query.getKey())).append('=').append(encode(value));
                separator = '&';
            }
        }
        byte[] body = request.getBody().isPresent() ? request.getBody().getValue() : new byte[0];
        return send(port, request.getMethod(), target.toString(), request.getHeaders(), body);
    }

    /** One HTTP/1.1 exchange with {@code Connection: close}; returns the status code. */
    private static int send(int port, String method, String target, Map<String, List<String>> headers, byte[] body)
            throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n");
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Host")) {
                head.append(name).append(": ").append(String.join(", ", values)).append("\r\n");
            }
        });
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            String status = response.toString(StandardCharsets.ISO_8859_1);
            return status.startsWith("HTTP/1.1 ") ? Integer.parseInt(status.substring(9, 12)) : -1;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
