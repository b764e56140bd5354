package dev.supervisorportal.backend;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The backend on its own, as the portal application assembles it, for the backend's integration tests. */
@SpringBootApplication
public class BackendTestApplication {
}
