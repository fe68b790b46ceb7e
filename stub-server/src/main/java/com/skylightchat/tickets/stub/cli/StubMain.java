package com.skylightchat.tickets.stub.cli;

import com.skylightchat.tickets.contract.pact.PactLoadException;
import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.StubServer;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * Entry point of the runnable jar: parse → configure logging → start → print the one start-up line to stdout →
 * serve until the JVM is stopped. On SIGTERM (or Ctrl-C) it stops accepting, lets requests in flight finish within
 * the grace period and exits 0. Exit codes: 0 normal, 1 could not start, 2 usage error, 3 a pact could not be
 * loaded (a file, or from the Pact Broker), 4 {@code --validate} found violations. The only package that writes to
 * stdout.
 */
public final class StubMain {

    public static final int EXIT_CANNOT_START = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_PACTS = 3;
    public static final int EXIT_VIOLATIONS = 4;

    /** What {@link #launch} did: an exit code, or a running server (then the code is 0). */
    public record Launch(int exitCode, StubServer server) {
    }

    private StubMain() {
    }

    public static void main(String[] args) {
        Launch launch = launch(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (launch.server() == null) {
            System.exit(launch.exitCode());
        }
        awaitStop(launch.server());
    }

    /** Runs the command up to a started server (which the caller must close) or an exit code. */
    public static Launch launch(String[] args, PrintWriter out, PrintWriter err) {
        return launch(args, System::getenv, out, err);
    }

    /** As {@link #launch(String[], PrintWriter, PrintWriter)}, with {@code env} for the Pact Broker's credentials. */
    public static Launch launch(String[] args, Function<String, String> env, PrintWriter out, PrintWriter err) {
        StubCommand command;
        try {
            command = StubCommand.parse(args, env);
        } catch (UsageException e) {
            // The problem, then where to read on: the whole help would bury the one line that matters.
            err.println(e.getMessage());
            err.println(StubHelp.USAGE);
            err.println("Run with --help for every option.");
            err.flush();
            return new Launch(EXIT_USAGE, null);
        }
        if (command.helpRequested()) {
            out.print(StubHelp.text());
            out.flush();
            return new Launch(0, null);
        }
        if (command.versionRequested()) {
            out.println(StubHelp.version());
            return new Launch(0, null);
        }
        Logging.configure(command.logLevel());
        if (command.validationRequested()) {
            return new Launch(PactValidation.run(command.config(), out, err), null);
        }
        return start(command.config(), out, err);
    }

    private static Launch start(StubConfig config, PrintWriter out, PrintWriter err) {
        StubServer server;
        try {
            server = StubServer.start(config);
        } catch (PactLoadException e) {
            err.println("Cannot load pacts: " + e.getMessage());
            return new Launch(EXIT_PACTS, null);
        } catch (IllegalArgumentException e) {
            err.println("Invalid option: " + e.getMessage());
            return new Launch(EXIT_USAGE, null);
        } catch (RuntimeException e) {
            err.println("Cannot start on " + config.host() + ":" + config.port() + ": " + rootMessage(e));
            return new Launch(EXIT_CANNOT_START, null);
        }
        if (!config.isLoopback()) {
            err.println("WARNING: bound to " + config.host() + ", not loopback: every host that can reach this "
                    + "machine can call the stub" + (config.admin().enabled()
                    ? "; its admin endpoints need the admin token" : "") + ".");
        }
        if (config.watch() && config.pacts().isEmpty()) {
            err.println(config.broker() == null ? "WARNING: --watch has no effect on the embedded pacts; pass --pact "
                    + "FILE|DIR." : "WARNING: --watch watches pact files; the broker's pacts refresh by "
                    + "--broker-refresh.");
        }
        List<String> skipped = server.pacts().skipped();
        if (!skipped.isEmpty()) {
            // /__stub/interactions lists them too, but a partner's message pact should not vanish without a word
            err.println("WARNING: skipped " + skipped.size() + (skipped.size() == 1 ? " interaction that is"
                    : " interactions that are") + " not HTTP (messages), which an HTTP stub cannot serve: "
                    + String.join("; ", skipped.subList(0, Math.min(3, skipped.size())))
                    + (skipped.size() > 3 ? "; …" : ""));
        }
        err.flush();
        out.println(StartupLine.of(server));
        return new Launch(0, server);
    }

    /**
     * Serves until the JVM is asked to stop, then stops the server gracefully and exits with 0: a stub stopped on
     * purpose has succeeded (the JVM's own code for SIGTERM would be 143).
     */
    private static void awaitStop(StubServer server) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
            Runtime.getRuntime().halt(0);
        }, "stub-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
