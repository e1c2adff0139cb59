-- Forum series and sessions in any number of languages, as V12 did for priorities, events and updates.

create table forum_series_text (
    series_id bigint not null,
    language varchar(8) not null,
    name varchar(200),
    summary varchar(500),
    description varchar(4000),
    cadence varchar(200),
    primary key (series_id, language),
    constraint fk_forum_series_text foreign key (series_id) references forum_series (id) on delete cascade
);

insert into forum_series_text (series_id, language, name, summary, description, cadence)
    select id, 'en', name, summary, description, cadence from forum_series;
insert into forum_series_text (series_id, language, name, summary, description, cadence)
    select id, 'pl', name_pl, summary_pl, description_pl, cadence_pl from forum_series
    where coalesce(trim(name_pl), '') <> '' or coalesce(trim(summary_pl), '') <> ''
       or coalesce(trim(description_pl), '') <> '' or coalesce(trim(cadence_pl), '') <> '';

alter table forum_series drop column name;
alter table forum_series drop column name_pl;
alter table forum_series drop column summary;
alter table forum_series drop column summary_pl;
alter table forum_series drop column description;
alter table forum_series drop column description_pl;
alter table forum_series drop column cadence;
alter table forum_series drop column cadence_pl;

create table forum_session_text (
    session_id bigint not null,
    language varchar(8) not null,
    title varchar(200),
    description varchar(4000),
    primary key (session_id, language),
    constraint fk_forum_session_text foreign key (session_id) references forum_session (id) on delete cascade
);

insert into forum_session_text (session_id, language, title, description)
    select id, 'en', title, description from forum_session;
insert into forum_session_text (session_id, language, title, description)
    select id, 'pl', title_pl, description_pl from forum_session
    where coalesce(trim(title_pl), '') <> '' or coalesce(trim(description_pl), '') <> '';

alter table forum_session drop column title;
alter table forum_session drop column title_pl;
alter table forum_session drop column description;
alter table forum_session drop column description_pl;
