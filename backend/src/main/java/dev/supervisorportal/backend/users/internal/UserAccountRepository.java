package dev.supervisorportal.backend.users.internal;

import dev.supervisorportal.backend.users.Role;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByRole(Role role);
}
