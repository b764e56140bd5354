package dev.supervisorportal.backend.catalog;

import java.util.ArrayList;
import java.util.List;

/** vSphere's default VM classes: {@code best-effort-} and {@code guaranteed-} in eight sizes. */
public final class StandardVmClasses {

    private record Size(String name, int cpus, long memoryGib) {
    }

    private static final List<Size> SIZES = List.of(new Size("xsmall", 2, 2), new Size("small", 2, 4),
            new Size("medium", 2, 8), new Size("large", 4, 16), new Size("xlarge", 4, 32), new Size("2xlarge", 8, 64),
            new Size("4xlarge", 16, 128), new Size("8xlarge", 32, 128));

    private StandardVmClasses() {
    }

    public static List<VmClassView> all() {
        List<VmClassView> classes = new ArrayList<>();
        for (Reservation reservation : List.of(Reservation.BEST_EFFORT, Reservation.GUARANTEED)) {
            String prefix = reservation == Reservation.GUARANTEED ? "guaranteed-" : "best-effort-";
            SIZES.forEach(size -> classes.add(new VmClassView(prefix + size.name(), size.cpus(),
                    size.memoryGib() * 1024, reservation)));
        }
        return classes;
    }
}
