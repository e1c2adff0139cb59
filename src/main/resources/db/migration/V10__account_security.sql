-- A password handed out by an administrator must be changed at the first sign-in.
alter table user_account add column must_change_password boolean not null default false;
-- Two-step sign-in: the shared TOTP secret (Base32) once confirmed, and the last time step used, so that a
-- code is accepted once only.
alter table user_account add column totp_secret varchar(64);
alter table user_account add column totp_last_step bigint;

-- Two-step recovery codes, SHA-256 only; a used code is deleted.
create table user_recovery_code (
    user_id bigint not null,
    code_hash varchar(64) not null,
    primary key (user_id, code_hash),
    constraint fk_user_recovery_code_user foreign key (user_id) references user_account (id) on delete cascade
);

-- "Forgot password" links: only the SHA-256 of the token, single use, expiring.
create table password_reset_link (
    id bigint auto_increment primary key,
    user_id bigint not null,
    token_hash varchar(64) not null,
    expires_at datetime(6) not null,
    used_at datetime(6),
    created_at datetime(6) not null,
    constraint uk_password_reset_link_token unique (token_hash),
    constraint fk_password_reset_link_user foreign key (user_id) references user_account (id) on delete cascade
);

-- Settings for every account, one row: whether every administrator must use two-step sign-in.
create table account_policy (
    id bigint primary key,
    admins_need_two_step boolean not null default false,
    version bigint not null default 0,
    updated_at datetime(6) not null
);
insert into account_policy (id, admins_need_two_step, version, updated_at) values (1, false, 0, '2026-12-01 00:00:00');
