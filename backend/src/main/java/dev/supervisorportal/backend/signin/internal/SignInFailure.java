package dev.supervisorportal.backend.signin.internal;

import dev.supervisorportal.backend.signin.SignInLock;
import dev.supervisorportal.backend.signin.SignInThrottleSettings;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;

import java.time.Instant;

/** The failed sign-ins in a row of one account name or client address, and when it may try again. */
@Entity
public class SignInFailure {

    @EmbeddedId
    private SignInKey key;
    private int failures;
    private Instant lastFailureAt;
    private Instant notBefore;
    @Version
    private Long version;

    protected SignInFailure() {
    }

    public SignInFailure(SignInKey key, Instant now) {
        this.key = key;
        this.lastFailureAt = now;
        this.notBefore = now;
    }

    /**
     * Counts one more failure at {@code now} (failures quiet for longer than {@code forgetAfter} start over) and
     * sets when the key may try again. Returns whether this failure locked the key.
     */
    public boolean fail(Instant now, SignInThrottleSettings settings) {
        if (lastFailureAt.plus(settings.forgetAfter()).isBefore(now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        notBefore = now.plus(settings.waitAfter(key.kind(), failures));
        return settings.locks(key.kind(), failures);
    }

    public boolean waitingAt(Instant now) {
        return notBefore.isAfter(now);
    }

    public boolean lockedAt(Instant now, SignInThrottleSettings settings) {
        return waitingAt(now) && settings.locks(key.kind(), failures);
    }

    public SignInKey key() {
        return key;
    }

    public int failures() {
        return failures;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public SignInLock toLock() {
        return new SignInLock(key.kind(), key.name(), failures, notBefore);
    }
}
