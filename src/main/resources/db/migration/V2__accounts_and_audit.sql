create table user_account (
    id bigint auto_increment primary key,
    username varchar(80) not null,
    display_name varchar(120) not null,
    email varchar(254),
    password_hash varchar(200) not null,
    enabled boolean not null default true,
    version bigint not null default 0,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    constraint uk_user_account_username unique (username)
);

create table user_role (
    user_id bigint not null,
    role varchar(20) not null,
    primary key (user_id, role),
    constraint fk_user_role foreign key (user_id) references user_account (id) on delete cascade
);

-- The neighbourhoods an editor serves; an editor may change only their content.
create table user_neighbourhood (
    user_id bigint not null,
    neighbourhood_id bigint not null,
    primary key (user_id, neighbourhood_id),
    constraint fk_user_neighbourhood_user foreign key (user_id) references user_account (id) on delete cascade,
    constraint fk_user_neighbourhood_neighbourhood foreign key (neighbourhood_id) references neighbourhood (id) on delete cascade
);

-- Every back-office change and every sign-in, successful or not.
create table audit_event (
    id bigint auto_increment primary key,
    occurred_at datetime(6) not null,
    actor varchar(80),
    action varchar(60) not null,
    subject_type varchar(60),
    subject_id varchar(80),
    details varchar(2000),
    client_address varchar(64)
);

create index ix_audit_event_occurred_at on audit_event (occurred_at);
