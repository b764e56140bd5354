package dev.supervisorportal.backend.manifests.internal;

import dev.supervisorportal.backend.common.EnglishProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Messages;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.manifests.ManifestDocument;
import dev.supervisorportal.backend.manifests.ManifestLimits;
import dev.supervisorportal.backend.workloads.CreatePodCommand;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand.NodePool;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Manifests written as VMware's documentation and public repositories show them, read into the portal's commands. */
class ManifestParserTest {

    static final String TKR = "v1.30.1---vmware.1-fips.1-tkg.5";
    static final List<String> RELEASES = List.of("v1.28.8---vmware.1-fips.1-tkg.2", "v1.29.4---vmware.3-fips.1-tkg.1",
            TKR, "v1.30.1---vmware.1-fips.1-tkg.10", "v1.30.10---vmware.1-fips.1-tkg.1");
    static final ManifestParser PARSER = new ManifestParser(ManifestLimits.DEFAULTS);

    @Test
    void aTanzuKubernetesClusterV1alpha3MapsItsTopologyAndNamesWhatItIgnores() {
        ManifestDocument document = single("tkc-v1alpha3.yaml", "tkg2-zoned");

        assertThat(document.kind()).isEqualTo("TanzuKubernetesCluster");
        assertThat(document.name()).isEqualTo("tkc-zoned");
        assertThat(document.tkgCluster()).isEqualTo(new CreateTkgClusterCommand("tkc-zoned", TKR, 3,
                "guaranteed-medium", "vsan-default-storage-policy", List.of(
                new NodePool("nodepool-a01", 2, "guaranteed-medium", "zone-a"),
                new NodePool("nodepool-b01", 1, "best-effort-large", "zone-b"))));
        assertThat(document.ignored()).extracting(Msg::english).containsExactly(
                "spec.topology.controlPlane.metadata: ignored",
                "spec.topology.nodePools[1].storageClass: ignored (the portal gives every node of a cluster the "
                        + "control plane's storage class, vsan-default-storage-policy)",
                "spec.topology.nodePools[1].volumes: ignored",
                "spec.topology.nodePools[1].taints: ignored",
                "spec.settings: ignored");
    }

    @Test
    void aClusterOfTheClassTanzukubernetesclusterTakesItsVariablesAndTheCatalogsRelease() {
        ManifestDocument document = single("cluster-v1beta1.yaml", "tkg2-cluster-ns");

        assertThat(document.kind()).isEqualTo("Cluster");
        assertThat(document.tkgCluster()).isEqualTo(new CreateTkgClusterCommand("cluster-default",
                "v1.30.1---vmware.1-fips.1-tkg.10", 3, "guaranteed-medium", "vsan-default-storage-policy", List.of(
                new NodePool("node-pool-1", 3, "guaranteed-medium", "zone-a"),
                new NodePool("node-pool-2", 2, "best-effort-large", null))));
        assertThat(document.ignored()).extracting(Msg::english).containsExactly(
                "spec.clusterNetwork: ignored",
                "spec.topology.controlPlane.metadata: ignored",
                "spec.topology.workers.machineDeployments[1].variables.overrides[1].value: ignored (the portal gives "
                        + "every node of a cluster the cluster's storage class, vsan-default-storage-policy)",
                "spec.topology.variables[2]: ignored",
                "spec.topology.variables[3]: ignored");
    }

    @Test
    void aV1alpha1VirtualMachineGetsTheDefaultDiskAndIgnoresItsNetworkAndMetadata() {
        ManifestDocument document = single("vm-v1alpha1.yaml", "team-a");

        assertThat(document.vm()).isEqualTo(new CreateVmCommand("centos-vm", "best-effort-small", "photon-5",
                "vsan-default-storage-policy", VirtualMachineReader.DEFAULT_VM_DISK_GIB, null));
        assertThat(document.ignored()).extracting(Msg::english).containsExactly(
                "metadata.labels: ignored",
                "spec.networkInterfaces: ignored",
                "spec.vmMetadata: ignored");
    }

    @Test
    void aV1alpha3VirtualMachineTakesItsZoneLabelImageReferenceAndBootDisk() {
        ManifestDocument document = single("vm-v1alpha3.yaml", "team-a");

        assertThat(document.vm()).isEqualTo(new CreateVmCommand("web-1", "best-effort-medium", "ubuntu-24.04-server",
                "vsan-default-storage-policy", 60L, "zone-b"));
        assertThat(document.ignored()).extracting(Msg::english).containsExactly(
                "metadata.labels.app: ignored",
                "metadata.annotations: ignored",
                "spec.bootstrap: ignored",
                "spec.network: ignored");
    }

