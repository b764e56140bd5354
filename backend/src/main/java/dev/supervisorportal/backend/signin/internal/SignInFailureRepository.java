package dev.supervisorportal.backend.signin.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface SignInFailureRepository extends JpaRepository<SignInFailure, SignInKey> {

    /** The row with a write lock (SELECT … FOR UPDATE): parallel failures of one key count one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from SignInFailure f where f.key = :key")
    Optional<SignInFailure> lockByKey(SignInKey key);

    @Query("select f from SignInFailure f where f.notBefore > :now order by f.notBefore desc, f.key.name")
    List<SignInFailure> waitingAt(Instant now);

    @Modifying
    @Query("delete from SignInFailure f where f.key = :key")
    int forget(SignInKey key);

    /** Deletes the rows whose failures are forgotten and whose wait is over. */
    @Modifying
    @Query("delete from SignInFailure f where f.lastFailureAt < :quietSince and f.notBefore <= :now")
    int prune(Instant quietSince, Instant now);
}
