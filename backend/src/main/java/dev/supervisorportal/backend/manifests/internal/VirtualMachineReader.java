package dev.supervisorportal.backend.manifests.internal;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.manifests.ManifestDocument;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.backend.workloads.KubernetesQuantities;
import dev.supervisorportal.backend.workloads.PowerState;

/**
 * A VM Operator {@code VirtualMachine}, {@code v1alpha1} to {@code v1alpha4}: class, image, storage class, boot disk
 * (from {@code v1alpha2} on), the zone label and {@code spec.powerState}.
 */
final class VirtualMachineReader extends KindReader {

    /** The boot disk of a VM whose manifest gives none ({@code v1alpha1} has no field for it). */
    static final long DEFAULT_VM_DISK_GIB = 40;
    static final String ZONE_LABEL = "topology.kubernetes.io/zone";

    VirtualMachineReader() {
        super("VirtualMachine", "vmoperator.vmware.com/v1alpha1", "vmoperator.vmware.com/v1alpha2",
                "vmoperator.vmware.com/v1alpha3", "vmoperator.vmware.com/v1alpha4");
    }

    @Override
    Object apiVersionsForUsers() {
        return Msg.of("manifests.vm-api-versions");
    }

    @Override
    DocumentCommand read(KindDocument document) {
        DocumentReader reader = document.reader();
        ManifestNode spec = document.root().child("spec");
        ManifestNode className = spec.child("className");
        String vmClass = className.requiredText();
        reader.source("vmClass", className.path());

        // v1alpha2 and later may name the image as spec.image {kind, name} instead of spec.imageName.
        boolean v1alpha1 = document.apiVersion().endsWith("/v1alpha1");
        ManifestNode image = spec.child("imageName");
        if (!image.present() && !v1alpha1 && spec.child("image").present()) {
            spec.child("image").child("kind").text();
            image = spec.child("image").child("name");
        }
        String imageName = image.requiredText();
        reader.source("image", image.path());

        ManifestNode storageClass = spec.child("storageClass");
        String storagePolicy = storageClass.requiredText();
        reader.source("storagePolicy", storageClass.path());

        Long diskGib = DEFAULT_VM_DISK_GIB;
        ManifestNode bootDisk = spec.child("advanced").child("bootDiskCapacity");
        if (!v1alpha1 && bootDisk.present()) {
            reader.source("diskGib", bootDisk.path());
            reader.source("storageGib", bootDisk.path());
            diskGib = gib(bootDisk, reader);
        }

        ManifestNode zone = document.root().child("metadata").child("labels").child(ZONE_LABEL);
        reader.source("zone", zone.path());
        return DocumentCommand.of(new CreateVmCommand(document.name(), vmClass, imageName, storagePolicy, diskGib,
                zone.text()), new ManifestDocument.VmState(powerState(spec.child("powerState")),
                !v1alpha1 && bootDisk.present()));
    }

    /** {@code PoweredOn} or {@code PoweredOff} (v1alpha1 writes {@code poweredOn}); anything else is ignored. */
    private static PowerState powerState(ManifestNode node) {
        String text = node.peekText();
        for (PowerState state : PowerState.values()) {
            if (state.manifestValue().equalsIgnoreCase(text)) {
                node.honour();
                return state;
            }
        }
        return null;
    }

    private static Long gib(ManifestNode size, DocumentReader reader) {
        String quantity = size.text();
        KubernetesQuantities.Result mib = KubernetesQuantities.memoryMib(quantity);
        if (quantity == null || mib.problemMessage().isPresent()) {
            reader.problem(size.path(), Msg.of("manifests.size-unreadable", size.path(),
                    quantity == null ? "" : quantity));
            return null;
        }
        return Math.ceilDiv(mib.value(), 1024L);
    }
}
