package dev.supervisorportal.backend.reconcile;

import java.util.List;

/**
 * A zone's hosts with their use, and its workloads that wait for a host.
 *
 * @param down     every host of the zone has failed
 * @param waiting  workloads admitted into the zone that wait for a host, each with its reason
 */
public record ZoneOverview(String name, List<HostUsage> hosts, boolean down, List<HostUsage.HostedWorkload> waiting) {
}
