package dev.supervisorportal.backend.kube;

/** A verb a resource does not offer (a read-only kind asked to create): {@code MethodNotAllowed}, 405. */
public class KubeVerbNotSupportedException extends RuntimeException {

    private final KubeResource resource;
    private final KubeVerb verb;

    public KubeVerbNotSupportedException(KubeResource resource, KubeVerb verb) {
        super(verb.wire() + " is not supported on " + resource.plural());
        this.resource = resource;
        this.verb = verb;
    }

    public KubeResource resource() {
        return resource;
    }

    public KubeVerb verb() {
        return verb;
    }
}
