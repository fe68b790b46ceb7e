package com.skylightchat.tickets.stub.cli;

import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.StartupPreload;
import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.contract.pact.PactLoadException;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point of the runnable jar. Parses the options, configures logging, starts the stub and prints the one
 * start-up line to stdout; blocks until the JVM is stopped. Exit codes: 0 normal, 1 could not start, 2 usage
 * error, 3 pact file could not be loaded. The only class that writes to stdout.
 */
public final class StubMain {

    public static final int EXIT_CANNOT_START = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_PACTS = 3;
    public static final int EXIT_VIOLATIONS = 4;

    private StubMain() {
    }

    public static void main(String[] args) {
        // Start-up: Pact JVM's model classes, the embedded pacts and the HTTP layer load on background threads
        // while the options are parsed. They log, so logging is configured first, from a plain scan of the
        // arguments; run() validates the level properly.
        configureLogging(scanLogLevel(args));
        StartupMBeanServerBuilder.install();
        if (!asksForHelpOrVersion(args)) {
            // The embedded pacts are read ahead only when they are the ones to serve.
            StartupPreload.start(!namesPacts(args));
        }
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), true);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the command. With {@code block} the call returns only on a start-up failure (the server runs until
     * the JVM stops); without, it starts, prints and stops again (for tests of the start-up path).
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, boolean block) {
        StubCommand command;
        try {
            command = StubCommand.parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.print(StubHelp.text());
            err.flush();
            return EXIT_USAGE;
        }
        if (command.helpRequested()) {
            out.print(StubHelp.text());
            out.flush();
            return 0;
        }
        if (command.versionRequested()) {
            out.println(StubHelp.version());
            return 0;
        }
        // Effective where SLF4J is not yet initialised (tests, -Dstub.noPreload); otherwise main() already
        // configured the same level from its scan of the arguments.
        configureLogging(command.logLevel());
        StubConfig config;
        try {
            config = command.toConfig();
        } catch (IllegalArgumentException e) {
            err.println("Invalid option: " + e.getMessage());
            return EXIT_USAGE;
        }
        if (command.validationRequested()) {
            return PactValidation.run(config, out, err);
        }
        return serve(config, out, err, block);
    }

    private static int serve(StubConfig config, PrintWriter out, PrintWriter err, boolean block) {
        StubServer server;
        try {
            server = StubServer.start(config);
        } catch (PactLoadException e) {
            err.println("Cannot load pacts: " + e.getMessage());
            return EXIT_PACTS;
        } catch (IllegalArgumentException e) {
            err.println("Invalid option: " + e.getMessage());
            return EXIT_USAGE;
        } catch (RuntimeException e) {
            err.println("Cannot start on " + config.host() + ":" + config.port() + ": " + rootMessage(e));
            return EXIT_CANNOT_START;
        }
        if (!config.isLoopback()) {
            err.println("WARNING: bound to " + config.host() + ", not loopback: every host that can reach this "
                    + "machine can call the stub" + (config.admin() ? " and its admin endpoints" : "") + ".");
        }
        if (config.watch() && config.pacts().isEmpty()) {
            err.println("WARNING: --watch has no effect on the embedded pacts; pass --pact FILE|DIR.");
        }
        out.println(StartupLine.of(server));
        StartupMBeanServerBuilder.uninstall();
        if (!block) {
            server.close();
            return 0;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "stub-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Whether the arguments ask only for help or the version (then nothing is worth loading ahead). */
    static boolean asksForHelpOrVersion(String[] args) {
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the arguments name pact files ({@code -p}/{@code --pact} in any spelling). */
    static boolean namesPacts(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("-p") || arg.equals("--pact") || arg.startsWith("--pact=")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value of {@code -l}/{@code --log-level} in every spelling the parser accepts ({@code -l X}, {@code -lX},
     * {@code -l=X}, {@code --log-level X}, {@code --log-level=X}); {@code info} without one.
     */
    static String scanLogLevel(String[] args) {
        String level = "info";
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("-l") || arg.equals("--log-level")) && i + 1 < args.length) {
                level = args[++i];
            } else if (arg.startsWith("--log-level=")) {
                level = arg.substring("--log-level=".length());
            } else if (arg.startsWith("-l=")) {
                level = arg.substring(3);
            } else if (arg.startsWith("-l") && arg.length() > 2 && !arg.startsWith("--")) {
                level = arg.substring(2);
            }
        }
        return level.toLowerCase(Locale.ROOT);
    }

    static void configureLogging(String level) {
        // Read by slf4j-simple (the runnable jar's binding) when the first logger is created, i.e. after this.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
        System.setProperty("org.slf4j.simpleLogger.log.org.xnio", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.io.undertow", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.au.com.dius.pact", "warn");
        System.setProperty("org.jboss.logging.provider", "slf4j");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
