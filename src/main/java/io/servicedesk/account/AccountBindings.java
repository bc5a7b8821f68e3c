package io.servicedesk.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountBindings extends JpaRepository<AccountBinding, String> {
}
