package io.servicedesk.contract;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Clients extends JpaRepository<Client, String> {
}
