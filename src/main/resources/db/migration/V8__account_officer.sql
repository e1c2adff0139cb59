-- The officer whose own public profile an account may edit (story, languages, photo). Stored as a plain id on
-- the account, so the security feature stays below officers; one account per officer, and the link goes when
-- the officer does.
alter table user_account add column officer_id bigint;
alter table user_account add constraint uk_user_account_officer unique (officer_id);
alter table user_account add constraint fk_user_account_officer foreign key (officer_id) references officer (id) on delete set null;
