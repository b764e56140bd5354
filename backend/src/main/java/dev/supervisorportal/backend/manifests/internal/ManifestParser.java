package dev.supervisorportal.backend.manifests.internal;

import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.manifests.ManifestDocument;
import dev.supervisorportal.backend.manifests.ManifestLimits;
import dev.supervisorportal.backend.workloads.CreatePodCommand;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.backend.workloads.KubernetesQuantities;
import dev.supervisorportal.backend.workloads.WorkloadRules;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLAnchorReplayingFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a paste of Kubernetes manifests, as users of vSphere with Tanzu write them, into the commands the portal's
 * services take: {@code VirtualMachine} ({@code vmoperator.vmware.com/v1alpha1} to {@code v1alpha4}),
 * {@code TanzuKubernetesCluster} ({@code run.tanzu.vmware.com/v1alpha3}), {@code Cluster} with a topology of the
 * class {@code tanzukubernetescluster} ({@code cluster.x-k8s.io/v1beta1}) and {@code Pod} ({@code v1}). Every
 * problem of every document is collected before anything is refused; the rules of {@link WorkloadRules} are checked
 * here too, so a preview shows them at the manifest's fields.
 */
public final class ManifestParser {

    /** The boot disk of a VM whose manifest gives none ({@code v1alpha1} has no field for it). */
    public static final long DEFAULT_VM_DISK_GIB = 40;
    public static final String ZONE_LABEL = "topology.kubernetes.io/zone";
    public static final String CLUSTER_CLASS = "tanzukubernetescluster";

    private static final Map<String, Set<String>> API_VERSIONS = new LinkedHashMap<>();

    static {
        API_VERSIONS.put("VirtualMachine", Set.of("vmoperator.vmware.com/v1alpha1", "vmoperator.vmware.com/v1alpha2",
                "vmoperator.vmware.com/v1alpha3", "vmoperator.vmware.com/v1alpha4"));
        API_VERSIONS.put("TanzuKubernetesCluster", Set.of("run.tanzu.vmware.com/v1alpha3"));
        API_VERSIONS.put("Cluster", Set.of("cluster.x-k8s.io/v1beta1"));
        API_VERSIONS.put("Pod", Set.of("v1"));
    }

    private static final Map<String, Object> SUPPORTED = Map.of(
            "VirtualMachine", Msg.of("manifests.vm-api-versions"),
            "TanzuKubernetesCluster", "run.tanzu.vmware.com/v1alpha3",
            "Cluster", "cluster.x-k8s.io/v1beta1",
            "Pod", "v1");

    private final YAMLMapper yaml;
    private final YamlLimits limits;

    public ManifestParser(ManifestLimits limits) {
        this.limits = new YamlLimits(limits);
        // Aliases are read as what their anchors hold, as kubectl does (Jackson caps how much it repeats); a key
        // given twice is refused rather than one of its values silently dropped.
        this.yaml = new YAMLMapper(YAMLAnchorReplayingFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    }

    /**
     * The documents of {@code yaml} (empty ones skipped), each with its command and what it ignores; refused with
     * every problem found, each naming its document, when any has one.
     *
     * @param namespace the namespace the manifest goes to: a document naming another one is refused
     * @param kubernetesReleases the catalog's releases, to which a {@code Cluster}'s {@code version} is matched
     */
    public List<ParsedDocument> parse(String manifest, String namespace, List<String> kubernetesReleases) {
        String text = manifest == null ? "" : manifest;
        limits.check(text);
        List<FieldProblem> problems = new ArrayList<>();
        List<JsonNode> documents = read(text, problems);
        throwIfAny(problems);
        if (documents.stream().noneMatch(ManifestParser::hasContent)) {
            throw new InvalidInputException("manifest", Msg.of("manifests.empty"));
        }
        List<ParsedDocument> parsed = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            if (hasContent(documents.get(i))) {
                ParsedDocument document = readDocument(documents.get(i), i + 1, namespace, kubernetesReleases, problems);
                if (document != null) {
                    parsed.add(document);
                }
            }
        }
        throwIfAny(problems);
        return parsed;
    }

