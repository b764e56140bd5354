package dev.supervisorportal.backend.quota;

import dev.supervisorportal.backend.common.Msg;

import java.util.Optional;

/**
 * A namespace's share of one storage policy's limit in one zone and its use. {@code limitGib} is {@code null} when
 * the policy has no limit of its own: then only the overall storage share bounds it.
 */
public record PolicyShare(String zone, String storagePolicy, Long limitGib, long usedGib) {

    public boolean limited() {
        return limitGib != null;
    }

    /** What is left of the policy's share; {@link Long#MAX_VALUE} without a limit. */
    public long freeGib() {
        return limited() ? limitGib - usedGib : Long.MAX_VALUE;
    }

    /** How {@code gib} more of the policy falls short of its share; empty when it fits (always without a limit). */
    public Optional<ZoneFit.Shortfall> shortfall(long gib) {
        if (!limited() || gib <= freeGib()) {
            return Optional.empty();
        }
        return Optional.of(new ZoneFit.Shortfall(Resource.STORAGE, gib, freeGib(), Msg.of("quota.policy.not-enough",
                storagePolicy, zone, Resource.STORAGE.amount(gib), Resource.STORAGE.amount(freeGib()),
                Resource.STORAGE.amount(limitGib))));
    }

    /** Why a new share would fall below what the policy uses in this zone; empty when it does not. */
    public Optional<Msg> belowUse(long newShareGib) {
        return newShareGib < usedGib ? Optional.of(Msg.of("quota.policy.below-use", storagePolicy, zone,
                Resource.STORAGE.amount(newShareGib), Resource.STORAGE.amount(usedGib))) : Optional.empty();
    }
}
