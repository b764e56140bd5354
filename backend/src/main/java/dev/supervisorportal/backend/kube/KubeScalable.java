package dev.supervisorportal.backend.kube;

/**
 * A kind with a {@code scale} subresource ({@code kubectl scale}): the API serves
 * {@code …/{plural}/{name}/scale} as an {@code autoscaling/v1} {@code Scale} from these two methods.
 */
public interface KubeScalable {

    /** The replicas asked for and those there now. */
    record Replicas(int desired, int current) {
    }

    Replicas replicas(String namespace, String name);

    /** Asks for {@code replicas} through the same service a form's change uses; returns the replicas after it. */
    Replicas scale(String namespace, String name, int replicas, boolean dryRun);
}