    private List<JsonNode> read(String text, List<FieldProblem> problems) {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> iterator = yaml.readerFor(JsonNode.class).readValues(text)) {
            while (iterator.hasNextValue()) {
                documents.add(iterator.nextValue());
            }
        } catch (JacksonException e) {
            int document = documents.size() + 1;
            TokenStreamLocation location = e.getLocation();
            problems.add(new FieldProblem("documents[" + (document - 1) + "]",
                    location == null || location.getLineNr() < 1
                            ? Msg.of("manifests.invalid-yaml", document, yamlProblem(e))
                            : Msg.of("manifests.invalid-yaml-at", document, location.getLineNr(),
                            location.getColumnNr(), yamlProblem(e))));
        }
        return documents;
    }

    /** The YAML parser's own words (English), without its echo of the input (the indented lines). */
    private static Object yamlProblem(JacksonException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String problem = message.lines().filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(String::strip).collect(Collectors.joining("; "));
        if (problem.endsWith(".")) {
            problem = problem.substring(0, problem.length() - 1);
        }
        return problem.isEmpty() ? Msg.of("manifests.yaml-unreadable") : problem;
    }

    private static boolean hasContent(JsonNode document) {
        return document != null && !document.isMissingNode() && !document.isNull();
    }

    private static ParsedDocument readDocument(JsonNode node, int document, String namespace, List<String> releases,
                                               List<FieldProblem> problems) {
        DocumentReader reader = new DocumentReader(node, document, problems);
        if (!node.isObject()) {
            reader.problem("", node.isArray() ? Msg.of("manifests.list-not-an-object")
                    : Msg.of("manifests.value-not-an-object"));
            return null;
        }
        ManifestNode root = reader.root();
        String kind = root.child("kind").peekText();
        reader.named(kind, null);
        String apiVersion = root.child("apiVersion").peekText();
        ManifestNode metadata = root.child("metadata");
        String name = metadata.child("name").peekText();
        reader.named(kind, name);
        root.child("kind").requiredText();
        root.child("apiVersion").requiredText();
        metadata.child("name").requiredText();
        reader.source("name", "metadata.name");
        String otherNamespace = metadata.child("namespace").text();
        if (otherNamespace != null && !otherNamespace.equals(namespace)) {
            reader.problem("metadata.namespace", Msg.of("manifests.other-namespace", otherNamespace, namespace));
        }
        if (kind == null || kind.isEmpty()) {
            return null;
        }
        if (!API_VERSIONS.containsKey(kind)) {
            reader.problem("kind", Msg.of("manifests.kind-unsupported", kind));
            return null;
        }
        if (apiVersion == null || apiVersion.isEmpty()) {
            // Refused above as required; which fields a kind has depends on its version.
            return null;
        }
        if (!API_VERSIONS.get(kind).contains(apiVersion)) {
            reader.problem("apiVersion", Msg.of("manifests.api-version-unsupported", apiVersion, kind,
                    SUPPORTED.get(kind)));
            return null;
        }
        CreateVmCommand vm = null;
        CreateTkgClusterCommand cluster = null;
        CreatePodCommand pod = null;
        List<FieldProblem> ruleProblems = switch (kind) {
            case "VirtualMachine" -> WorkloadRules.problems(vm = virtualMachine(root, name, apiVersion, reader));
            case "TanzuKubernetesCluster" -> WorkloadRules.problems(cluster = tanzuKubernetesCluster(root, name, reader));
            case "Cluster" -> {
                cluster = cluster(root, name, releases, reader);
                yield cluster == null ? List.of() : WorkloadRules.problems(cluster);
            }
            default -> WorkloadRules.problems(pod = pod(root, name, reader));
        };
        ruleProblems.forEach(problem -> {
            String path = reader.sourceOf(problem.field());
            reader.problem(path, Msg.of("manifests.labelled", path, problem.message()));
        });
        if (reader.hasProblems()) {
            return null;
        }
        return new ParsedDocument(new ManifestDocument(document, kind, apiVersion, name, vm, cluster, pod,
                reader.ignored()), reader.sources());
    }

    private static CreateVmCommand virtualMachine(ManifestNode root, String name, String apiVersion,
                                                  DocumentReader reader) {
        ManifestNode spec = root.child("spec");
        ManifestNode className = spec.child("className");
        String vmClass = className.requiredText();
        reader.source("vmClass", className.path());

        // v1alpha2 and later may name the image as spec.image {kind, name} instead of spec.imageName.
        boolean v1alpha1 = apiVersion.endsWith("/v1alpha1");
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
            diskGib = gib(bootDisk.text(), bootDisk.path(), reader);
        }

        ManifestNode zone = root.child("metadata").child("labels").child(ZONE_LABEL);
        reader.source("zone", zone.path());
        String powerState = spec.child("powerState").peekText();
        if (powerState != null && powerState.equalsIgnoreCase("poweredOn")) {
            spec.child("powerState").honour();
        }
        return new CreateVmCommand(name, vmClass, imageName, storagePolicy, diskGib, zone.text());
    }

    private static Long gib(String quantity, String path, DocumentReader reader) {
        KubernetesQuantities.Result mib = KubernetesQuantities.memoryMib(quantity);
        if (quantity == null || mib.problemMessage().isPresent()) {
            reader.problem(path, Msg.of("manifests.size-unreadable", path, quantity == null ? "" : quantity));
            return null;
        }
        return Math.ceilDiv(mib.value(), 1024L);
    }

    private static CreateTkgClusterCommand tanzuKubernetesCluster(ManifestNode root, String name, DocumentReader reader) {
        ManifestNode topology = root.child("spec").child("topology");
        ManifestNode controlPlane = topology.child("controlPlane");
        Integer replicas = controlPlane.child("replicas").requiredInteger();
        reader.source("controlPlaneNodes", controlPlane.child("replicas").path());
        String vmClass = controlPlane.child("vmClass").requiredText();
        reader.source("controlPlaneVmClass", controlPlane.child("vmClass").path());
        String storageClass = controlPlane.child("storageClass").requiredText();
        reader.source("storagePolicy", controlPlane.child("storageClass").path());
        ManifestNode tkr = controlPlane.child("tkr").child("reference").child("name");
        String release = tkr.requiredText();
        reader.source("kubernetesRelease", tkr.path());

        ManifestNode nodePools = topology.child("nodePools");
        reader.source("nodePools", nodePools.path());
        List<CreateTkgClusterCommand.NodePool> pools = new ArrayList<>();
        List<ManifestNode> elements = nodePools.elements();
        for (int i = 0; i < elements.size(); i++) {
            ManifestNode pool = elements.get(i);
            String prefix = "nodePools[" + i + "].";
            reader.source(prefix + "name", pool.child("name").path());
            reader.source(prefix + "replicas", pool.child("replicas").path());
            reader.source(prefix + "vmClass", pool.child("vmClass").path());
            reader.source(prefix + "zone", pool.child("failureDomain").path());
            sameAsCluster(pool.child("storageClass"), storageClass, "manifests.pool-storage-class", reader);
            sameAsCluster(pool.child("tkr").child("reference").child("name"), release, "manifests.pool-release",
                    reader);
            pools.add(new CreateTkgClusterCommand.NodePool(pool.child("name").requiredText(),
                    pool.child("replicas").requiredInteger(), pool.child("vmClass").requiredText(),
                    pool.child("failureDomain").text()));
        }
        return new CreateTkgClusterCommand(name, release, replicas, vmClass, storageClass, pools);
    }

    /**
     * A per-pool value the portal keeps per cluster: honoured when it says the same, noted as ignored otherwise
     * ({@code reasonKey} names the cluster's value). Without a cluster value, which is refused already, it says nothing.
     */
    private static void sameAsCluster(ManifestNode value, String clusterValue, String reasonKey,
                                      DocumentReader reader) {
        String text = value.peekText();
        if (text == null || clusterValue == null) {
            return;
        }
        if (text.equals(clusterValue)) {
            value.honour();
        } else {
            reader.note(value.path(), Msg.of(reasonKey, clusterValue));
        }
    }

    private static CreateTkgClusterCommand cluster(ManifestNode root, String name, List<String> releases,
                                                   DocumentReader reader) {
        ManifestNode topology = root.child("spec").child("topology");
        if (!topology.present()) {
            reader.problem(topology.path(), Msg.of("manifests.topology-required", topology.path(), CLUSTER_CLASS));
            return null;
        }
        String clusterClass = topology.child("class").requiredText();
        if (clusterClass != null && !clusterClass.equals(CLUSTER_CLASS)) {
            reader.problem(topology.child("class").path(), Msg.of("manifests.cluster-class-unsupported", clusterClass,
                    CLUSTER_CLASS));
        }
        ManifestNode version = topology.child("version");
        String release = KubernetesReleases.match(version.requiredText(), releases).orElse(null);
        reader.source("kubernetesRelease", version.path());
        if (release == null && version.peekText() != null && !version.peekText().isEmpty()) {
            reader.problem(version.path(), Msg.of("manifests.version-unknown", version.peekText(),
                    String.join(", ", releases)));
        }
        ManifestNode replicas = topology.child("controlPlane").child("replicas");
        reader.source("controlPlaneNodes", replicas.path());

        Map<String, ManifestNode> variables = variables(topology.child("variables"));
        ManifestNode vmClass = variable(variables, "vmClass", topology.child("variables"), reader);
        ManifestNode storageClass = variable(variables, "storageClass", topology.child("variables"), reader);
        String clusterVmClass = vmClass == null ? null : vmClass.requiredText();
        String clusterStorageClass = storageClass == null ? null : storageClass.requiredText();
        reader.source("controlPlaneVmClass", vmClass == null ? topology.child("variables").path() : vmClass.path());
        reader.source("storagePolicy", storageClass == null ? topology.child("variables").path() : storageClass.path());

        ManifestNode deployments = topology.child("workers").child("machineDeployments");
        reader.source("nodePools", deployments.path());
        List<CreateTkgClusterCommand.NodePool> pools = new ArrayList<>();
        List<ManifestNode> elements = deployments.elements();
        for (int i = 0; i < elements.size(); i++) {
            ManifestNode deployment = elements.get(i);
            String prefix = "nodePools[" + i + "].";
            deployment.child("class").text();
            reader.source(prefix + "name", deployment.child("name").path());
            reader.source(prefix + "replicas", deployment.child("replicas").path());
            reader.source(prefix + "zone", deployment.child("failureDomain").path());
            Map<String, ManifestNode> overrides = variables(deployment.child("variables").child("overrides"));
            String poolVmClass = clusterVmClass;
            if (overrides.containsKey("vmClass")) {
                ManifestNode override = overrides.get("vmClass");
                override.child("name").honour();
                poolVmClass = override.child("value").requiredText();
                reader.source(prefix + "vmClass", override.child("value").path());
            } else {
                reader.source(prefix + "vmClass", reader.sourceOf("controlPlaneVmClass"));
            }
            if (overrides.containsKey("storageClass")) {
                ManifestNode override = overrides.get("storageClass");
                override.child("name").honour();
                sameAsCluster(override.child("value"), clusterStorageClass, "manifests.deployment-storage-class",
                        reader);
            }
            pools.add(new CreateTkgClusterCommand.NodePool(deployment.child("name").requiredText(),
                    deployment.child("replicas").requiredInteger(), poolVmClass,
                    deployment.child("failureDomain").text()));
        }
        return new CreateTkgClusterCommand(name, release, replicas.requiredInteger(), clusterVmClass,
                clusterStorageClass, pools);
    }

    /** A ClusterClass's variables, {@code [{name, value}]}, by name. */
    private static Map<String, ManifestNode> variables(ManifestNode list) {
        Map<String, ManifestNode> byName = new LinkedHashMap<>();
        list.elements().forEach(variable -> {
            String name = variable.child("name").peekText();
            if (name != null) {
                byName.putIfAbsent(name, variable);
            }
        });
        return byName;
    }

    /** The value node of a variable the portal needs; a problem when the cluster has none. */
    private static ManifestNode variable(Map<String, ManifestNode> variables, String name, ManifestNode list,
                                         DocumentReader reader) {
        ManifestNode variable = variables.get(name);
        if (variable == null) {
            reader.problem(list.path(), Msg.of("manifests.variable-missing", list.path(), name));
            return null;
        }
        variable.child("name").honour();
        return variable.child("value");
    }

    private static CreatePodCommand pod(ManifestNode root, String name, DocumentReader reader) {
        ManifestNode containers = root.child("spec").child("containers");
        reader.source("containers", containers.path());
        List<CreatePodCommand.Container> result = new ArrayList<>();
        List<ManifestNode> elements = containers.elements();
        if (elements.isEmpty()) {
            reader.problem(containers.path(), Msg.of("manifests.required", containers.path()));
        }
        for (int i = 0; i < elements.size(); i++) {
            ManifestNode container = elements.get(i);
            ManifestNode requests = container.child("resources").child("requests");
            String prefix = "containers[" + i + "].";
            reader.source(prefix + "name", container.child("name").path());
            reader.source(prefix + "image", container.child("image").path());
            reader.source(prefix + "cpu", requests.child("cpu").path());
            reader.source(prefix + "memory", requests.child("memory").path());
            result.add(new CreatePodCommand.Container(container.child("name").requiredText(),
                    container.child("image").requiredText(), requests.child("cpu").requiredText(),
                    requests.child("memory").requiredText()));
        }
        return new CreatePodCommand(name, result);
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
