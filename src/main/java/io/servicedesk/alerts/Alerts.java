package io.servicedesk.alerts;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Alerts extends JpaRepository<Alert, Long>, JpaSpecificationExecutor<Alert> {

    Optional<Alert> findByOpenFingerprint(String fingerprint);

    java.util.List<Alert> findByFingerprintOrderByIdAsc(String fingerprint);

    java.util.List<Alert> findByAlertnameOrderByIdAsc(String alertname);
}
