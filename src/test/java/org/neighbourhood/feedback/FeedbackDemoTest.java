package org.neighbourhood.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's feedback lets the inbox, the figures and an escalation be tried at once: every neighbourhood has
 * answers in and past the 72 hours, Riverside has an item overdue and one escalated, and concerns are voiced this
 * month.
 */
@SpringBootTest
class FeedbackDemoTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ConcernService concerns;

    @Test
    void every_demo_neighbourhood_has_answers_in_time_and_late() {
        var withBoth = jdbc.queryForObject("""
                select count(*) from neighbourhood n
                where n.slug in ('riverside', 'castle-quarter', 'millbrook', 'abbey-fields') and exists (select 1 from feedback f where f.neighbourhood_id = n.id
                              and f.first_answered_at is not null and f.first_answered_at <= f.due_at)
                  and exists (select 1 from feedback f where f.neighbourhood_id = n.id
                              and f.first_answered_at > f.due_at)""", Long.class);

        assertThat(withBoth).isEqualTo(4);
    }

    @Test
    void riverside_has_an_overdue_item_and_an_escalated_one() {
        var now = Timestamp.from(clock.instant());
        var riverside = jdbc.queryForObject("select id from neighbourhood where slug = 'riverside'", Long.class);

        assertThat(jdbc.queryForObject("""
                select count(*) from feedback where neighbourhood_id = ? and first_answered_at is null
                and escalated_at is null and spam = false and due_at < ?""", Long.class, riverside, now))
                .as("overdue, not yet escalated").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from feedback where neighbourhood_id = ? and escalated_at is not"
                + " null", Long.class, riverside)).isPositive();
        assertThat(concerns.topConcerns(riverside, concerns.currentMonth())).hasSizeGreaterThanOrEqualTo(3);
    }
}
