package org.bomoco.evaluation;

import org.bomoco.experiment.SpecNode;

/** Placeholder: {@code kind: attribution} is being built (issue 5). */
final class AttributionStudy {
    private AttributionStudy() {
    }

    static Study read(SpecNode root) {
        throw root.error("kind 'attribution' is not implemented yet");
    }
}
