package io.servicedesk.coverage;

import org.springframework.data.jpa.repository.JpaRepository;

interface Pages extends JpaRepository<Page, Long> {
}
