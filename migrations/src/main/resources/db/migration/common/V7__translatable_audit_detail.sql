-- An audit entry's detail is stored as a message key with its arguments (compact JSON, as the reconciler's events
-- are since V6), so each admin reads it in their own language. The JSON, a justification of up to 2,000 characters
-- included, needs a wider column. Entries written before stay plain English texts and are shown as they are.
alter table audit_entry alter column detail set data type varchar(8000);
