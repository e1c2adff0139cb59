-- The payload entries of a mail that carry a link's secret (comma-separated names), kept only until the mail
-- is delivered and then erased with the entries themselves.
alter table mail_outbox add column secrets varchar(500);

-- Delivered mail is purged some weeks after it was sent: found by status and sending time.
create index ix_mail_outbox_sent on mail_outbox (status, sent_at);
