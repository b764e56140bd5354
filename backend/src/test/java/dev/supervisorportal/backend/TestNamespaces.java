package dev.supervisorportal.backend;

import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.CatalogKind;
import dev.supervisorportal.backend.catalog.CatalogService;
import dev.supervisorportal.backend.catalog.StandardVmClasses;
import dev.supervisorportal.backend.namespaces.NamespaceRequestCommand;
import dev.supervisorportal.backend.namespaces.NamespaceRequestService;
import dev.supervisorportal.backend.namespaces.ObjectCountLimits;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.users.UserAccounts;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/** Test setup through the real services: a catalog, users of one test's own, approved namespaces. */
@Component
public class TestNamespaces {

    public static final String IMAGE = "ubuntu-22.04-server";
    public static final String STORAGE_POLICY = "vsan-default-storage-policy";
    public static final String RELEASE = "v1.30.1---vmware.1-fips.1-tkg.5";

    private final UserAccounts users;
    private final NamespaceRequestService requests;
    private final CatalogService catalog;

    TestNamespaces(UserAccounts users, NamespaceRequestService requests, CatalogService catalog) {
        this.users = users;
        this.requests = requests;
        this.catalog = catalog;
    }

    public void seedCatalog() {
        catalog.seed(StandardVmClasses.all(), List.of(
                new CatalogItemView(CatalogKind.IMAGE, IMAGE, "Ubuntu"),
                new CatalogItemView(CatalogKind.IMAGE, "photon-5", "Photon"),
                new CatalogItemView(CatalogKind.STORAGE_POLICY, STORAGE_POLICY, "vSAN"),
                new CatalogItemView(CatalogKind.STORAGE_POLICY, "vsan-gold", "vSAN gold"),
                new CatalogItemView(CatalogKind.KUBERNETES_RELEASE, RELEASE, "1.30")));
    }

    /** A new user of this role (and team), with a unique name. */
    public String user(String prefix, Role role, String team) {
        return users.create(prefix + "-" + shortId(), "pw", role, team).username();
    }

    /** A namespace requested by {@code owner} and approved by a new admin; leaves {@code owner} signed in. */
    public String approvedNamespace(String owner, long cpuMhz, long memoryMib, long storageGib) {
        return approvedNamespace(owner, cpuMhz, memoryMib, storageGib, ObjectCountLimits.NONE);
    }

    /** A namespace with count limits, requested by {@code owner} and approved as asked; leaves {@code owner} signed in. */
    public String approvedNamespace(String owner, long cpuMhz, long memoryMib, long storageGib,
                                    ObjectCountLimits counts) {
        String name = "ns-" + shortId();
        SignedIn.as(owner, users.require(owner).role());
        long id = requests.submit(new NamespaceRequestCommand(name, cpuMhz, memoryMib, storageGib, "test",
                counts.maxVms(), counts.maxTkgClusters(), counts.maxPods(), counts.maxPvcs())).id();
        SignedIn.as(user("approver", Role.ADMIN, null), Role.ADMIN);
        requests.approve(id);
        SignedIn.as(owner, users.require(owner).role());
        return name;
    }

    public static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
