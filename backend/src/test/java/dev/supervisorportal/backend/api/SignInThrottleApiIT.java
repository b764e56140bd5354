package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.MovableClock;
import dev.supervisorportal.backend.users.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** Failed HTTP Basic sign-ins are throttled per account name and per client address, and admins lift locks. */
@Import(MovableClock.Config.class)
class SignInThrottleApiIT extends ApiIntegrationTest {

    private static final String WRONG = "wrong-password";
    private static final String LOCKED_EN = "Too many failed sign-ins for this account; try again in %d seconds.";

    @Autowired
    MovableClock clock;

    @Test
    void failuresDelayTheAccountLongerEachTimeThenLockItAndTheRightPasswordWaitsToo() {
        String alice = user("alice", Role.DEVOPS, null);
        String address = address();
        for (int wait : new int[] {1, 2, 4, 8}) {
            Attempt wrong = signIn(alice, WRONG, address, "en");
            assertThat(wrong.status()).as("a wrong password outside a lock keeps the generic answer").isEqualTo(401);
            assertThat(wrong.detail()).isEqualTo("Sign in with HTTP Basic: your portal user name and password.");
            Attempt tooSoon = signIn(alice, PASSWORD, address, "en");
            assertLocked(tooSoon, wait);
            clock.advance(Duration.ofSeconds(wait));
        }
        assertLocked(signIn(alice, WRONG, address, "en"), 60);
        assertLocked(signIn(alice, PASSWORD, address, "en"), 60);
        assertLocked(signIn(alice, PASSWORD, address(), "en"), 60);
        clock.advance(Duration.ofSeconds(59));
        assertLocked(signIn(alice, PASSWORD, address, "en"), 1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn(alice, PASSWORD, address, "en").status()).isEqualTo(200);
        assertThat(signIn(alice, WRONG, address, "en").status()).isEqualTo(401);
        assertLocked(signIn(alice, PASSWORD, address, "en"), 1);
    }

