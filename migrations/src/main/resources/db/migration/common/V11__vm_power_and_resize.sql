-- Day 2 for VMs (issue 13): a VM's desired power state and a restart asked for (by a user, or by a resize or a disk
-- grow), both carried out by the zone's reconcile cycle; a powered-off VM keeps its quota but has no host.
alter table workload add column power_state varchar(10) default 'ON' not null;
alter table workload add column restart_requested boolean default false not null;
alter table workload add constraint workload_power_state_check check (power_state in ('ON', 'OFF'));
alter table workload drop constraint workload_status_check;
alter table workload add constraint workload_status_check
    check (status in ('PENDING', 'PLACED', 'RUNNING', 'DELETING', 'POWERED_OFF'));

alter table reconcile_event drop constraint reconcile_event_type_check;
alter table reconcile_event add constraint reconcile_event_type_check check (type in
    ('PLACED', 'STARTED', 'MIGRATED', 'BALANCED', 'RESTARTING', 'UNPLACEABLE', 'EVACUATION_BLOCKED',
     'POWERED_OFF', 'POWERED_ON', 'RESTARTED'));
