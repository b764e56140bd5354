-- The reconciler (issue 5): the Supervisor's own control-plane VMs are workloads without a namespace, a placed
-- workload remembers when it was placed (its spherelet starts it a little later), a TKG cluster remembers when all
-- its nodes first ran, and every placement, start, migration, restart and failure to place is an event.
alter table workload alter column namespace_id drop not null;
alter table workload drop constraint workload_kind_check;
alter table workload add constraint workload_kind_check
    check (kind in ('VM', 'TKG_NODE', 'POD', 'SUPERVISOR_VM'));
alter table workload add constraint workload_namespace_check
    check ((kind = 'SUPERVISOR_VM') = (namespace_id is null));
alter table workload add column placed_at timestamp with time zone;
create index workload_host_idx on workload (host_id);

alter table tkg_cluster add column ready_at timestamp with time zone;

-- Ids come from a sequence in blocks of 50, so a cycle that places thousands of workloads inserts its events in
-- JDBC batches.
create sequence reconcile_event_seq start with 1 increment by 50;
create table reconcile_event (
    id              bigint primary key,
    occurred_at     timestamp with time zone not null,
    zone_name       varchar(63)   not null,
    namespace_name  varchar(63),
    workload_kind   varchar(20)   not null,
    workload_name   varchar(63)   not null,
    type            varchar(30)   not null,
    from_host       varchar(100),
    to_host         varchar(100),
    message         varchar(2000) not null,
    constraint reconcile_event_type_check check (type in
        ('PLACED', 'STARTED', 'MIGRATED', 'BALANCED', 'RESTARTING', 'UNPLACEABLE', 'EVACUATION_BLOCKED'))
);
create index reconcile_event_namespace_idx on reconcile_event (namespace_name, occurred_at);
create index reconcile_event_time_idx on reconcile_event (occurred_at);
