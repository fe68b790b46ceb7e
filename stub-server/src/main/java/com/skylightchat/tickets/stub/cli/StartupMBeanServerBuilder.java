package com.skylightchat.tickets.stub.cli;

import javax.management.MBeanServer;
import javax.management.MBeanServerBuilder;
import javax.management.MBeanServerDelegate;

/**
 * Keeps the platform MBean server from being created while the CLI starts. XNIO (under Undertow) registers its
 * provider and worker MBeans with {@code ManagementFactory.getPlatformMBeanServer()}, and creating that server builds
 * every platform MXBean first (class loading, cgroup probing, {@code java.util.logging}): ~0.1 s of CPU out of a
 * 0.5 s start-up budget on two cores, for MBeans that a stub does not need. While this builder is installed,
 * creating an MBean server fails; XNIO catches the failure ({@code Throwable}) and skips its registration.
 * {@link #uninstall()} puts the JDK's own builder back once the stub is up, so that later callers (a JMX agent
 * started with {@code jcmd}, a profiler) get the platform server as usual. A JVM started with a JMX agent already
 * has the server; then nothing changes. The in-process stub (JUnit extension) does not use this.
 */
public final class StartupMBeanServerBuilder extends MBeanServerBuilder {

    private static final String BUILDER_PROPERTY = "javax.management.builder.initial";

    /** Public for {@code javax.management.MBeanServerFactory}, which instantiates the builder by class name. */
    public StartupMBeanServerBuilder() {
    }

    @Override
    public MBeanServerDelegate newMBeanServerDelegate() {
        throw new UnsupportedOperationException("no MBean server while the stub starts (see "
                + StartupMBeanServerBuilder.class.getName() + ")");
    }

    @Override
    public MBeanServer newMBeanServer(String defaultDomain, MBeanServer outer, MBeanServerDelegate delegate) {
        throw new UnsupportedOperationException("no MBean server while the stub starts");
    }

    /** Installs the builder unless another one is configured. jboss-threads is told not to register at all. */
    static void install() {
        if (System.getProperty(BUILDER_PROPERTY) == null) {
            System.setProperty(BUILDER_PROPERTY, StartupMBeanServerBuilder.class.getName());
        }
        if (System.getProperty("jboss.threads.eqe.register-mbean") == null) {
            System.setProperty("jboss.threads.eqe.register-mbean", "false");
        }
    }

    /** Restores the JDK's builder (if this one is still the configured one). */
    static void uninstall() {
        if (StartupMBeanServerBuilder.class.getName().equals(System.getProperty(BUILDER_PROPERTY))) {
            System.clearProperty(BUILDER_PROPERTY);
        }
    }
}
