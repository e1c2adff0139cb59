-- A local priority: "you said" (the issue residents raised) and "we did" (the team's action).
-- Public only when published and its publish time has come.
create table priority (
    id bigint auto_increment primary key,
    neighbourhood_id bigint not null,
    issue varchar(1000) not null,
    issue_pl varchar(1000),
    issue_date date not null,
    action_text varchar(2000),
    action_pl varchar(2000),
    action_date date,
    status varchar(20) not null,
    publication varchar(20) not null,
    publish_at datetime(6),
    version bigint not null default 0,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    updated_by varchar(80),
    constraint fk_priority_neighbourhood foreign key (neighbourhood_id) references neighbourhood (id) on delete cascade
);

create index ix_priority_neighbourhood on priority (neighbourhood_id, publication, publish_at);

create index ix_audit_event_subject on audit_event (subject_type, subject_id);
