package dev.supervisorportal.backend.inventory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Supervisor this portal runs, created on the first start ({@code portal.supervisor.*}).
 *
 * @param name       shown in the portal
 * @param topology   one zone or three
 * @param mhzPerVcpu what one vCPU counts for in quota and placement
 */
@ConfigurationProperties("portal.supervisor")
public record SupervisorSettings(String name, Topology topology, Integer mhzPerVcpu) {

    public SupervisorSettings {
        name = name == null || name.isBlank() ? "supervisor-01" : name;
        topology = topology == null ? Topology.THREE_ZONE : topology;
        mhzPerVcpu = mhzPerVcpu == null ? 2000 : mhzPerVcpu;
    }
}
