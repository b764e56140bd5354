package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.volumes.AttachTarget;
import dev.supervisorportal.backend.volumes.CreatePvcCommand;
import dev.supervisorportal.backend.volumes.PvcView;
import dev.supervisorportal.backend.volumes.UpdatePvcCommand;
import dev.supervisorportal.backend.volumes.VolumeService;
import dev.supervisorportal.backend.volumes.VolumeWhatIf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/namespaces/{namespace}/persistentvolumeclaims")
@Tag(name = "Persistent volume claims", description = "Volumes of a storage policy, bound to a datastore of their zone, attached to a VM or pod")
class PvcController {

    private final VolumeService volumes;

    PvcController(VolumeService volumes) {
        this.volumes = volumes;
    }

    @GetMapping
    @Operation(summary = "The namespace's persistent volume claims")
    List<PvcView> list(@PathVariable String namespace) {
        return volumes.claims(namespace);
    }

    @GetMapping("/{name}")
    @Operation(summary = "One persistent volume claim")
    PvcView get(@PathVariable String namespace, @PathVariable String name) {
        return volumes.claim(namespace, name);
    }

    @PostMapping
    @Operation(summary = "Create a claim (name, storagePolicy, storageGib, accessMode ReadWriteOnce, zone): PENDING until the zone's cycle binds it to a datastore")
    ResponseEntity<PvcView> create(@PathVariable String namespace, @RequestBody CreatePvcCommand command) {
        PvcView claim = volumes.create(namespace, command);
        return ResponseEntity.created(PathValues.location("/api/v1/namespaces/{namespace}/persistentvolumeclaims/{name}",
                namespace, claim.name())).body(claim);
    }

    @PostMapping("/what-if")
    @Operation(summary = "Would this claim fit the quota (overall and its policy's) and a datastore now? Creates nothing")
    VolumeWhatIf whatIf(@PathVariable String namespace, @RequestBody CreatePvcCommand command) {
        return volumes.previewCreate(namespace, command);
    }

    @PatchMapping("/{name}")
    @Operation(summary = "Grow (storageGib), attach (attachedTo {kind VM|POD, name}) or detach (attachedTo null), at the version read")
    PvcView update(@PathVariable String namespace, @PathVariable String name, @RequestBody PatchBody body) {
        return volumes.update(namespace, name, body.command());
    }

    @PostMapping("/{name}/what-if")
    @Operation(summary = "Would growing the claim to storageGib fit the quota and its datastore? Changes nothing")
    VolumeWhatIf growWhatIf(@PathVariable String namespace, @PathVariable String name, @RequestBody PatchBody body) {
        return volumes.previewGrow(namespace, name, body.storageGib);
    }

    @DeleteMapping("/{name}")
    @Operation(summary = "Delete a claim attached to nothing; its storage goes back to the quota and its datastore")
    ResponseEntity<Void> delete(@PathVariable String namespace, @PathVariable String name) {
        volumes.delete(namespace, name);
        return ResponseEntity.noContent().build();
    }

    /** A PATCH body: a field left out keeps what is; {@code "attachedTo": null} detaches. */
    static final class PatchBody {

        private Long storageGib;
        private AttachTarget attachedTo;
        private boolean attachedToGiven;
        private Long version;

        public void setStorageGib(Long storageGib) {
            this.storageGib = storageGib;
        }

        public void setAttachedTo(AttachTarget attachedTo) {
            this.attachedTo = attachedTo;
            this.attachedToGiven = true;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        UpdatePvcCommand command() {
            return new UpdatePvcCommand(storageGib, attachedTo, attachedToGiven && attachedTo == null, version);
        }
    }
}
