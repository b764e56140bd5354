-- Failed sign-ins in a row, per account name and per client address (kind ACCOUNT or ADDRESS), shared by every
-- portal node: a sign-in is refused until not_before. Rows are updated under a row lock, so parallel failures all
-- count; rows quiet for longer than portal.sign-in.throttle.forget-after are deleted (names an attacker made up, too).
create table sign_in_failure (
    kind            varchar(10)              not null,
    name            varchar(255)             not null,
    failures        integer                  not null,
    last_failure_at timestamp with time zone not null,
    not_before      timestamp with time zone not null,
    version         bigint                   not null,
    primary key (kind, name)
);
create index sign_in_failure_last_failure on sign_in_failure (last_failure_at);
