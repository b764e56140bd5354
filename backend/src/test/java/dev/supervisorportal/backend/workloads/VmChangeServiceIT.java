package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.NotAllowedException;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.common.StaleVersionException;
import dev.supervisorportal.backend.namespaces.NamespaceDetails;
import dev.supervisorportal.backend.namespaces.PermissionRole;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.QuotaExceededException;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.backend.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static dev.supervisorportal.backend.TestNamespaces.IMAGE;
import static dev.supervisorportal.backend.TestNamespaces.STORAGE_POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A VM's day 2 at the service: power changes recorded for the reconciler, wrong states refused, resizes and disk
 * grows admitted against the difference in the VM's zone, shrinks refused, stale versions refused, and nothing written
 * by a refusal. (What the cycle does with them: {@code VmDayTwoCycleIT}.)
 */
class VmChangeServiceIT extends WorkloadIntegrationTest {

    @Autowired
    VmChangeService changes;
    @Autowired
    JdbcTemplate jdbc;

    String alice;
    String namespace;

    @BeforeEach
    void aVmInZoneA() {
        setup.seedCatalog();
        alice = setup.user("alice", Role.DEVOPS, null);
        // 10,000 MHz, 32 GiB and 100 GiB per zone
        namespace = setup.approvedNamespace(alice, 30_000, 98_304, 300);
        workloads.createVm(namespace, new CreateVmCommand("web-1", "best-effort-large", IMAGE, STORAGE_POLICY, 40L,
                "zone-a"));
    }

