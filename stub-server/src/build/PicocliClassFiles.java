import jdk.internal.org.objectweb.asm.ClassReader;
import jdk.internal.org.objectweb.asm.ClassVisitor;
import jdk.internal.org.objectweb.asm.ClassWriter;
import jdk.internal.org.objectweb.asm.Opcodes;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Build step (run by the pom with {@code java --add-exports ... PicocliClassFiles.java JAR}, after the shade
 * plugin and before the class-data-sharing training run): rewrites picocli's classes in the runnable jar from Java 5
 * class files to Java 8 ones with stack map frames, computed by the JDK's own copy of ASM.
 *
 * <p>Why: the JVM's class-data-sharing archive cannot hold Java 5 class files (no stack maps: they are verified by
 * the old type-inferring verifier on every start), so picocli's ~175 classes were the only ones the launcher still
 * loaded from the jar and verified at start-up. The bytecode itself is unchanged: only the version number and the
 * frames the verifier needs are added ({@code --help} output and parsing stay byte for byte the same).
 */
public final class PicocliClassFiles {

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".tmp");
        int count = 0;
        try (URLClassLoader types = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().startsWith("picocli/") && entry.getName().endsWith(".class")) {
                    bytes = withFrames(bytes, types);
                    count++;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("picocli class files: " + count + " rewritten as Java 8 class files with stack maps");
    }

    private static byte[] withFrames(byte[] classFile, ClassLoader types) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return types; // frames need common supertypes: resolve them from the jar, not from Maven's JVM
            }
        };
        ClassVisitor toJava8 = new ClassVisitor(Opcodes.ASM8, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        };
        new ClassReader(classFile).accept(toJava8, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
