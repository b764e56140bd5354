package dev.supervisorportal.backend.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation for the system's own callers: startup and demo seeding, the reconciler, and other services inside
 * their own (already authorised) work. It checks no signed-in user's rights, and may skip validation and the audit
 * log, so no form and no REST endpoint may call it: the portal's {@code ArchitectureTest} fails when a portal class
 * calls a method marked so (or uses a class marked so), the backend's {@code ArchitectureTest} when the REST API does.
 * On a class it covers every method of it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SystemOnly {
}
