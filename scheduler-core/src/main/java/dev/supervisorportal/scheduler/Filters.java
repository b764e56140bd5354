package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.Workload;
import dev.supervisorportal.scheduler.plugins.AntiAffinity;
import dev.supervisorportal.scheduler.plugins.Filter;
import dev.supervisorportal.scheduler.plugins.HostReady;
import dev.supervisorportal.scheduler.plugins.Reason;
import dev.supervisorportal.scheduler.plugins.ResourcesFit;
import dev.supervisorportal.scheduler.plugins.Status;
import dev.supervisorportal.scheduler.plugins.ZoneMatch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scheduler's filter plugins in the order they are asked: a host passes when it passes every
 * one, and the first one it fails gives its reason.
 */
record Filters(List<Filter> plugins) {

    /** The built-in rules, the only ones the fast path ({@link ClusterState}) knows how to run. */
    static final Filters BUILT_IN = new Filters(List.of(
            new HostReady(), new ZoneMatch(), new AntiAffinity(), new ResourcesFit()));

    Filters {
        plugins = List.copyOf(plugins);
    }

    /** The verdict of the first filter the host fails, or success if it passes them all. */
    Status firstFailure(Workload workload, Host host) {
        for (Filter filter : plugins) {
            Status status = filter.filter(workload, host);
            if (!status.isSuccess()) {
                return status;
            }
        }
        return Status.SUCCESS;
    }

    /**
     * Why each host turns the workload down, by host name in the order given: its first failing
     * filter's reason.
     *
     * @throws IllegalStateException if a host passes every filter, since the workload would then
     *                               have had a place
     */
    Map<String, Reason> reasons(Workload workload, List<Host> hosts) {
        Map<String, Reason> reasons = new LinkedHashMap<>();
        for (Host host : hosts) {
            Status status = firstFailure(workload, host);
            if (status.isSuccess()) {
                throw new IllegalStateException("host " + host.name() + " passes every filter for workload "
                        + workload.name() + " but was not chosen");
            }
            reasons.put(host.name(), status.reason());
        }
        return reasons;
    }

    /**
     * Whether these are the built-in filters in the built-in order. They are stateless final
     * classes, so the same classes are the same rules, whichever instances were passed.
     */
    boolean areBuiltIn() {
        if (plugins.size() != BUILT_IN.plugins.size()) {
            return false;
        }
        for (int i = 0; i < plugins.size(); i++) {
            if (plugins.get(i).getClass() != BUILT_IN.plugins.get(i).getClass()) {
                return false;
            }
        }
        return true;
    }
}
