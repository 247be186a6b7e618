package org.bomoco.study;

/**
 * One cell of an adaptation study as a unit of work: {@code strategy} over the week of {@code replicate}, as the
 * {@link AdaptationTrace#toCsv} text of {@code cells/<strategy>-r<replicate>.csv}.
 *
 * @param inputs    the spec values and files the simulation is built from (shared by the study's cells)
 * @param strategy  the strategy
 * @param replicate the replicate (its weather and arrivals)
 */
record AdaptationReplicate(AdaptationInputs inputs, AdaptationStrategy strategy, int replicate) implements CellWork {
    private static final long serialVersionUID = 1L;

    @Override
    public String label() {
        return "cell " + AdaptationStudy.cellId(strategy, replicate);
    }

    @Override
    public String compute() {
        return inputs.simulation().run(strategy, replicate).toCsv();
    }
}
