package dev.supervisorportal.backend.kube;

import java.util.Locale;

/** A verb of the Kubernetes API, as discovery lists it for a resource. */
public enum KubeVerb {
    GET, LIST, WATCH, CREATE, UPDATE, PATCH, DELETE;

    /** The verb as discovery and kubectl write it: {@code "get"}, {@code "list"}, … */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
