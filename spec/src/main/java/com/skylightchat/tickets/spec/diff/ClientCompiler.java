package com.skylightchat.tickets.spec.diff;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles generated client sources with the JDK's compiler (in this JVM, no fork) into a jar, the form japicmp
 * reads. The classpath is the one this code runs with, which holds what the generated client needs (Jackson,
 * jackson-databind-nullable, jakarta.annotation) — inside Maven's exec plugin that is a class loader's URLs, in a
 * test JVM the {@code java.class.path}.
 */
final class ClientCompiler {

    /** Compiles every {@code .java} under {@code sources} into {@code jar}, via {@code classes} (a scratch directory). */
    void compile(Path sources, Path classes, Path jar) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("The Java API check needs a JDK (javax.tools), not a JRE");
        }
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classpath(),
                "--release", "17", "-encoding", "UTF-8", "-proc:none", "-g:none", "-nowarn", "-XDsuppressNotes"));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> arguments.add(file.toString()));
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            if (javac.run(null, OutputStream.nullOutputStream(), errors, arguments.toArray(String[]::new)) != 0) {
                String first = errors.toString(StandardCharsets.UTF_8).lines().limit(20).collect(Collectors.joining("\n"));
                throw new IllegalStateException("The client generated from the spec does not compile:\n" + first);
            }
            jar(classes, jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
    }

    private static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader loader = Thread.currentThread().getContextClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    entries.add(path(url));
                }
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String path(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return url.getPath();
        }
    }
}
