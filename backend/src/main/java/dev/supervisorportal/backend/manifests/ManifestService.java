package dev.supervisorportal.backend.manifests;

import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.CatalogKind;
import dev.supervisorportal.backend.catalog.CatalogService;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.manifests.internal.ManifestParser;
import dev.supervisorportal.backend.manifests.internal.ManifestWriter;
import dev.supervisorportal.backend.manifests.internal.ParsedDocument;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.namespaces.NamespaceAction;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.QuotaExceededException;
import dev.supervisorportal.backend.workloads.ChangeTkgClusterCommand;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.PodView;
import dev.supervisorportal.backend.workloads.TkgClusterChanges;
import dev.supervisorportal.backend.workloads.TkgClusterView;
import dev.supervisorportal.backend.workloads.WorkloadService;
import dev.supervisorportal.backend.workloads.WorkloadView;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Kubernetes manifests in and out: a paste of several documents creates its VMs, TKG clusters and vSphere Pods
 * through {@link WorkloadService}; the manifest of a VM or TKG cluster that exists updates it to that desired state
 * ({@link VmManifestApply}, {@link TkgClusterChanges}), and an unchanged one changes nothing. All in one transaction,
 * so either every object is created or changed or none is; a dry run
 * does the same work, with the same checks of quota, catalog and names, and rolls it back. Any workload can be
 * written as the manifest that creates it again.
 */
@PreAuthorize("isAuthenticated()")
@Service
@EnableConfigurationProperties(ManifestLimits.class)
public class ManifestService {

    private final WorkloadService workloads;
    private final NamespaceService namespaces;
    private final CatalogService catalog;
    private final ManifestParser parser;
    private final TkgClusterChanges clusterChanges;
    private final VmManifestApply vms;

    ManifestService(WorkloadService workloads, NamespaceService namespaces, CatalogService catalog,
                    ManifestLimits limits, TkgClusterChanges clusterChanges, VmManifestApply vms) {
        this.workloads = workloads;
        this.clusterChanges = clusterChanges;
        this.vms = vms;
        this.namespaces = namespaces;
        this.catalog = catalog;
        this.parser = new ManifestParser(limits);
    }

    /**
     * Creates every object of {@code yaml} in {@code namespace}, or (on a dry run) says what it would create and
     * writes nothing. A refusal names the document ("document 2 (VirtualMachine web-1): …") and its field
     * ({@code documents[1].spec.className}).
     */
    @Transactional
    public ManifestResult apply(String namespace, String yaml, boolean dryRun) {
        namespaces.require(namespace, NamespaceAction.EDIT_WORKLOADS, Msg.of("manifests.to-create"));
        List<ParsedDocument> documents = parser.parse(yaml, namespace,
                catalog.items(CatalogKind.KUBERNETES_RELEASE).stream().map(CatalogItemView::name).toList());
        List<ManifestObject> objects = new ArrayList<>();
        Set<String> vmNames = new HashSet<>();
        for (ParsedDocument document : documents) {
            objects.add(create(namespace, document, vmNames));
        }
        if (dryRun) {
            // Admission ran for real (zones chosen, quota reserved, names taken); none of it is kept.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return new ManifestResult(dryRun, objects);
    }

    @Transactional(readOnly = true)
    public String vmManifest(String namespace, String name) {
        return ManifestWriter.vm(workloads.vm(namespace, name));
    }

    @Transactional(readOnly = true)
    public String tkgClusterManifest(String namespace, String name) {
        return ManifestWriter.tkgCluster(workloads.tkgCluster(namespace, name));
    }

    @Transactional(readOnly = true)
    public String podManifest(String namespace, String name) {
        return ManifestWriter.pod(workloads.pod(namespace, name));
    }

    private boolean exists(String namespace, String cluster) {
        return workloads.tkgClusters(namespace).stream().anyMatch(existing -> existing.name().equals(cluster));
    }

    /**
     * The manifest of an existing cluster as its desired state (as {@code kubectl apply} takes it): the release, the
     * pools; the control plane and storage class must be as they are.
     */
    private static ChangeTkgClusterCommand change(CreateTkgClusterCommand manifest) {
        return new ChangeTkgClusterCommand(manifest.kubernetesRelease(), manifest.controlPlaneNodes(),
                manifest.controlPlaneVmClass(), manifest.storagePolicy(), manifest.nodePools(), null);
    }

    private ManifestObject create(String namespace, ParsedDocument document, Set<String> vmNames) {
        ManifestDocument plan = document.plan();
        try {
            if (plan.vm() != null) {
                WorkloadView vm = vms.apply(namespace, plan.vm(), plan.vmState(), vmNames.add(plan.vm().name()));
                return new ManifestObject(plan.document(), plan.kind(), vm.name(), List.of(vm.zone()), vm.demand(),
                        plan.ignored(), vm, null, null);
            }
            if (plan.tkgCluster() != null) {
                TkgClusterView cluster = exists(namespace, plan.tkgCluster().name())
                        ? clusterChanges.change(namespace, plan.tkgCluster().name(), change(plan.tkgCluster()))
                        : workloads.createTkgCluster(namespace, plan.tkgCluster());
                return new ManifestObject(plan.document(), plan.kind(), cluster.name(),
                        cluster.nodes().stream().map(WorkloadView::zone).distinct().sorted().toList(),
                        cluster.nodes().stream().map(WorkloadView::demand).reduce(Limits.NONE, Limits::plus),
                        plan.ignored(), null, cluster, null);
            }
            PodView pod = workloads.createPod(namespace, plan.pod());
            return new ManifestObject(plan.document(), plan.kind(), pod.workload().name(),
                    List.of(pod.workload().zone()), pod.workload().demand(), plan.ignored(), null, null, pod);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream().map(problem -> FieldProblem.of(
                    document.field(problem.field()), "manifests.labelled-at", document.label(),
                    document.source(problem.field()), problem.message())).toList());
        } catch (QuotaExceededException e) {
            throw new QuotaExceededException(Msg.of("manifests.labelled", document.label(), e.reason()));
        } catch (ConflictException e) {
            throw new ConflictException(e.field() == null ? null : document.field(e.field()),
                    Msg.of("manifests.labelled", document.label(), e.reason()));
        }
    }
}
