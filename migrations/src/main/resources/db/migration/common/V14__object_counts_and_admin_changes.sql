-- Object-count limits per namespace (as vSphere's namespace limits and Kubernetes' count/… quota): at most so many
-- VMs, TKG clusters, vSphere Pods and PVCs. Null is no limit. A namespace request and a quota request ask for them,
-- and the admin's decision records what was approved, as for the CPU, memory and storage limits.
alter table namespace add column max_vms bigint;
alter table namespace add column max_tkg_clusters bigint;
alter table namespace add column max_pods bigint;
alter table namespace add column max_pvcs bigint;
alter table namespace add constraint namespace_max_counts_check check (
    (max_vms is null or max_vms >= 0) and (max_tkg_clusters is null or max_tkg_clusters >= 0)
    and (max_pods is null or max_pods >= 0) and (max_pvcs is null or max_pvcs >= 0));

alter table namespace_request add column max_vms bigint;
alter table namespace_request add column max_tkg_clusters bigint;
alter table namespace_request add column max_pods bigint;
alter table namespace_request add column max_pvcs bigint;
alter table namespace_request add column approved_max_vms bigint;
alter table namespace_request add column approved_max_tkg_clusters bigint;
alter table namespace_request add column approved_max_pods bigint;
alter table namespace_request add column approved_max_pvcs bigint;

alter table quota_request add column max_vms bigint;
alter table quota_request add column max_tkg_clusters bigint;
alter table quota_request add column max_pods bigint;
alter table quota_request add column max_pvcs bigint;
alter table quota_request add column approved_max_vms bigint;
alter table quota_request add column approved_max_tkg_clusters bigint;
alter table quota_request add column approved_max_pods bigint;
alter table quota_request add column approved_max_pvcs bigint;

-- Counting a namespace's objects of a kind at admission (with its ledger rows locked) reads this index.
create index workload_namespace_kind_idx on workload (namespace_id, kind);
