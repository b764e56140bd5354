-- What a reconcile cycle writes for people to read later (why a workload waits, what an event did) is stored as a
-- message key with its arguments, as compact JSON ({"key":"…","args":[…]}), so each reader gets it in their own
-- language. The JSON is longer than the English was: the columns widen. Rows written before stay plain English
-- texts; the portal shows them as they are.
alter table workload alter column status_reason set data type varchar(8000);
alter table reconcile_event alter column message set data type varchar(8000);
alter table reconcile_run alter column detail set data type varchar(2000);
