package dev.supervisorportal.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.assertj.core.api.Assertions.assertThat;

/** Prometheus scrapes without an account only on a management port of its own, never on the portal's port. */
class ActuatorPortsTest {

    @Test
    void onlyRequestsOnASeparateManagementPortAreLetThrough() {
        RequestMatcher separate = ActuatorSecurityConfig.onOwnManagementPort(8080, 9090);
        assertThat(separate.matches(arrivedOn(9090))).isTrue();
        assertThat(separate.matches(arrivedOn(8080))).isFalse();

        assertThat(ActuatorSecurityConfig.onOwnManagementPort(8080, -1).matches(arrivedOn(8080)))
                .as("no management port configured").isFalse();
        assertThat(ActuatorSecurityConfig.onOwnManagementPort(8080, 8080).matches(arrivedOn(8080)))
                .as("the management port is the portal's own").isFalse();
    }

    private static MockHttpServletRequest arrivedOn(int port) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        request.setLocalPort(port);
        return request;
    }
}