    @Test
    void aPodTakesItsContainersRequests() {
        ManifestDocument document = single("pod.yaml", "team-a");

        assertThat(document.pod()).isEqualTo(new CreatePodCommand("nginx", List.of(
                new CreatePodCommand.Container("nginx", "nginx:1.27", "250m", "512Mi"),
                new CreatePodCommand.Container("sidecar", "envoyproxy/envoy:v1.31.0", "0.5", "256Mi"))));
        assertThat(document.ignored()).extracting(Msg::english).containsExactly(
                "metadata.labels: ignored",
                "spec.containers[0].ports: ignored",
                "spec.containers[0].resources.limits: ignored",
                "spec.restartPolicy: ignored");
    }

    @Test
    void severalDocumentsAreReadInOrderNumberedFromOne() {
        List<ParsedDocument> documents = PARSER.parse(resource("several.yaml"), "team-a", RELEASES);

        assertThat(documents).extracting(d -> d.plan().document(), d -> d.plan().kind(), d -> d.plan().name())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "VirtualMachine", "db-1"),
                        org.assertj.core.groups.Tuple.tuple(2, "TanzuKubernetesCluster", "dev"),
                        org.assertj.core.groups.Tuple.tuple(3, "VirtualMachine", "db-2"));
        assertThat(documents.get(0).plan().vm().diskGib()).isEqualTo(VirtualMachineReader.DEFAULT_VM_DISK_GIB);
        assertThat(documents.get(2).plan().vm().diskGib()).isEqualTo(100L);
        assertThat(documents).allSatisfy(d -> assertThat(d.plan().ignored()).isEmpty());
        assertThat(documents.get(1).field("controlPlaneVmClass"))
                .isEqualTo("documents[1].spec.topology.controlPlane.vmClass");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badManifests")
    void aBadManifestIsRefusedNamingTheDocumentAndTheField(String what, String yaml, List<EnglishProblem> expected) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> PARSER.parse(yaml, "team-a", RELEASES));

        assertThat(refused).as(what).isNotNull();
        assertThat(EnglishProblem.of(refused.problems())).isEqualTo(expected);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> badManifests() {
        String vm = """
                apiVersion: vmoperator.vmware.com/v1alpha2
                kind: VirtualMachine
                metadata:
                  name: web-0
                spec:
                  className: best-effort-small
                  imageName: ubuntu-24.04-server
                  storageClass: vsan-default-storage-policy
                """;
        return Stream.of(
                arguments("no class", vm + "---\n" + """
                        apiVersion: vmoperator.vmware.com/v1alpha2
                        kind: VirtualMachine
                        metadata:
                          name: web-1
                        spec:
                          imageName: ubuntu-24.04-server
                          storageClass: vsan-default-storage-policy
                        """, List.of(new EnglishProblem("documents[1].spec.className",
                        "document 2 (VirtualMachine web-1): spec.className is required."))),
                arguments("unknown kind", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: web
                        """, List.of(new EnglishProblem("documents[0].kind", "document 1 (Deployment web): the portal "
                        + "creates VirtualMachine, TanzuKubernetesCluster, Cluster and Pod objects; not Deployment."))),
                arguments("unknown apiVersion", vm.replace("v1alpha2", "v1beta1"), List.of(new EnglishProblem(
                        "documents[0].apiVersion", "document 1 (VirtualMachine web-0): apiVersion "
                        + "vmoperator.vmware.com/v1beta1 is not supported for VirtualMachine; use "
                        + "vmoperator.vmware.com/v1alpha1 to v1alpha4."))),
                arguments("no name", vm.replace("  name: web-0\n", "  labels: {}\n"), List.of(new EnglishProblem(
                        "documents[0].metadata.name", "document 1 (VirtualMachine): metadata.name is required."))),
                arguments("another namespace", vm.replace("  name: web-0\n", "  name: web-0\n  namespace: team-b\n"),
                        List.of(new EnglishProblem("documents[0].metadata.namespace", "document 1 (VirtualMachine "
                                + "web-0): metadata.namespace is team-b, but this manifest is applied to namespace "
                                + "team-a."))),
                arguments("malformed YAML", vm + "---\nkind: Pod\nmetadata: [name: x\n", List.of(new EnglishProblem(
                        "documents[1]", "document 2: this is not valid YAML (line 12, column 1): while parsing a flow sequence; expected ',' or ']', "
                        + "but got <stream end>."))),
                arguments("a bad name and disk", vm.replace("web-0", "Web_0")
                        .replace("spec:\n", "spec:\n  advanced:\n    bootDiskCapacity: lots\n"), List.of(
                        new EnglishProblem("documents[0].spec.advanced.bootDiskCapacity", "document 1 (VirtualMachine "
                                + "Web_0): spec.advanced.bootDiskCapacity must be a size like 40Gi; 'lots' is not one."),
                        new EnglishProblem("documents[0].metadata.name", "document 1 (VirtualMachine Web_0): "
                                + "metadata.name: Use only lower-case letters, digits and '-'; 'W' is not allowed."))),
                arguments("a cluster of another class and an unknown version", """
                        apiVersion: cluster.x-k8s.io/v1beta1
                        kind: Cluster
                        metadata:
                          name: c1
                        spec:
                          topology:
                            class: builtin-generic-v3.1.0
                            version: v1.31.0+vmware.1
                            controlPlane:
                              replicas: two
                            variables:
                            - name: vmClass
                              value: best-effort-small
                        """, List.of(
                        new EnglishProblem("documents[0].spec.topology.class", "document 1 (Cluster c1): "
                                + "spec.topology.class is builtin-generic-v3.1.0; the portal creates clusters of the "
                                + "class tanzukubernetescluster only."),
                        new EnglishProblem("documents[0].spec.topology.version", "document 1 (Cluster c1): "
                                + "spec.topology.version v1.31.0+vmware.1 matches no Kubernetes release in the "
                                + "catalog; it has " + String.join(", ", RELEASES) + "."),
                        new EnglishProblem("documents[0].spec.topology.variables", "document 1 (Cluster c1): "
                                + "spec.topology.variables needs the variable storageClass."),
                        new EnglishProblem("documents[0].spec.topology.controlPlane.replicas", "document 1 (Cluster "
                                + "c1): spec.topology.controlPlane.replicas must be a whole number."))),
                arguments("a pod without requests", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: p
                        spec:
                          containers:
                          - name: app
                            image: nginx:1.27
                        """, List.of(
                        new EnglishProblem("documents[0].spec.containers[0].resources.requests.cpu", "document 1 (Pod "
                                + "p): spec.containers[0].resources.requests.cpu is required."),
                        new EnglishProblem("documents[0].spec.containers[0].resources.requests.memory", "document 1 "
                                + "(Pod p): spec.containers[0].resources.requests.memory is required."))),
                arguments("nothing", "# just a comment\n", List.of(new EnglishProblem("manifest", "The manifest has no "
                        + "documents: paste at least one Kubernetes object (apiVersion, kind, metadata, spec)."))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"VirtualMachine, vmoperator.vmware.com/v1alpha5, vmoperator.vmware.com/v1alpha1 to v1alpha4",
            "TanzuKubernetesCluster, run.tanzu.vmware.com/v1alpha2, run.tanzu.vmware.com/v1alpha3",
            "Cluster, cluster.x-k8s.io/v1beta2, cluster.x-k8s.io/v1beta1", "Pod, apps/v1, v1"})
    void eachKindReadsTheApiVersionsItDeclaresAndNamesThemWhenRefusingAnother(String kind, String other,
                                                                              String declared) {
        KindReader reader = KindReaders.of(kind).orElseThrow();
        assertThat(reader.apiVersions()).allSatisfy(apiVersion -> assertThat(refusal("apiVersion: " + apiVersion
                + "\nkind: " + kind + "\nmetadata: {name: x}\n")).as(apiVersion)
                .noneMatch(problem -> problem.field().equals("documents[0].apiVersion")));
        assertThat(refusal("apiVersion: " + other + "\nkind: " + kind + "\nmetadata: {name: x}\n")).containsExactly(
                new EnglishProblem("documents[0].apiVersion", "document 1 (" + kind + " x): apiVersion " + other
                        + " is not supported for " + kind + "; use " + declared + "."));
    }

    @Test
    void anUnknownKindIsRefusedListingTheKindsThereAreReadersForInEitherLanguage() {
        Msg refusal = Msg.of("manifests.kind-unsupported", "Deployment", KindReaders.kinds());

        assertThat(Messages.text(refusal, Locale.GERMAN)).isEqualTo("Das Portal erstellt Objekte vom Typ "
                + "VirtualMachine, TanzuKubernetesCluster, Cluster und Pod; nicht Deployment.");
        assertThat(KindReaders.of("Deployment")).isEmpty();
        assertThat(KindReaders.of("Pod")).get().isInstanceOf(PodReader.class);
    }

    @Test
    void aDocumentWithoutApiVersionOrWithAValueWhereAMapBelongsIsRefusedAtItsField() {
        assertThat(refusal("kind: VirtualMachine\nmetadata: {name: x}\n")).containsExactly(new EnglishProblem(
                "documents[0].apiVersion", "document 1 (VirtualMachine x): apiVersion is required."));
        assertThat(refusal("apiVersion: v1\nkind: Pod\nmetadata: web\nspec: [a]\n")).containsExactly(
                new EnglishProblem("documents[0].metadata", "document 1 (Pod): metadata must be a map of fields."),
                new EnglishProblem("documents[0].spec", "document 1 (Pod): spec must be a map of fields."));
        assertThat(refusal("""
                apiVersion: run.tanzu.vmware.com/v1alpha3
                kind: TanzuKubernetesCluster
                metadata: {name: t}
                spec:
                  topology:
                    controlPlane: {replicas: 1, vmClass: best-effort-small, tkr: {reference: {name: %s}}}
                    nodePools: [{name: w, replicas: 1, vmClass: best-effort-small, storageClass: gold}]
                """.formatted(TKR))).containsExactly(new EnglishProblem("documents[0].spec.topology.controlPlane"
                + ".storageClass", "document 1 (TanzuKubernetesCluster t): spec.topology.controlPlane.storageClass "
                + "is required."));
    }

    @Test
    void eachLimitIsRefusedNamingTheDocument() {
        ManifestParser strict = new ManifestParser(new ManifestLimits(2, 3, 2, 1_000));
        assertThat(refusal(strict, "a: 1\n---\na: 2\n---\na: 3\n")).containsExactly(new EnglishProblem("manifest",
                "Use at most 2 documents in one manifest; this one has more."));
        assertThat(refusal(strict, "a: {b: {c: {d: 1}}}\n")).containsExactly(new EnglishProblem("documents[0]",
                "document 1: it nests maps and lists more than 3 levels deep."));
        assertThat(refusal(strict, "a: 1\n---\na: &x [1]\nb: [*x, *x, *x]\n")).containsExactly(new EnglishProblem(
                "documents[1]", "document 2: it uses more than 2 YAML aliases (*name)."));
        assertThat(refusal(strict, "a: 1\n---\na: " + "x".repeat(1_000) + "\n")).containsExactly(new EnglishProblem(
                "documents[1]", "document 2: it is longer than 1,000 characters."));
    }

    @Test
    void anAliasIsReadAsWhatItsAnchorHoldsAndAKeyGivenTwiceIsRefused() {
        ManifestDocument document = PARSER.parse("""
                apiVersion: vmoperator.vmware.com/v1alpha2
                kind: VirtualMachine
                metadata: {name: web-0, labels: {app: &class best-effort-small}}
                spec: {className: *class, imageName: photon-5, storageClass: vsan-default-storage-policy}
                """, "team-a", RELEASES).getFirst().plan();
        assertThat(document.vm().vmClass()).isEqualTo("best-effort-small");

        assertThat(refusal("kind: Pod\nkind: VirtualMachine\n")).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("documents[0]");
            assertThat(problem.message()).startsWith("document 1: this is not valid YAML (line 2, column 5): "
                    + "Duplicate Object property \"kind\"");
        });
    }

    private static List<EnglishProblem> refusal(String yaml) {
        return refusal(PARSER, yaml);
    }

    private static List<EnglishProblem> refusal(ManifestParser parser, String yaml) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> parser.parse(yaml, "team-a", RELEASES));
        assertThat(refused).as(yaml).isNotNull();
        return EnglishProblem.of(refused.problems());
    }

    @Test
    void aClusterVersionMatchesTheCatalogsNewestBuildOfThatKubernetesVersion() {
        assertThat(KubernetesReleases.match(TKR, RELEASES)).contains(TKR);
        assertThat(KubernetesReleases.match("v1.30.1+vmware.1-fips.1", RELEASES))
                .contains("v1.30.1---vmware.1-fips.1-tkg.10");
        assertThat(KubernetesReleases.match("v1.29.4+vmware.1", RELEASES)).contains("v1.29.4---vmware.3-fips.1-tkg.1");
        assertThat(KubernetesReleases.match("1.30.10", RELEASES)).contains("v1.30.10---vmware.1-fips.1-tkg.1");
        assertThat(KubernetesReleases.match("v1.31.0", RELEASES)).isEmpty();
    }

    private static ManifestDocument single(String file, String namespace) {
        List<ParsedDocument> documents = PARSER.parse(resource(file), namespace, RELEASES);
        assertThat(documents).hasSize(1);
        return documents.getFirst().plan();
    }

    static String resource(String file) {
        try (InputStream in = ManifestParserTest.class.getResourceAsStream("/manifests/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
