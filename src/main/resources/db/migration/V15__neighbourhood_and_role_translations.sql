-- Neighbourhoods' descriptions and officers' role titles in any number of languages, as V13 did for officers'
-- stories. What was written so far was written in English, the first content language then and by default.

create table neighbourhood_text (
    neighbourhood_id bigint not null,
    language varchar(8) not null,
    summary varchar(1000),
    primary key (neighbourhood_id, language),
    constraint fk_neighbourhood_text foreign key (neighbourhood_id) references neighbourhood (id) on delete cascade
);

insert into neighbourhood_text (neighbourhood_id, language, summary)
    select id, 'en', summary from neighbourhood where coalesce(trim(summary), '') <> '';

alter table neighbourhood drop column summary;

-- The role joins the story in each officer's language rows: the English row gets it, or is made for it where the
-- officer had written no English story.
alter table officer_text add column role_title varchar(120);

update officer_text set role_title = (select o.role_title from officer o where o.id = officer_text.officer_id)
    where language = 'en';
insert into officer_text (officer_id, language, role_title, bio)
    select o.id, 'en', o.role_title, null from officer o
    where not exists (select 1 from officer_text t where t.officer_id = o.id and t.language = 'en');

alter table officer drop column role_title;
