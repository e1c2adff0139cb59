-- An event a neighbourhood team runs. Public only when published and its publish time has come.
create table event (
    id bigint auto_increment primary key,
    neighbourhood_id bigint not null,
    slug varchar(80) not null,
    event_type varchar(30) not null,
    event_format varchar(20) not null,
    title varchar(200) not null,
    title_pl varchar(200),
    description varchar(4000),
    description_pl varchar(4000),
    venue_name varchar(200),
    venue_address varchar(300),
    accessibility_notes varchar(1000),
    online_url varchar(500),
    starts_at datetime(6) not null,
    ends_at datetime(6) not null,
    publication varchar(20) not null,
    publish_at datetime(6),
    version bigint not null default 0,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    updated_by varchar(80),
    constraint uk_event_slug unique (slug),
    constraint fk_event_neighbourhood foreign key (neighbourhood_id) references neighbourhood (id) on delete cascade
);

create index ix_event_public on event (publication, starts_at);
