package com.skylightchat.tickets.stub.testing;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private certificate authority in miniature, made with the JDK's {@code keytool}: a self-signed certificate for
 * 127.0.0.1 (the server's {@link #serverContext()}) and a trust store holding it ({@link #trustStore()}, password
 * {@value #PASSWORD}), which a JVM trusts through {@code -Djavax.net.ssl.trustStore}.
 */
public record SelfSignedTls(Path keyStore, Path trustStore) {

    public static final String PASSWORD = "changeit";

    public static SelfSignedTls create(Path dir) throws IOException, InterruptedException {
        Path keys = dir.resolve("broker.p12");
        Path certificate = dir.resolve("broker.cer");
        Path trust = dir.resolve("trust.p12");
        keytool("-genkeypair", "-alias", "broker", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-keystore", keys.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD);
        keytool("-exportcert", "-alias", "broker", "-keystore", keys.toString(), "-storepass", PASSWORD, "-file",
                certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", "broker", "-file", certificate.toString(), "-keystore",
                trust.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        return new SelfSignedTls(keys, trust);
    }

    /** A server's TLS context presenting the certificate. */
    public SSLContext serverContext() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool " + args[0] + " failed: " + output);
        }
    }
}
