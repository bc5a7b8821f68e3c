package io.servicedesk.alerts;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ScopeDecisions extends JpaRepository<ScopeDecision, Long>, JpaSpecificationExecutor<ScopeDecision> {

    Optional<ScopeDecision> findByStandingKey(String standingKey);
}
