package dev.supervisorportal.backend.security;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.inventory.SupervisorControlPlane;
import dev.supervisorportal.backend.manifests.ManifestService;
import dev.supervisorportal.backend.reconcile.DashboardService;
import dev.supervisorportal.backend.reconcile.WhatIfService;
import dev.supervisorportal.backend.workloads.WorkloadService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The services that say their {@code @PreAuthorize} once, on the class: every public method of each refuses a caller
 * who has not signed in, before it looks at its arguments.
 */
class ClassWidePreAuthorizeIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @TestFactory
    Stream<DynamicTest> everyPublicMethodOfAServiceGuardedOnTheClassRefusesACallerWhoIsNotSignedIn() {
        List<Object> guarded = List.copyOf(context.getBeansWithAnnotation(PreAuthorize.class).values());
        assertThat(guarded).extracting(AopUtils::getTargetClass).contains(WorkloadService.class, WhatIfService.class,
                ManifestService.class, SupervisorControlPlane.class, DashboardService.class);
        return guarded.stream().flatMap(bean -> Arrays.stream(AopUtils.getTargetClass(bean).getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
                .map(method -> DynamicTest.dynamicTest(method.getDeclaringClass().getSimpleName() + "."
                        + method.getName(), () -> assertThatThrownBy(() -> invokeWithoutArguments(bean, method))
                        .isInstanceOf(AuthenticationCredentialsNotFoundException.class))));
    }

    /** Calls the method with {@code null}, 0 or {@code false} for each parameter: the refusal comes first. */
    private static void invokeWithoutArguments(Object bean, Method method) throws Throwable {
        Object[] arguments = Arrays.stream(method.getParameterTypes()).map(ClassWidePreAuthorizeIT::nothing).toArray();
        try {
            method.invoke(bean, arguments);
        } catch (InvocationTargetException refused) {
            throw refused.getCause();
        }
    }

    private static Object nothing(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        return type == long.class ? 0L : null;
    }
}
