package com.skylightchat.tickets.stub.loader;

import com.skylightchat.tickets.contract.pact.PactFiles;
import com.skylightchat.tickets.contract.pact.PactLoadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Watches pact locations ({@code --watch}) by polling: every interval it fingerprints the files (path, size,
 * modification time; a directory's file list included) and calls {@code onChange} when the fingerprint differs.
 * Polling, unlike {@code WatchService}, behaves the same on every file system, including bind mounts in
 * containers. One daemon thread ({@link Periodic}); {@link #close()} stops it.
 */
public final class PactWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PactWatcher.class);

    private final List<Path> locations;
    private final Runnable onChange;
    private final Periodic timer;
    private Map<String, String> last;

    public PactWatcher(List<Path> locations, Duration interval, Runnable onChange) {
        this.locations = List.copyOf(locations);
        this.onChange = onChange;
        this.last = fingerprint();
        this.timer = new Periodic("stub-pact-watcher", interval, this::check);
    }

    private void check() {
        Map<String, String> now = fingerprint();
        if (!now.equals(last)) {
            last = now;
            LOG.info("Pact files changed, reloading");
            onChange.run();
        }
    }

    private Map<String, String> fingerprint() {
        Map<String, String> print = new TreeMap<>();
        for (Path location : locations) {
            if (Files.isDirectory(location)) {
                try {
                    PactFiles.in(location).forEach(file -> print.put(file.toString(), stamp(file)));
                } catch (PactLoadException e) {
                    print.put(location.toString(), "unlistable");
                }
            } else {
                print.put(location.toString(), stamp(location));
            }
        }
        return print;
    }

    private static String stamp(Path file) {
        try {
            return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return "missing";
        }
    }

    @Override
    public void close() {
        timer.close();
    }
}
