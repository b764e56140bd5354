package dev.supervisorportal.backend.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How failed sign-ins are throttled ({@code portal.sign-in.throttle.*}). After a failure, the account name (and the
 * client address) may not try again for a while: the {@code delayedFailures} failures before the lock wait
 * {@code firstDelay}, then twice as long each (1, 2, 4, 8 s); the failure that reaches the threshold locks for
 * {@code firstLock}, each further one twice as long, at most {@code maxLock}.
 *
 * @param firstDelay       the wait after the first delayed failure
 * @param delayedFailures  how many failures before the lock are delayed
 * @param accountLockAfter the failures in a row that lock an account name
 * @param addressLockAfter the failures in a row that lock a client address: higher, so that one attacker's address
 *                         is slowed down without locking out everyone behind the same proxy at once
 * @param firstLock        the first lock
 * @param maxLock          the longest lock
 * @param forgetAfter      failures are forgotten (and their rows deleted) after this long without a new one
 */
@ConfigurationProperties("portal.sign-in.throttle")
public record SignInThrottleSettings(Duration firstDelay, Integer delayedFailures, Integer accountLockAfter,
                                     Integer addressLockAfter, Duration firstLock, Duration maxLock,
                                     Duration forgetAfter) {

    /** Beyond this many doublings every wait is at its longest anyway; it keeps the arithmetic from overflowing. */
    private static final int MAX_DOUBLINGS = 30;

    public SignInThrottleSettings {
        firstDelay = firstDelay == null ? Duration.ofSeconds(1) : firstDelay;
        delayedFailures = delayedFailures == null ? 4 : delayedFailures;
        accountLockAfter = accountLockAfter == null ? 5 : accountLockAfter;
        addressLockAfter = addressLockAfter == null ? 20 : addressLockAfter;
        firstLock = firstLock == null ? Duration.ofMinutes(1) : firstLock;
        maxLock = maxLock == null ? Duration.ofMinutes(15) : maxLock;
        forgetAfter = forgetAfter == null ? Duration.ofHours(1) : forgetAfter;
    }

    /** The defaults: 1, 2, 4, 8 s, then a lock of 1 min at the 5th failure (20th for an address), doubling to 15 min. */
    public static SignInThrottleSettings defaults() {
        return new SignInThrottleSettings(null, null, null, null, null, null, null);
    }

    public int lockAfter(SignInKeyKind kind) {
        return kind == SignInKeyKind.ACCOUNT ? accountLockAfter : addressLockAfter;
    }

    /** Whether this many failures in a row lock the key (rather than only delay its next try). */
    public boolean locks(SignInKeyKind kind, int failures) {
        return failures >= lockAfter(kind);
    }

    /** How long the key must wait after its {@code failures}-th failure in a row: nothing, a delay or a lock. */
    public Duration waitAfter(SignInKeyKind kind, int failures) {
        int lockAfter = lockAfter(kind);
        if (failures >= lockAfter) {
            return doubled(firstLock, failures - lockAfter).compareTo(maxLock) > 0 ? maxLock
                    : doubled(firstLock, failures - lockAfter);
        }
        int firstDelayed = Math.max(1, lockAfter - delayedFailures);
        return failures < firstDelayed ? Duration.ZERO : doubled(firstDelay, failures - firstDelayed);
    }

    private static Duration doubled(Duration duration, int times) {
        return duration.multipliedBy(1L << Math.min(times, MAX_DOUBLINGS));
    }
}
