package dev.supervisorportal.backend.inventory;

/**
 * What runs on hosts, as the feature that places it counts it: a host can leave the inventory only when nothing is
 * placed on it. The workloads feature implements it as a bean.
 */
public interface HostWorkloads {

    /** How many workloads are placed or running on the host. */
    long countOn(long hostId);
}
