package com.skylightchat.tickets.stub.cli;

import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.OptionalBody;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runnable jar replaces Tika's MIME database with the one {@code SlimMimeTypesWriter} writes to
 * {@code target/slim-tika/tika-mimetypes.xml} at build time (no detection data, for a faster start). These tests
 * prove that Pact JVM's content-type decisions, which walk Tika's registry, stay the same: the slim registry equals
 * the full one for every type, and plain bodies are detected alike.
 */
class SlimMimeTypesTest {

    private static final MimeTypes FULL = MimeTypes.getDefaultMimeTypes();
    private static final MimeTypes SLIM = slim();

    /** Tika's default database as the runnable jar sees it: the slim core file plus every extension file. */
    private static MimeTypes slim() {
        ClassLoader loader = new ClassLoader(SlimMimeTypesTest.class.getClassLoader()) {
            @Override
            public URL getResource(String name) {
                return name.endsWith("/tika-mimetypes.xml") ? slimUrl() : super.getResource(name);
            }

            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.endsWith("/tika-mimetypes.xml")
                        ? Collections.enumeration(List.of(slimUrl())) : super.getResources(name);
            }
        };
        return MimeTypes.getDefaultMimeTypes(loader);
    }

    private static URL slimUrl() {
        try {
            return Path.of("target/slim-tika/tika-mimetypes.xml").toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void isReallyTheSlimDatabaseThatLoads() throws IOException {
        // the one documented difference: without magic bytes a PNG is only octet-stream (so the tests below do not
        // compare Tika's full database with itself)
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};

        assertThat(FULL.detect(new ByteArrayInputStream(png), new Metadata())).hasToString("image/png");
        assertThat(SLIM.detect(new ByteArrayInputStream(png), new Metadata()))
                .hasToString("application/octet-stream");
    }

    @Test
    void givesEveryTypeTheSameSupertypesAndAliasesAsTikasOwnDatabase() {
        MediaTypeRegistry full = FULL.getMediaTypeRegistry();
        MediaTypeRegistry slim = SLIM.getMediaTypeRegistry();

        assertThat(slim.getTypes()).isEqualTo(full.getTypes());
        for (MediaType type : full.getTypes()) {
            assertThat(slim.getSupertype(type)).as("supertype of %s", type).isEqualTo(full.getSupertype(type));
            assertThat(slim.getAliases(type)).as("aliases of %s", type).isEqualTo(full.getAliases(type));
        }
    }

    @Test
    void keepsTheContentTypesTheStubReliesOnJudgedAsPactDoes() {
        MediaTypeRegistry slim = SLIM.getMediaTypeRegistry();
        for (String type : new String[] {"application/json", "application/hal+json", "application/problem+json",
                "application/vnd.api+json", "text/plain", "application/x-www-form-urlencoded", "application/xml",
                "text/xml", "application/atom+xml", "text/html", "application/octet-stream", "image/png",
                "application/pdf"}) {
            MediaType media = MediaType.parse(type);
            assertThat(supertypes(slim, media)).as(type).isEqualTo(supertypes(FULL.getMediaTypeRegistry(), media));
        }
        assertThat(new ContentType("application/problem+json").isJson()).isTrue();
        assertThat(new ContentType("application/x-www-form-urlencoded").isBinaryType()).isFalse();
        assertThat(new ContentType("text/xml").isXml()).isTrue();
    }

    @Test
    void detectsJsonXmlHtmlFormAndTextBodiesAsPactDoesWithTikasOwnDatabase() throws Exception {
        for (String body : new String[] {"{\"reply\":\"thanks\"}", "[1,2]", "<?xml version=\"1.0\"?><a/>",
                "<html><body>hi</body></html>", "reply=thanks&x=1", "plain words"}) {
            OptionalBody optional = OptionalBody.body(body.getBytes(StandardCharsets.UTF_8));
            MediaType slim = detect(SLIM, body);
            // OptionalBody.detectContentType: Tika's answer, refined by Pact's own rules when Tika says text
            ContentType text = "text".equals(slim.getType()) ? optional.detectStandardTextContentType() : null;
            ContentType withSlim = text != null ? text : new ContentType(slim);

            assertThat(withSlim).as(body).isEqualTo(optional.detectContentType());
        }
    }

    private static String supertypes(MediaTypeRegistry registry, MediaType type) {
        StringBuilder chain = new StringBuilder();
        for (MediaType t = registry.normalize(type); t != null; t = registry.getSupertype(t)) {
            chain.append(t).append(' ');
        }
        return chain.toString();
    }

    private static MediaType detect(MimeTypes types, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return types.detect(new ByteArrayInputStream(bytes), new Metadata());
    }
}