    @Test
    void powerChangesAreRecordedForTheReconcilerAndAudited() {
        WorkloadView vm = workloads.vm(namespace, "web-1");
        assertThat(vm.powerState()).isEqualTo(PowerState.ON);

        WorkloadView off = changes.changePower(namespace, "web-1", PowerAction.OFF, vm.version());

        assertThat(off.powerState()).isEqualTo(PowerState.OFF);
        assertThat(off.version()).isGreaterThan(vm.version());
        assertThat(workloads.vm(namespace, "web-1")).isEqualTo(off);
        assertThat(zoneA().used()).isEqualTo(new Limits(8_000, 16_384, 40));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'VM_POWER_OFF' and target_name = ?",
                Long.class, namespace + "/web-1")).isEqualTo(1);

        WorkloadView on = changes.changePower(namespace, "web-1", PowerAction.ON, off.version());
        assertThat(on.powerState()).isEqualTo(PowerState.ON);
    }

    @Test
    void wrongStatesAreConflictsThatWriteNothing() {
        long version = workloads.vm(namespace, "web-1").version();
        assertThatThrownBy(() -> changes.changePower(namespace, "web-1", PowerAction.ON, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("web-1 is powered on already (PENDING)");
        assertThatThrownBy(() -> changes.changePower(namespace, "web-1", PowerAction.RESTART, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("web-1 is not on a host yet (PENDING)");
        changes.changePower(namespace, "web-1", PowerAction.OFF, null);
        long off = workloads.vm(namespace, "web-1").version();
        assertThatThrownBy(() -> changes.changePower(namespace, "web-1", PowerAction.OFF, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("web-1 is powered off already");
        assertThatThrownBy(() -> changes.changePower(namespace, "web-1", PowerAction.RESTART, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("power it on instead");
        assertThat(workloads.vm(namespace, "web-1").version()).isEqualTo(off).isGreaterThan(version);
    }

    @Test
    void aChangeAtAnOldVersionIsRefusedSayingWhatTheVmIsNow() {
        long seen = workloads.vm(namespace, "web-1").version();
        changes.changeVm(namespace, "web-1", new ChangeVmCommand("best-effort-xsmall", null, seen));

        assertThatThrownBy(() -> changes.changePower(namespace, "web-1", PowerAction.OFF, seen))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("VM " + namespace + "/web-1 was changed since you loaded it")
                .hasMessageContaining("PENDING, power ON, VM class best-effort-xsmall, disk 40 GiB");
        assertThatThrownBy(() -> changes.changeVm(namespace, "web-1", new ChangeVmCommand(null, 50L, seen)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(workloads.vm(namespace, "web-1").powerState()).isEqualTo(PowerState.ON);
        assertThat(zoneA().used()).isEqualTo(new Limits(4_000, 2_048, 40));
    }

    @Test
    void aResizeIsAdmittedAgainstTheDifferenceAndASmallerClassGivesSomeBack() {
        WorkloadView bigger = changes.changeVm(namespace, "web-1",
                new ChangeVmCommand("best-effort-xlarge", null, null));
        assertThat(bigger.vmClass()).isEqualTo("best-effort-xlarge");
        assertThat(bigger.demand()).isEqualTo(new Limits(8_000, 32_768, 40));
        assertThat(bigger.restartRequested()).as("not on a host: nothing to restart").isFalse();
        assertThat(zoneA().used()).isEqualTo(new Limits(8_000, 32_768, 40));

        changes.changeVm(namespace, "web-1", new ChangeVmCommand("best-effort-xsmall", null, null));
        assertThat(zoneA().used()).isEqualTo(new Limits(4_000, 2_048, 40));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'VM_RESIZED' and target_name = ?",
                Long.class, namespace + "/web-1")).isEqualTo(2);
    }

    @Test
    void aResizePastTheZonesQuotaNamesTheZoneAndTheResourceAndWritesNothing() {
        long version = workloads.vm(namespace, "web-1").version();
        ChangeVmCommand tooBig = new ChangeVmCommand("best-effort-2xlarge", null, version);

        AdmissionPreview preview = changes.previewChange(namespace, "web-1", tooBig);
        assertThat(preview.fitsQuota()).isFalse();
        assertThat(preview.quota().getFirst().zone()).isEqualTo("zone-a");
        assertThat(preview.workloads().getFirst().demand()).isEqualTo(new Limits(16_000, 65_536, 40));

        assertThatThrownBy(() -> changes.changeVm(namespace, "web-1", tooBig))
                .isInstanceOf(QuotaExceededException.class)
                .hasMessage("Not enough CPU quota in zone-a: needs 8,000 MHz, 2,000 MHz free of 10,000 MHz.");
        WorkloadView vm = workloads.vm(namespace, "web-1");
        assertThat(vm.vmClass()).isEqualTo("best-effort-large");
        assertThat(vm.version()).isEqualTo(version);
        assertThat(zoneA().used()).isEqualTo(new Limits(8_000, 16_384, 40));
    }

    @Test
    void aDiskOnlyGrowsAgainstTheQuota() {
        assertThatThrownBy(() -> changes.changeVm(namespace, "web-1", new ChangeVmCommand(null, 20L, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.field()).containsExactly("storageGib"))
                .hasMessage("storageGib: A disk can only grow: web-1 has 40 GiB, asked for 20 GiB.");
        assertThatThrownBy(() -> changes.changeVm(namespace, "web-1", new ChangeVmCommand(null, 40L, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("can only grow");
        assertThatThrownBy(() -> changes.changeVm(namespace, "web-1", new ChangeVmCommand(null, 101L, null)))
                .isInstanceOf(QuotaExceededException.class).hasMessageContaining("storage quota in zone-a");

        WorkloadView grown = changes.changeVm(namespace, "web-1", new ChangeVmCommand(null, 100L, null));
        assertThat(grown.demand().storageGib()).isEqualTo(100);
        assertThat(zoneA().used().storageGib()).isEqualTo(100);
    }

    @Test
    void badChangesAreRefusedAtTheirField() {
        assertThatThrownBy(() -> changes.changeVm(namespace, "web-1", new ChangeVmCommand("tiny", null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("No VM class named tiny");
        assertThatThrownBy(() -> changes.changeVm(namespace, "web-1", new ChangeVmCommand(null, 0L, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("from 1 to 65,536 GiB");
        assertThatThrownBy(() -> changes.changeVm(namespace, "web-1",
                new ChangeVmCommand("best-effort-large", null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Nothing to change");
        assertThatThrownBy(() -> changes.changePower(namespace, "web-2", PowerAction.OFF, null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyEditorsChangeVms() {
        String viewer = setup.user("viewer", Role.DEVOPS, null);
        namespaces.grant(namespace, NamespaceDetails.SubjectType.USER, viewer, PermissionRole.VIEW);
        SignedIn.as(viewer, Role.DEVOPS);
        assertThatThrownBy(() -> changes.changePower(namespace, "web-1", PowerAction.OFF, null))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> changes.changeVm(namespace, "web-1", new ChangeVmCommand(null, 50L, null)))
                .isInstanceOf(NotAllowedException.class);
        SignedIn.as(setup.user("stranger", Role.DEVOPS, null), Role.DEVOPS);
        assertThatThrownBy(() -> changes.previewChange(namespace, "web-1", new ChangeVmCommand(null, 50L, null)))
                .isInstanceOf(NotFoundException.class);
        SignedIn.as(alice, Role.DEVOPS);
        assertThat(workloads.vm(namespace, "web-1").powerState()).isEqualTo(PowerState.ON);
    }

    private ZoneShare zoneA() {
        List<ZoneShare> zones = namespaces.details(namespace).zones();
        return zones.stream().filter(zone -> zone.zone().equals("zone-a")).findFirst().orElseThrow();
    }
}
