-- People who sign in through a directory (LDAP, Active Directory) or an OIDC provider have an account too, so that
-- permissions, language and audit work as for everyone; the directory keeps their password, the portal none.
alter table app_user alter column password_hash drop not null;
alter table app_user add column source varchar(20) default 'LOCAL' not null;
alter table app_user add constraint app_user_source_check check (source in ('LOCAL', 'LDAP', 'OIDC'));
alter table app_user add constraint app_user_local_password_check check (source <> 'LOCAL' or password_hash is not null);
