-- The language each user reads the portal in (an IETF tag: 'en', 'de'); null until they choose one, when the
-- browser's language decides.
alter table app_user add column language varchar(16);
