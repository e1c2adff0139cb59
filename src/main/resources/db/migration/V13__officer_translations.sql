-- Officers' biographies in any number of languages, as V12 did for priorities, events and updates.

create table officer_text (
    officer_id bigint not null,
    language varchar(8) not null,
    bio varchar(4000),
    primary key (officer_id, language),
    constraint fk_officer_text foreign key (officer_id) references officer (id) on delete cascade
);

insert into officer_text (officer_id, language, bio)
    select id, 'en', bio from officer where coalesce(trim(bio), '') <> '';
insert into officer_text (officer_id, language, bio)
    select id, 'pl', bio_pl from officer where coalesce(trim(bio_pl), '') <> '';

alter table officer drop column bio;
alter table officer drop column bio_pl;
