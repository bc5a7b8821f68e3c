package io.servicedesk.ownership;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PostIncidentReviews extends JpaRepository<PostIncidentReview, Long> {
}
