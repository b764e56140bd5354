package dev.supervisorportal.backend.signin;

import dev.supervisorportal.backend.audit.AuditLog;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.common.SystemOnly;
import dev.supervisorportal.backend.signin.internal.SignInFailure;
import dev.supervisorportal.backend.signin.internal.SignInFailureRepository;
import dev.supervisorportal.backend.signin.internal.SignInKey;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Throttles failed sign-ins per account name and per client address, whatever checked the password: a key that
 * failed may not try again for a growing delay, then is locked for a while (see {@link SignInThrottleSettings}). The
 * counts live in the database, so every portal node sharing it sees the same. An unknown account name is counted and
 * locked exactly like a known one, so the answers never tell whether a name exists.
 * {@link ThrottledAuthenticationProvider} puts it around any authentication provider.
 */
@Service
@EnableConfigurationProperties(SignInThrottleSettings.class)
public class SignInThrottle {

    static final String AUDIT_ACTOR_UNKNOWN = "anonymous";

    private final SignInFailureRepository failures;
    private final SignInThrottleSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SignInThrottle(SignInFailureRepository failures, SignInThrottleSettings settings, AuditLog audit, Clock clock,
                   PlatformTransactionManager transactions) {
        this.failures = failures;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Refuses a sign-in of {@code account} from {@code address} ({@code null}: not known) while either is still
     * waiting after its failures, before any password is checked.
     */
    @SystemOnly
    public void check(String account, String address) throws SignInLockedException {
        Instant now = now();
        Optional<SignInFailure> latest = keys(account, address).stream()
                .flatMap(key -> failures.findById(key).stream())
                .filter(failure -> failure.waitingAt(now))
                .max(Comparator.comparing(SignInFailure::notBefore));
        if (latest.isPresent()) {
            throw new SignInLockedException(latest.get().key().kind(), now, latest.get().notBefore());
        }
    }

    /**
     * Counts a failed sign-in for the account name and the client address. Returns the lock this failure began, if it
     * began one (the caller answers with it instead of a plain "wrong user name or password"); a lock is audited.
     */
    @SystemOnly
    public Optional<SignInLockedException> failed(String account, String address) {
        Instant now = now();
        List<SignInLockedException> locks;
        try {
            locks = countFailure(account, address, now);
        } catch (DataIntegrityViolationException firstOfTheKey) {
            // A parallel failure inserted the key's row first; now it is there to be locked and counted.
            locks = countFailure(account, address, now);
        }
        transaction.executeWithoutResult(status -> failures.prune(now.minus(settings.forgetAfter()), now));
        return locks.stream().max(Comparator.comparing(SignInLockedException::retryAfterSeconds));
    }

    /** Forgets the account name's failures: it signed in. Its client address keeps its count. */
    @SystemOnly
    public void succeeded(String account, String address) {
        transaction.executeWithoutResult(status -> failures.forget(new SignInKey(SignInKeyKind.ACCOUNT, account)));
    }

    /** The account names and client addresses locked now, the longest locked first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SignInLock> locks() {
        Instant now = now();
        return failures.waitingAt(now).stream()
                .filter(failure -> failure.lockedAt(now, settings))
                .map(SignInFailure::toLock)
                .toList();
    }

    /** Lifts the lock of an account name or client address and forgets its failures. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(SignInKeyKind kind, String name) {
        SignInKey key = new SignInKey(kind, name);
        SignInFailure failure = failures.lockByKey(key)
                .filter(found -> found.lockedAt(now(), settings))
                .orElseThrow(() -> new NotFoundException(Msg.of("sign-in.not-locked", name)));
        failures.delete(failure);
        audit.record("SIGN_IN_UNLOCKED", targetType(kind), key.name(), "UNLOCKED",
                Msg.of("sign-in.audit.unlocked", failure.failures()));
    }

    private List<SignInLockedException> countFailure(String account, String address, Instant now) {
        return transaction.execute(status -> {
            List<SignInLockedException> locks = new ArrayList<>();
            // Always the account's row before the address's: parallel failures never wait for each other in a circle.
            for (SignInKey key : keys(account, address)) {
                SignInFailure failure = failures.lockByKey(key)
                        .orElseGet(() -> failures.saveAndFlush(new SignInFailure(key, now)));
                if (failure.fail(now, settings)) {
                    locks.add(new SignInLockedException(key.kind(), now, failure.notBefore()));
                    audit.recordAs(account == null || account.isBlank() ? AUDIT_ACTOR_UNKNOWN : account,
                            "SIGN_IN_LOCKED", targetType(key.kind()), key.name(), "LOCKED",
                            Msg.of("sign-in.audit.locked", failure.failures(),
                                    settings.waitAfter(key.kind(), failure.failures()).toSeconds(),
                                    address == null ? "-" : address));
                }
            }
            return locks;
        });
    }

    /**
     * Now, in whole microseconds as both databases store it: PostgreSQL would round a finer instant, possibly up, and
     * a wait that has just ended would still seem to last.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static List<SignInKey> keys(String account, String address) {
        List<SignInKey> keys = new ArrayList<>(List.of(new SignInKey(SignInKeyKind.ACCOUNT, account)));
        if (address != null) {
            keys.add(new SignInKey(SignInKeyKind.ADDRESS, address));
        }
        return keys;
    }

    private static String targetType(SignInKeyKind kind) {
        return kind == SignInKeyKind.ACCOUNT ? "account" : "client-address";
    }
}
