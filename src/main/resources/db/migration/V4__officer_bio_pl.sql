-- An officer's "why I do this job" in Polish, for visitors who read the portal in Polish.
alter table officer add column bio_pl varchar(4000);
