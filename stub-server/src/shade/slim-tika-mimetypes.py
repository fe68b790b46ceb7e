#!/usr/bin/env python3
"""Writes the runnable jar's slim Tika MIME database from Tika's own.

Usage: slim-tika-mimetypes.py TIKA_CORE_JAR > src/shade/tika-mimetypes.xml

Pact JVM's model parses Tika's tika-mimetypes.xml (320 kB) at start-up to get a media-type registry (aliases and
sub-class-of relations: what ContentType.isJson/isXml/isBinaryType walk). The magic bytes, globs and descriptions
are only for detecting file types, which the stub does not need, so this keeps every <mime-type> with its
<alias> and <sub-class-of> elements and drops the rest. SlimMimeTypesTest fails when the committed file no longer
gives the same registry as the tika-core on the classpath (e.g. after a Tika upgrade): rerun this script then.
"""
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

with zipfile.ZipFile(sys.argv[1]) as jar:
    root = ET.fromstring(jar.read("org/apache/tika/mime/tika-mimetypes.xml"))
for mime_type in root:
    # Tika also honours a <sub-class-of> nested in <magic> (application/x-httpresponse): keep it, one level up
    kept = [e for e in mime_type.iter() if e.tag in ("alias", "sub-class-of")]
    for child in list(mime_type):
        mime_type.remove(child)
    mime_type.extend(kept)
text = ET.tostring(root, encoding="unicode")
text = re.sub(r">\s+<", "><", text)
text = re.sub(r"<mime-type ([^>]*?)>\s*</mime-type>", r"<mime-type \1/>", text)
sys.stdout.write('<?xml version="1.0" encoding="UTF-8"?>\n' + text.replace("><mime-type", ">\n<mime-type") + "\n")
