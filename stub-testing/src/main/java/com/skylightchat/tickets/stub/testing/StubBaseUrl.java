package com.skylightchat.tickets.stub.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link java.net.URI} or {@link String} parameter that receives the base URL to give a client of the
 * running stub, e.g. {@code http://127.0.0.1:41234/api/v1} (no trailing slash; only the origin differs from
 * production's), in a test under {@link TicketsStubTest} or a registered {@link TicketsStubExtension}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface StubBaseUrl {
}
