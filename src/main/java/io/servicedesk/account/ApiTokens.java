package io.servicedesk.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokens extends JpaRepository<ApiToken, String> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByAccountIdOrderByCreatedAt(String accountId);
}
