package org.bomoco.evaluation;

import org.bomoco.experiment.SpecNode;

/** Placeholder: {@code kind: adaptation} is being built (issue 5). */
final class AdaptationStudy {
    private AdaptationStudy() {
    }

    static Study read(SpecNode root) {
        throw root.error("kind 'adaptation' is not implemented yet");
    }
}
