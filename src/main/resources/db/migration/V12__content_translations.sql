-- Content in any number of languages. Each kind of item keeps its translatable text in its own table, one row per
-- language (a language tag such as en, pl or cy); which languages a deployment offers is configuration, so adding
-- one needs no migration. Today's English text becomes the 'en' rows and the Polish the 'pl' rows; a Polish row is
-- made wherever any Polish field was written, so nothing typed is lost. Text columns are nullable: whether a
-- translation is complete enough to show is the application's rule, not the schema's.

create table priority_text (
    priority_id bigint not null,
    language varchar(8) not null,
    issue varchar(1000),
    action_text varchar(2000),
    primary key (priority_id, language),
    constraint fk_priority_text foreign key (priority_id) references priority (id) on delete cascade
);

insert into priority_text (priority_id, language, issue, action_text)
    select id, 'en', issue, action_text from priority;
insert into priority_text (priority_id, language, issue, action_text)
    select id, 'pl', issue_pl, action_pl from priority
    where coalesce(trim(issue_pl), '') <> '' or coalesce(trim(action_pl), '') <> '';

alter table priority drop column issue;
alter table priority drop column issue_pl;
alter table priority drop column action_text;
alter table priority drop column action_pl;

create table event_text (
    event_id bigint not null,
    language varchar(8) not null,
    title varchar(200),
    description varchar(4000),
    primary key (event_id, language),
    constraint fk_event_text foreign key (event_id) references event (id) on delete cascade
);

insert into event_text (event_id, language, title, description)
    select id, 'en', title, description from event;
insert into event_text (event_id, language, title, description)
    select id, 'pl', title_pl, description_pl from event
    where coalesce(trim(title_pl), '') <> '' or coalesce(trim(description_pl), '') <> '';

alter table event drop column title;
alter table event drop column title_pl;
alter table event drop column description;
alter table event drop column description_pl;

create table team_update_text (
    update_id bigint not null,
    language varchar(8) not null,
    title varchar(200),
    body_markdown longtext,
    primary key (update_id, language),
    constraint fk_team_update_text foreign key (update_id) references team_update (id) on delete cascade
);

insert into team_update_text (update_id, language, title, body_markdown)
    select id, 'en', title, body_markdown from team_update;
insert into team_update_text (update_id, language, title, body_markdown)
    select id, 'pl', title_pl, body_markdown_pl from team_update
    where coalesce(trim(title_pl), '') <> '' or coalesce(trim(body_markdown_pl), '') <> '';

alter table team_update drop column title;
alter table team_update drop column title_pl;
alter table team_update drop column body_markdown;
alter table team_update drop column body_markdown_pl;
