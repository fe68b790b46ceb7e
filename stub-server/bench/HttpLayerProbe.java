import com.sun.net.httpserver.HttpServer;
import io.undertow.Undertow;
import io.undertow.util.HttpString;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * HTTP-layer probe: serves one fixed JSON answer (ticket 14, as the pact records it), after checking the X-Api-Key
 * header, from the JDK HttpServer or from Undertow, so wrk measures the layer alone. It chose Undertow for the stub,
 * and bench/run.sh reports its Undertow figure as the ceiling the stub's matching and journal work under.
 * Run: java -cp target/tickets-stub-server.jar bench/HttpLayerProbe.java jdk|jdk-pool|undertow PORT
 */
public class HttpLayerProbe {
    static final byte[] BODY = ("{\"success\":true,\"data\":{\"id\":14,\"ticket_id\":\"ABX9Y2KL\",\"subject\":"
            + "\"WhatsApp channel not sending messages\",\"priority\":\"high\",\"status\":\"answered\","
            + "\"department\":{\"id\":2,\"title\":\"Technical Support\"},\"replies\":[{\"id\":1,\"reply\":\"Since this"
            + " morning our WhatsApp channel stopped delivering messages.\",\"type\":\"client\",\"created_at\":"
            + "\"2026-03-08T09:00:00.000000Z\"},{\"id\":2,\"reply\":\"We have identified the issue and are rolling "
            + "out a fix. Expected resolution in 30 minutes.\",\"type\":\"admin\",\"created_at\":"
            + "\"2026-03-08T09:45:00.000000Z\"}]}}").getBytes(StandardCharsets.UTF_8);

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[1]);
        switch (args[0]) {
            case "jdk", "jdk-pool" -> {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
                if (args[0].equals("jdk-pool")) {
                    server.setExecutor(Executors.newFixedThreadPool(4));
                }
                server.createContext("/", exchange -> {
                    boolean keyed = "test-api-key".equals(exchange.getRequestHeaders().getFirst("X-Api-Key"));
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(keyed ? 200 : 404, BODY.length);
                    exchange.getResponseBody().write(BODY);
                    exchange.close();
                });
                server.start();
            }
            case "undertow" -> {
                HttpString key = new HttpString("X-Api-Key");
                Undertow.builder().addHttpListener(port, "127.0.0.1").setIoThreads(2).setHandler(exchange -> {
                    boolean keyed = "test-api-key".equals(exchange.getRequestHeaders().getFirst(key));
                    // A request body (POST) is read in full before the answer, as the stub reads it.
                    exchange.getRequestReceiver().receiveFullBytes((ex, body) -> {
                        ex.setStatusCode(keyed ? 200 : 404);
                        ex.getResponseHeaders().put(io.undertow.util.Headers.CONTENT_TYPE, "application/json");
                        ex.getResponseSender().send(ByteBuffer.wrap(BODY));
                    });
                }).build().start();
            }
            default -> throw new IllegalArgumentException("jdk, jdk-pool or undertow");
        }
    }
}
