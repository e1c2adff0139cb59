-- A news post from a neighbourhood team, written in Markdown. Public only when published and its publish time has come.
-- "update" is a reserved word in SQL, so the table is team_update.
create table team_update (
    id bigint auto_increment primary key,
    neighbourhood_id bigint not null,
    slug varchar(80) not null,
    title varchar(200) not null,
    title_pl varchar(200),
    body_markdown longtext not null,
    body_markdown_pl longtext,
    publication varchar(20) not null,
    publish_at datetime(6),
    version bigint not null default 0,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    updated_by varchar(80),
    constraint uk_team_update_slug unique (slug),
    constraint fk_team_update_neighbourhood foreign key (neighbourhood_id) references neighbourhood (id) on delete cascade
);

create index ix_team_update_public on team_update (publication, publish_at);

-- The picture of an update, kept apart so that lists of updates never load image bytes.
create table update_image (
    update_id bigint primary key,
    content_type varchar(40) not null,
    data longblob not null,
    alt varchar(300) not null,
    updated_at datetime(6) not null,
    constraint fk_update_image foreign key (update_id) references team_update (id) on delete cascade
);
