-- Feedback from residents and the team's inbox. An item keeps who wrote (unless they chose to stay anonymous)
-- only until the retention period after closing; its subject, neighbourhood and timings stay for the figures.
create table feedback (
    id bigint auto_increment primary key,
    reference varchar(12) not null,
    -- Null: for the force in general, which only administrators answer.
    neighbourhood_id bigint,
    subject varchar(20) not null,
    message varchar(2000) not null,
    page varchar(300),
    useful boolean,
    name varchar(120),
    email varchar(254),
    locale varchar(35) not null,
    consent_version varchar(40),
    status varchar(20) not null,
    spam boolean not null default false,
    received_at datetime(6) not null,
    due_at datetime(6) not null,
    first_answered_at datetime(6),
    -- Seconds from receipt to first answer, so that the median is one ordered query on any database.
    answer_seconds bigint,
    assignee_id bigint,
    escalated_at datetime(6),
    closed_at datetime(6),
    erased_at datetime(6),
    version bigint not null default 0,
    constraint uk_feedback_reference unique (reference),
    constraint fk_feedback_neighbourhood foreign key (neighbourhood_id) references neighbourhood (id)
        on delete set null,
    constraint fk_feedback_assignee foreign key (assignee_id) references user_account (id) on delete set null
);

create index ix_feedback_inbox on feedback (neighbourhood_id, status, due_at);
create index ix_feedback_received on feedback (received_at);
create index ix_feedback_closed on feedback (closed_at);

-- The conversation after the first message: the resident's further messages, the team's answers (sent) and
-- internal notes (never sent), and the record of an escalation.
create table feedback_entry (
    id bigint auto_increment primary key,
    feedback_id bigint not null,
    kind varchar(20) not null,
    body varchar(2000) not null,
    author_id bigint,
    author_name varchar(120),
    created_at datetime(6) not null,
    constraint fk_feedback_entry_feedback foreign key (feedback_id) references feedback (id) on delete cascade
);

create index ix_feedback_entry_feedback on feedback_entry (feedback_id, created_at);

-- A resident's private links, kept only as the hash of their token.
create table feedback_link (
    id bigint auto_increment primary key,
    feedback_id bigint not null,
    token_hash varchar(64) not null,
    expires_at datetime(6) not null,
    created_at datetime(6) not null,
    constraint uk_feedback_link_token unique (token_hash),
    constraint fk_feedback_link_feedback foreign key (feedback_id) references feedback (id) on delete cascade
);

-- Voiced concerns: one row per click, counted per neighbourhood, kind and month. The voter is a hash of a random
-- browser token and the month, so one browser counts once a month and no two months' clicks can be linked.
create table feedback_concern (
    id bigint auto_increment primary key,
    neighbourhood_id bigint not null,
    kind varchar(20) not null,
    voiced_month varchar(7) not null,
    voter_hash varchar(64) not null,
    voiced_at datetime(6) not null,
    constraint uk_feedback_concern_voter unique (neighbourhood_id, kind, voiced_month, voter_hash),
    constraint fk_feedback_concern_neighbourhood foreign key (neighbourhood_id) references neighbourhood (id)
        on delete cascade
);

create index ix_feedback_concern_voiced on feedback_concern (neighbourhood_id, voiced_at);
