-- An event's accessibility notes are prose read by those who most need them in their own language: they move
-- from the event into its text in each language. The notes written so far move into the event's English text,
-- the language they were written in (V12 made every existing title English), or, for an event with no English
-- text, into the text of its first language by code. No note is lost: the event column is dropped only after.
alter table event_text add column accessibility_notes varchar(1000);

update event_text
set accessibility_notes = (select e.accessibility_notes from event e where e.id = event_text.event_id)
where language = (select case when sum(case when x.language = 'en' then 1 else 0 end) > 0 then 'en'
                              else min(x.language) end
                  from (select event_id, language from event_text) x
                  where x.event_id = event_text.event_id);

alter table event drop column accessibility_notes;
