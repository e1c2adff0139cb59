-- One schema for H2 (in MariaDB mode) and MariaDB.

create table neighbourhood (
    id bigint auto_increment primary key,
    slug varchar(80) not null,
    name varchar(120) not null,
    summary varchar(1000),
    email varchar(254),
    phone varchar(40),
    boundary longtext,
    version bigint not null default 0,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    constraint uk_neighbourhood_slug unique (slug)
);

create table neighbourhood_link (
    neighbourhood_id bigint not null,
    position int not null,
    label varchar(80) not null,
    url varchar(500) not null,
    primary key (neighbourhood_id, position),
    constraint fk_neighbourhood_link foreign key (neighbourhood_id) references neighbourhood (id) on delete cascade
);

-- A postcode a neighbourhood covers: a full postcode ('NS1 4AB') or an outward code ('NS1'), normalised.
create table postcode_coverage (
    id bigint auto_increment primary key,
    neighbourhood_id bigint not null,
    postcode varchar(8) not null,
    constraint uk_postcode_coverage unique (postcode, neighbourhood_id),
    constraint fk_postcode_coverage foreign key (neighbourhood_id) references neighbourhood (id) on delete cascade
);

create table officer (
    id bigint auto_increment primary key,
    slug varchar(80) not null,
    name varchar(120) not null,
    officer_rank varchar(20) not null,
    role_title varchar(120) not null,
    team_name varchar(120) not null,
    bio varchar(4000),
    photo_alt varchar(300),
    version bigint not null default 0,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    constraint uk_officer_slug unique (slug)
);

create table officer_neighbourhood (
    officer_id bigint not null,
    neighbourhood_id bigint not null,
    primary key (officer_id, neighbourhood_id),
    constraint fk_officer_neighbourhood_officer foreign key (officer_id) references officer (id) on delete cascade,
    constraint fk_officer_neighbourhood_neighbourhood foreign key (neighbourhood_id) references neighbourhood (id) on delete cascade
);

create table officer_language (
    officer_id bigint not null,
    language varchar(8) not null,
    primary key (officer_id, language),
    constraint fk_officer_language foreign key (officer_id) references officer (id) on delete cascade
);

create table officer_photo (
    officer_id bigint primary key,
    content_type varchar(40) not null,
    data longblob not null,
    updated_at datetime(6) not null,
    constraint fk_officer_photo foreign key (officer_id) references officer (id) on delete cascade
);
