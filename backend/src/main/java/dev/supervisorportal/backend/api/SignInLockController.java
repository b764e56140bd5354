package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.signin.SignInKeyKind;
import dev.supervisorportal.backend.signin.SignInLock;
import dev.supervisorportal.backend.signin.SignInThrottle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/sign-in-locks")
@Tag(name = "Sign-in locks", description = "Account names and client addresses locked after failed sign-ins (admins)")
class SignInLockController {

    private final SignInThrottle throttle;

    SignInLockController(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping
    @Operation(summary = "The account names and client addresses locked now, with until when (admins)")
    List<SignInLock> locks() {
        return throttle.locks();
    }

    @DeleteMapping("/{account}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unlock an account name and forget its failed sign-ins (admins)")
    void unlockAccount(@PathVariable String account) {
        throttle.unlock(SignInKeyKind.ACCOUNT, account);
    }

    @DeleteMapping("/addresses/{address}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unlock a client address and forget its failed sign-ins (admins)")
    void unlockAddress(@PathVariable String address) {
        throttle.unlock(SignInKeyKind.ADDRESS, address);
    }
}
