package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.TestNamespaces;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import org.springframework.beans.factory.annotation.Autowired;

/** Base of the integration tests of workload admission: the workload service and namespaces to create them in. */
abstract class WorkloadIntegrationTest extends IntegrationTest {

    @Autowired
    WorkloadService workloads;
    @Autowired
    NamespaceService namespaces;
    @Autowired
    TestNamespaces setup;
}
