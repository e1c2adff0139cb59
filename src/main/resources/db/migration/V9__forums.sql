-- Community forums: a series (such as the community leaders forum) has sessions; residents sign up without
-- an account and everything after that happens through emailed links.
create table forum_series (
    id bigint auto_increment primary key,
    slug varchar(80) not null,
    name varchar(200) not null,
    name_pl varchar(200),
    summary varchar(500) not null,
    summary_pl varchar(500),
    description varchar(4000),
    description_pl varchar(4000),
    cadence varchar(200),
    cadence_pl varchar(200),
    published boolean not null default false,
    version bigint not null default 0,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    constraint uk_forum_series_slug unique (slug)
);

-- The facilitators who run a series; only they (and administrators) manage it.
create table forum_series_facilitator (
    series_id bigint not null,
    user_id bigint not null,
    primary key (series_id, user_id),
    constraint fk_forum_facilitator_series foreign key (series_id) references forum_series (id) on delete cascade,
    constraint fk_forum_facilitator_user foreign key (user_id) references user_account (id) on delete cascade
);

create table forum_session (
    id bigint auto_increment primary key,
    series_id bigint not null,
    slug varchar(80) not null,
    title varchar(200) not null,
    title_pl varchar(200),
    description varchar(4000),
    description_pl varchar(4000),
    session_format varchar(20) not null,
    venue_name varchar(200),
    venue_address varchar(300),
    accessibility_notes varchar(1000),
    online_url varchar(500),
    starts_at datetime(6) not null,
    ends_at datetime(6) not null,
    capacity int not null,
    chairs varchar(300),
    -- A safe-space session: listed publicly, but where it happens goes only to approved registrants.
    listening_circle boolean not null default false,
    published boolean not null default false,
    agenda_published boolean not null default false,
    version bigint not null default 0,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    constraint uk_forum_session_slug unique (series_id, slug),
    constraint fk_forum_session_series foreign key (series_id) references forum_series (id) on delete cascade
);

create index ix_forum_session_starts on forum_session (series_id, starts_at);

create table forum_registration (
    id bigint auto_increment primary key,
    session_id bigint not null,
    name varchar(120) not null,
    email varchar(254) not null,
    organisation varchar(200),
    accessibility_needs varchar(1000),
    locale varchar(10) not null,
    status varchar(20) not null,
    -- Places and the waiting list go in the order people confirmed.
    confirmed_at datetime(6),
    approval varchar(20),
    attended boolean,
    consent_version varchar(40) not null,
    consented_at datetime(6) not null,
    reminder_sent_at datetime(6),
    version bigint not null default 0,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    constraint uk_forum_registration_email unique (session_id, email),
    constraint fk_forum_registration_session foreign key (session_id) references forum_session (id) on delete cascade
);

create index ix_forum_registration_status on forum_registration (session_id, status, confirmed_at);

-- Emailed links: random, single-purpose, expiring, and stored only as a SHA-256 hash.
create table forum_link (
    id bigint auto_increment primary key,
    registration_id bigint not null,
    purpose varchar(20) not null,
    token_hash varchar(64) not null,
    expires_at datetime(6) not null,
    used_at datetime(6),
    created_at datetime(6) not null,
    constraint uk_forum_link_hash unique (token_hash),
    constraint fk_forum_link_registration foreign key (registration_id) references forum_registration (id) on delete cascade
);

create table forum_topic (
    id bigint auto_increment primary key,
    session_id bigint not null,
    proposed_by bigint,
    title varchar(200) not null,
    details varchar(1000),
    status varchar(20) not null,
    agenda_position int,
    created_at datetime(6) not null,
    constraint fk_forum_topic_session foreign key (session_id) references forum_session (id) on delete cascade,
    constraint fk_forum_topic_registration foreign key (proposed_by) references forum_registration (id) on delete set null
);

create table forum_topic_support (
    topic_id bigint not null,
    registration_id bigint not null,
    primary key (topic_id, registration_id),
    constraint fk_forum_support_topic foreign key (topic_id) references forum_topic (id) on delete cascade,
    constraint fk_forum_support_registration foreign key (registration_id) references forum_registration (id) on delete cascade
);

-- "You said, we did": what the community raised and what the police did about it.
create table forum_action (
    id bigint auto_increment primary key,
    session_id bigint not null,
    said varchar(1000) not null,
    did varchar(2000) not null,
    owner varchar(200) not null,
    due_date date,
    status varchar(20) not null,
    published boolean not null default false,
    version bigint not null default 0,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    constraint fk_forum_action_session foreign key (session_id) references forum_session (id) on delete cascade
);

-- Feedback after a session; from a listening circle it may be anonymous (no registration kept).
create table forum_feedback (
    id bigint auto_increment primary key,
    session_id bigint not null,
    registration_id bigint,
    body varchar(4000) not null,
    created_at datetime(6) not null,
    constraint fk_forum_feedback_session foreign key (session_id) references forum_session (id) on delete cascade,
    constraint fk_forum_feedback_registration foreign key (registration_id) references forum_registration (id) on delete set null
);
