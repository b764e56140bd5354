package dev.supervisorportal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Supervisor Portal: the backend's services behind Vaadin views. Scans both {@code backend} and {@code portal}. */
@SpringBootApplication
public class SupervisorPortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(SupervisorPortalApplication.class, args);
    }
}
