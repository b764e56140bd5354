-- Day 2 for TKG clusters: the cluster and its pools hold the desired spec; each node VM records the release it was
-- built with (its VM class is there already) and its pool, so a rolling change can tell old nodes from new ones.
alter table tkg_cluster add column version bigint default 0 not null;
-- True while the cluster's nodes are being replaced one at a time (a class change or a release upgrade).
alter table tkg_cluster add column rolling boolean default false not null;
-- Why a roll waits (quota, no host with room), as a message; null while it moves.
alter table tkg_cluster add column rollout_note varchar(2000);

alter table workload add column kubernetes_release varchar(100);
alter table workload add column node_pool varchar(63);

update workload set kubernetes_release =
    (select c.kubernetes_release from tkg_cluster c where c.id = workload.cluster_id)
    where cluster_id is not null;
update workload set node_pool =
    (select max(p.name) from tkg_node_pool p join tkg_cluster c on c.id = p.cluster_id
     where c.id = workload.cluster_id and workload.name like c.name || '-' || p.name || '-%')
    where cluster_id is not null and node_role = 'worker';

alter table reconcile_event drop constraint reconcile_event_type_check;
alter table reconcile_event add constraint reconcile_event_type_check check (type in
    ('PLACED', 'STARTED', 'MIGRATED', 'BALANCED', 'RESTARTING', 'UNPLACEABLE', 'EVACUATION_BLOCKED',
     'POWERED_OFF', 'POWERED_ON', 'RESTARTED', 'NODE_REPLACED', 'ROLLOUT_STALLED', 'ROLLOUT_DONE'));
