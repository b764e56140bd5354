package dev.supervisorportal.e2e;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * The packaged portal (its executable jar) on a free port with the demo profile and a fresh in-memory database: the
 * one the stories share, started once per test run and stopped when the run ends, or one a story starts with
 * settings of its own and stops itself.
 */
final class RunningPortal {

    private static RunningPortal instance;
    private static RunningPortal withDirectory;

    private final Process process;
    private final String baseUrl;

    private RunningPortal(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    static synchronized RunningPortal get() {
        if (instance == null) {
            instance = start(freePort(), "portal-e2e", List.of(), Duration.ofMinutes(4));
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    /** The demo with the profile ldap-demo: admin, alice, bob and carol come from its directory, on a free port. */
    static synchronized RunningPortal withDemoDirectory() {
        if (withDirectory == null) {
            withDirectory = start(freePort(), "portal-e2e-ldap-demo", List.of("--spring.profiles.include=ldap-demo,ldap",
                    "--portal.ldap.url=ldap://127.0.0.1:" + freePort()), Duration.ofMinutes(4));
            Runtime.getRuntime().addShutdownHook(new Thread(withDirectory::stop));
        }
        return withDirectory;
    }

    String url(String path) {
        return baseUrl + path;
    }

    /**
     * A portal on {@code port} with {@code arguments} added to the shared one's (e.g. {@code --spring.profiles.include=…}
     * or settings of its own), logging to {@code target/<name>.log}, ready within {@code timeout}; whoever starts one
     * stops it.
     */
    static RunningPortal start(int port, String name, List<String> arguments, Duration timeout) {
        Path jar = Paths.get(System.getProperty("portal.jar", "../portal/target/portal-0.1.0-SNAPSHOT-exec.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No portal jar at " + jar.toAbsolutePath() + ": run 'mvnw verify' from the top.");
        }
        Path log = Paths.get("target", name + ".log");
        try {
            Files.createDirectories(log.getParent());
            String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(),
                    "--spring.profiles.active=demo",
                    "--server.port=" + port,
                    "--spring.datasource.url=jdbc:h2:mem:e2e-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "--portal.reconcile.interval=2s",
                    "--portal.reconcile.vm-start-delay=1s"));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            RunningPortal portal = new RunningPortal(process, "http://localhost:" + port);
            portal.awaitReady(timeout, log);
            return portal;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the portal from " + jar, e);
        }
    }

    private void awaitReady(Duration timeout, Path log) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // Readiness, not liveness: it turns UP only after the demo data is seeded.
        HttpRequest health = HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness"))).build();
        try {
            await("the portal's readiness").atMost(timeout).pollInterval(Duration.ofMillis(250))
                    .failFast("the portal stopped while starting", () -> !process.isAlive())
                    .ignoreExceptionsInstanceOf(IOException.class) // not listening yet
                    .until(() -> client.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
        } catch (TerminalFailureException stopped) {
            throw new IllegalStateException("The portal stopped while starting; see " + log.toAbsolutePath()
                    + ":\n" + tail(log), stopped);
        } catch (ConditionTimeoutException notReady) {
            stop();
            throw new IllegalStateException("The portal did not become ready within " + timeout + ":\n" + tail(log),
                    notReady);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    void stop() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }
}
