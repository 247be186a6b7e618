package org.bomoco.study;

import org.bomoco.causal.AttributionEvaluation;
import org.bomoco.causal.CusumDetector;
import org.bomoco.causal.RollbackEvaluation;
import org.bomoco.causal.RollbackTrigger;
import org.bomoco.causal.SimulationSpec;

/**
 * The units of work of an attribution study ({@link AttributionCells}), each carrying its spec and seed so that any
 * engine computes the same text.
 */
final class AttributionWork {
    private AttributionWork() {
    }

    /**
     * One chunk of histories of a scenario or power cell: {@link AttributionEvaluation#evaluate}{@code (sim, n, seed)}
     * as {@link AttributionCells#rowsText} text.
     */
    record Chunk(String label, SimulationSpec sim, int n, long seed) implements CellWork {
        private static final long serialVersionUID = 1L;

        @Override
        public String compute() {
            return AttributionCells.rowsText(AttributionEvaluation.evaluate(sim, n, seed));
        }
    }

    /**
     * One rollback cell: {@link RollbackEvaluation#run} of the CUSUM trigger ({@code k}, {@code h}; on residuals or
     * the raw series) as {@link AttributionCells#rollbackText} text.
     */
    record Rollback(String label, String chart, double k, double h, RollbackEvaluation.Spec spec)
            implements CellWork {
        private static final long serialVersionUID = 1L;

        @Override
        public String compute() {
            RollbackTrigger trigger = new RollbackTrigger(spec.baselineDays(), new CusumDetector(k, h),
                    chart.equals("residual"));
            return AttributionCells.rollbackText(new AttributionCells.RollbackRow(chart, spec.dropSd(),
                    spec.series(), RollbackEvaluation.run(trigger, spec)));
        }
    }
}
