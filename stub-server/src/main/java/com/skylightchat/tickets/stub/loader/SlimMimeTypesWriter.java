package com.skylightchat.tickets.stub.loader;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Build-time tool (run by exec-maven-plugin in {@code process-classes}): writes the runnable jar's slim copy of
 * Apache Tika's MIME database from the tika-core on the classpath. Pact JVM's model parses Tika's
 * {@code tika-mimetypes.xml} (320 kB) at start-up only for a media-type registry — the aliases and sub-class-of
 * relations that {@code ContentType.isJson/isXml/isBinaryType} walk. Magic bytes, globs and descriptions serve
 * file-type detection, which the stub does not need, so every {@code <mime-type>} keeps its attributes, its
 * {@code <alias>} and {@code <sub-class-of>} elements (also one nested in {@code <magic>}, which Tika honours too)
 * and nothing else (105 kB). {@code SlimMimeTypesTest} proves the registry equal to Tika's.
 */
public final class SlimMimeTypesWriter {

    static final String RESOURCE = "org/apache/tika/mime/tika-mimetypes.xml";

    private SlimMimeTypesWriter() {
    }

    /** @param args the file to write */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        Files.createDirectories(target.getParent());
        try (InputStream full = SlimMimeTypesWriter.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (full == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath (tika-core missing?)");
            }
            Files.writeString(target, slim(full), StandardCharsets.UTF_8);
        }
    }

    static String slim(InputStream full) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        NodeList types = factory.newDocumentBuilder().parse(full).getDocumentElement().getChildNodes();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<!-- Derived at build time from Apache Tika's tika-mimetypes.xml (Apache License 2.0) by ")
                .append(SlimMimeTypesWriter.class.getName()).append(": registry data only. -->\n<mime-info>\n");
        for (int i = 0; i < types.getLength(); i++) {
            if (types.item(i) instanceof Element type && type.getTagName().equals("mime-type")) {
                out.append("<mime-type");
                attributes(type, out);
                StringBuilder kept = new StringBuilder();
                NodeList inside = type.getElementsByTagName("*"); // every descendant, in document order
                for (int j = 0; j < inside.getLength(); j++) {
                    Element e = (Element) inside.item(j);
                    if (e.getTagName().equals("alias") || e.getTagName().equals("sub-class-of")) {
                        kept.append('<').append(e.getTagName());
                        attributes(e, kept);
                        kept.append("/>");
                    }
                }
                out.append(kept.isEmpty() ? "/>\n" : ">" + kept + "</mime-type>\n");
            }
        }
        return out.append("</mime-info>\n").toString();
    }

    private static void attributes(Element element, StringBuilder out) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            out.append(' ').append(a.getNodeName()).append("=\"").append(a.getNodeValue().replace("&", "&amp;")
                    .replace("\"", "&quot;").replace("<", "&lt;")).append('"');
        }
    }
}
