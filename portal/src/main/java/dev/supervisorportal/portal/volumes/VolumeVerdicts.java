package dev.supervisorportal.portal.volumes;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.reconcile.WhatIfAnswer;
import dev.supervisorportal.backend.volumes.VolumeWhatIf;

import java.util.List;

/**
 * A volume's what-if in the words of the create forms' verdict: refused when the quota falls short (the first
 * resource short, zone and policy named), waiting when no datastore of the zone has room now, else it fits.
 */
final class VolumeVerdicts {

    private VolumeVerdicts() {
    }

    static WhatIfAnswer answer(VolumeWhatIf whatIf) {
        Msg verdict = whatIf.quota().fits() ? whatIf.datastoreAnswer()
                : whatIf.quota().shortfalls().getFirst().reason();
        return new WhatIfAnswer(whatIf.quota().fits(), whatIf.datastoreRoom(), verdict, null,
                List.of(whatIf.quota()), List.of());
    }
}