    @Test
    void eachFurtherLockLastsTwiceAsLongUpToFifteenMinutes() {
        String bob = user("bob", Role.DEVOPS, null);
        String address = address();
        failFiveTimes(bob, address);
        List<Long> locks = new ArrayList<>();
        long lock = 60;
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(lock));
            Attempt next = signIn(bob, WRONG, address, "en");
            assertThat(next.status()).isEqualTo(429);
            lock = Long.parseLong(next.retryAfter());
            locks.add(lock);
        }
        assertThat(locks).containsExactly(120L, 240L, 480L, 900L, 900L);
    }

    @Test
    void theLockIsAProblemDetailInTheCallersLanguage() {
        String carol = user("carol", Role.DEVOPS, null);
        String address = address();
        failFiveTimes(carol, address);
        Attempt german = signIn(carol, PASSWORD, address, "de-CH");
        assertThat(german.status()).isEqualTo(429);
        assertThat(german.retryAfter()).isEqualTo("60");
        assertThat(german.contentType()).startsWith("application/problem+json");
        assertThat(german.problem().path("type").asString()).isEqualTo("/problems/sign-in-locked");
        assertThat(german.problem().path("title").asString()).isEqualTo("Anmeldung gesperrt");
        assertThat(german.problem().path("code").asString()).isEqualTo("sign-in.locked.account");
        assertThat(german.detail()).isEqualTo(
                "Zu viele fehlgeschlagene Anmeldungen für dieses Konto. Versuchen Sie es in 60 Sekunden erneut.");
        assertThat(signIn(carol, PASSWORD, address, "en").detail()).isEqualTo(LOCKED_EN.formatted(60));
    }

    @Test
    void anUnknownNameGetsTheSameAnswersAtTheSameCostAsAKnownOne() {
        String known = user("dave", Role.DEVOPS, null);
        String unknown = unique("nobody");
        List<String> knownAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();
        List<Long> knownMillis = new ArrayList<>();
        List<Long> unknownMillis = new ArrayList<>();
        String knownAddress = address();
        String unknownAddress = address();
        for (int i = 1; i <= 6; i++) {
            Attempt k = signIn(known, WRONG, knownAddress, "en");
            Attempt u = signIn(unknown, WRONG, unknownAddress, "en");
            knownAnswers.add(k.summary());
            unknownAnswers.add(u.summary());
            knownAnswers.add(signIn(known, WRONG, knownAddress, "en").summary());
            unknownAnswers.add(signIn(unknown, WRONG, unknownAddress, "en").summary());
            if (i < 5) {
                knownMillis.add(k.millis());
                unknownMillis.add(u.millis());
            }
            clock.advance(Duration.ofSeconds(i < 5 ? 8 : 60));
        }
        assertThat(unknownAnswers).isEqualTo(knownAnswers);
        assertThat(knownAnswers).contains("429 60 " + LOCKED_EN.formatted(60), "429 120 " + LOCKED_EN.formatted(120));

        // Both check a bcrypt hash (the unknown name a made-up one): comparable time, far more than a lock refusal's.
        long knownMedian = median(knownMillis);
        long unknownMedian = median(unknownMillis);
        assertThat(unknownMedian).as("unknown %s ms vs known %s ms", unknownMillis, knownMillis)
                .isBetween(knownMedian / 3, knownMedian * 3);
        assertThat(lockedNames()).contains(known, unknown);
    }

    @Test
    void anAddressIsSlowedAfterFifteenFailuresAndLockedAtTwentyWithoutLockingOtherAddresses() {
        String erin = user("erin", Role.DEVOPS, null);
        String attacker = address();
        for (int i = 1; i <= 15; i++) {
            assertThat(signIn(unique("guess"), WRONG, attacker, "en").status()).isEqualTo(401);
        }
        assertThat(signIn(erin, PASSWORD, attacker, "en").status())
                .as("fifteen failures of different names do not slow the address yet").isEqualTo(200);
        for (int wait : new int[] {1, 2, 4, 8}) {
            assertThat(signIn(unique("guess"), WRONG, attacker, "en").status()).isEqualTo(401);
            Attempt tooSoon = signIn(unique("guess"), WRONG, attacker, "en");
            assertThat(tooSoon.status()).isEqualTo(429);
            assertThat(tooSoon.retryAfter()).isEqualTo(String.valueOf(wait));
            clock.advance(Duration.ofSeconds(wait));
        }
        Attempt locked = signIn(unique("guess"), WRONG, attacker, "en");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.retryAfter()).isEqualTo("60");
        assertThat(locked.detail())
                .isEqualTo("Too many failed sign-ins from your network address; try again in 60 seconds.");
        assertThat(signIn(erin, PASSWORD, attacker, "en").status()).isEqualTo(429);
        assertThat(signIn(erin, PASSWORD, address(), "en").status()).isEqualTo(200);
    }

    @Test
    void anAttackOnOneAccountDoesNotSlowAnotherUsersSignIn() {
        String victim = user("victim", Role.DEVOPS, null);
        String other = user("frank", Role.DEVOPS, null);
        String attacker = address();
        List<Integer> statuses = new ArrayList<>();
        List<Long> refusalMillis = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Attempt attempt = signIn(victim, WRONG, attacker, "en");
            statuses.add(attempt.status());
            if (attempt.status() == 429) {
                refusalMillis.add(attempt.millis());
            }
            clock.advance(Duration.ofSeconds(3));
        }
        assertThat(statuses).contains(429);

        Attempt signedIn = signIn(other, PASSWORD, address(), "en");
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.millis()).as("another user's sign-in is not delayed").isLessThan(1_000);
        System.out.printf("Sign-in of another user during the attack: %d ms; refusals of the attacked account: "
                + "median %d ms%n", signedIn.millis(), median(refusalMillis));
    }

    @Test
    void aLockIsAudited() {
        String grace = user("grace", Role.DEVOPS, null);
        String address = address();
        failFiveTimes(grace, address);
        Map<String, Object> entry = jdbc.queryForMap("select actor, target_type, outcome from audit_entry "
                + "where action = 'SIGN_IN_LOCKED' and target_name = ?", grace);
        assertThat(entry).containsEntry("actor", grace).containsEntry("target_type", "account")
                .containsEntry("outcome", "LOCKED");
    }

    @Test
    void onlyAdminsListAndLiftLocks() {
        String admin = user("admin", Role.ADMIN, null);
        String devops = user("heidi", Role.DEVOPS, null);
        String locked = user("ivan", Role.DEVOPS, null);
        String address = address();
        failFiveTimes(locked, address);

        assertThat(get(null, "/api/v1/sign-in-locks").status()).isEqualTo(401);
        get(devops, "/api/v1/sign-in-locks").assertProblem(403);
        Reply list = get(admin, "/api/v1/sign-in-locks");
        assertThat(list.status()).isEqualTo(200);
        JsonNode lock = lockOf(list.json(), "ACCOUNT", locked);
        assertThat(lock.path("failures").asInt()).isEqualTo(5);
        assertThat(lock.path("until").asString()).isEqualTo(clock.instant().plusSeconds(60).toString());
        assertThat(lockOf(list.json(), "ADDRESS", address)).as("five failures do not lock an address").isNull();

        assertThat(delete(null, "/api/v1/sign-in-locks/" + locked).status()).isEqualTo(401);
        delete(devops, "/api/v1/sign-in-locks/" + locked).assertProblem(403);
        assertThat(signIn(locked, PASSWORD, address, "en").status()).isEqualTo(429);

        assertThat(delete(admin, "/api/v1/sign-in-locks/" + locked).status()).isEqualTo(204);
        assertThat(signIn(locked, PASSWORD, address, "en").status()).isEqualTo(200);
        assertThat(lockOf(get(admin, "/api/v1/sign-in-locks").json(), "ACCOUNT", locked)).isNull();
        assertThat(jdbc.queryForObject("select actor from audit_entry where action = 'SIGN_IN_UNLOCKED' "
                + "and target_name = ?", String.class, locked)).isEqualTo(admin);
        assertThat(delete(admin, "/api/v1/sign-in-locks/" + locked).assertProblem(404).detail())
                .isEqualTo("'" + locked + "' is not locked.");
    }

    @Test
    void adminsLiftTheLockOfAnAddress() {
        String admin = user("admin", Role.ADMIN, null);
        String devops = user("judy", Role.DEVOPS, null);
        String address = address();
        IntStream.rangeClosed(1, 20).forEach(i -> {
            assertThat(signIn(unique("guess"), WRONG, address, "en").status()).isEqualTo(i < 20 ? 401 : 429);
            clock.advance(Duration.ofSeconds(8));
        });
        assertThat(lockOf(get(admin, "/api/v1/sign-in-locks").json(), "ADDRESS", address)).isNotNull();
        delete(devops, "/api/v1/sign-in-locks/addresses/" + address).assertProblem(403);
        assertThat(delete(admin, "/api/v1/sign-in-locks/addresses/" + address).status()).isEqualTo(204);
        assertThat(signIn(devops, PASSWORD, address, "en").status()).isEqualTo(200);
    }

    private void failFiveTimes(String account, String address) {
        for (int i = 1; i <= 5; i++) {
            assertThat(signIn(account, WRONG, address, "en").status()).isEqualTo(i < 5 ? 401 : 429);
            clock.advance(Duration.ofSeconds(i < 5 ? 8 : 0));
        }
    }

    private static void assertLocked(Attempt attempt, long seconds) {
        assertThat(attempt.status()).as(attempt.body()).isEqualTo(429);
        assertThat(attempt.retryAfter()).isEqualTo(String.valueOf(seconds));
        assertThat(attempt.detail()).isEqualTo(seconds == 1
                ? "Too many failed sign-ins for this account; try again in 1 second." : LOCKED_EN.formatted(seconds));
    }

    private List<String> lockedNames() {
        String admin = user("admin", Role.ADMIN, null);
        List<String> names = new ArrayList<>();
        get(admin, "/api/v1/sign-in-locks").json().values().forEach(lock -> names.add(lock.path("name").asString()));
        return names;
    }

    private static JsonNode lockOf(JsonNode locks, String kind, String name) {
        for (JsonNode lock : locks.values()) {
            if (lock.path("kind").asString().equals(kind) && lock.path("name").asString().equals(name)) {
                return lock;
            }
        }
        return null;
    }

    private static int addresses;

    /** A client address of its own, so tests sharing the database do not count each other's failures. */
    private static synchronized String address() {
        addresses++;
        return "10.77." + (addresses / 250) + "." + (addresses % 250 + 1);
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    /** A sign-in with HTTP Basic from {@code address}, asking for the Supervisor. */
    private Attempt signIn(String account, String password, String address, String language) {
        var request = MockMvcRequestBuilders.get("/api/v1/supervisor")
                .with(httpBasic(account, password))
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })
                .header(HttpHeaders.ACCEPT_LANGUAGE, language);
        try {
            long start = System.nanoTime();
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Attempt(response.getStatus(), response.getHeader(HttpHeaders.RETRY_AFTER),
                    response.getContentType(), response.getContentAsString(StandardCharsets.UTF_8), millis);
        } catch (Exception e) {
            throw new AssertionError("The sign-in let an exception through: " + e, e);
        }
    }

    private record Attempt(int status, String retryAfter, String contentType, String body, long millis) {

        JsonNode problem() {
            return tools.jackson.databind.json.JsonMapper.shared().readTree(body);
        }

        String detail() {
            return problem().path("detail").asString();
        }

        String summary() {
            return status + " " + retryAfter + " " + (status == 200 ? "" : detail());
        }
    }
}
