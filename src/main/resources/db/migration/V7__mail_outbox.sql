-- The mail outbox: every email is written here in the transaction that causes it, and a scheduled
-- dispatcher sends it afterwards. It is rendered at send time from its template, payload and language.
create table mail_outbox (
    id bigint auto_increment primary key,
    recipient varchar(254) not null,
    locale varchar(35) not null,
    template varchar(80) not null,
    payload longtext not null,
    status varchar(20) not null,
    attempts int not null default 0,
    next_attempt_at datetime(6) not null,
    -- When a dispatcher claimed it for sending; a claim older than the lease is taken for a crash.
    claimed_at datetime(6),
    last_error varchar(1000),
    created_at datetime(6) not null,
    sent_at datetime(6),
    -- The same Message-ID on every try, so that a resend after a crash is collapsed by mail clients.
    message_id varchar(200) not null,
    constraint uk_mail_outbox_message_id unique (message_id)
);

create index ix_mail_outbox_due on mail_outbox (status, next_attempt_at);

-- Every attempt to send an outbox mail and how it ended.
create table mail_attempt (
    id bigint auto_increment primary key,
    mail_id bigint not null,
    attempted_at datetime(6) not null,
    outcome varchar(20) not null,
    error varchar(1000),
    constraint fk_mail_attempt_mail foreign key (mail_id) references mail_outbox (id) on delete cascade
);

create index ix_mail_attempt_mail on mail_attempt (mail_id, attempted_at);
