package dev.supervisorportal.scheduler.plugins;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.Workload;

/**
 * For volumes placed on datastores, each datastore modelled as a host whose capacity and use are storage only: the
 * volume's size fits in what the datastore has left. Not among the built-in filters; a scheduler that provisions
 * volumes is built with it ({@code new Scheduler(List.of(new HostReady(), new DatastoreRoom()), score)}).
 */
public final class DatastoreRoom implements Filter {

    @Override
    public String name() {
        return "datastore-room";
    }

    @Override
    public Status filter(Workload volume, Host datastore) {
        long needed = volume.demand().storageGib();
        long free = datastore.capacity().storageGib() - datastore.used().storageGib();
        return ResourcesFit.fits(needed, datastore.used().storageGib(), datastore.capacity().storageGib())
                ? Status.SUCCESS : Status.unschedulable("scheduler.datastore-room", free, needed);
    }
}
