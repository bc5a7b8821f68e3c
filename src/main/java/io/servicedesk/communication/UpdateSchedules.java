package io.servicedesk.communication;

import org.springframework.data.jpa.repository.JpaRepository;

interface UpdateSchedules extends JpaRepository<UpdateSchedule, Long> {
}
