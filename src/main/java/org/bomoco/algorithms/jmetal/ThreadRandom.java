package org.bomoco.algorithms.jmetal;

import org.uma.jmetal.util.pseudorandom.JMetalRandom;
import org.uma.jmetal.util.pseudorandom.PseudoRandomGenerator;
import org.uma.jmetal.util.pseudorandom.impl.JavaRandomGenerator;

/**
 * The generator installed once behind jMetal's global {@link JMetalRandom}: every draw is forwarded to the calling
 * thread's own generator, which each run replaces at its start ({@link #seed}) with a fresh
 * {@link JavaRandomGenerator} seeded from the run's seed. A run does all its library draws on the thread that
 * called {@code solve}, so concurrent runs never share a stream and each run draws exactly what it would draw
 * alone; no lock is needed. The fresh generator is the one {@code JMetalRandom} itself uses by default, so a run
 * draws the same numbers as a run seeded with {@code JMetalRandom.getInstance().setSeed(seed)} on a single thread.
 *
 * <p>Checked in the jMetal 6.6 classes on our code paths (component NSGA-II, classic NSGA-III, component MOEA/D,
 * SBX / polynomial mutation, tournaments, crowding distance, {@code IntegerPermutationGenerator}): they draw
 * through {@code JMetalRandom.getInstance()} at each call (or a lambda calling it), none captures
 * {@code getRandomGenerator()} and none draws from {@code java.util.Random}, {@code Math.random} or
 * {@code ThreadLocalRandom}. A draw on a thread with no run seeded fails loudly ({@link IllegalStateException})
 * instead of drawing from an unseeded stream.
 */
final class ThreadRandom implements PseudoRandomGenerator {
    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<JavaRandomGenerator> CURRENT = new ThreadLocal<>();
    private static final ThreadRandom INSTANCE = new ThreadRandom();

    static {
        JMetalRandom.getInstance().setRandomGenerator(INSTANCE);
    }

    private ThreadRandom() {
    }

    /**
     * Gives the calling thread a fresh stream seeded with {@code seed} (the run's seed), replacing any earlier.
     *
     * @throws IllegalStateException when something replaced this generator behind {@code JMetalRandom}
     */
    static void seed(long seed) {
        if (JMetalRandom.getInstance().getRandomGenerator() != INSTANCE) {
            throw new IllegalStateException("JMetalRandom's generator was replaced; runs would share a stream");
        }
        CURRENT.set(new JavaRandomGenerator(seed));
    }

    /** Whether the calling thread has a stream (a run, or a caller that seeded it, is in progress). */
    static boolean seeded() {
        return CURRENT.get() != null;
    }

    /** Forgets the calling thread's stream (at the end of a run), so that a stray later draw fails loudly. */
    static void clear() {
        CURRENT.remove();
    }

    private static JavaRandomGenerator current() {
        JavaRandomGenerator g = CURRENT.get();
        if (g == null) {
            throw new IllegalStateException("jMetal drew a random number on thread "
                    + Thread.currentThread().getName() + ", where no run is seeded");
        }
        return g;
    }

    @Override
    public int nextInt(int lowerBound, int upperBound) {
        return current().nextInt(lowerBound, upperBound);
    }

    @Override
    public double nextDouble(double lowerBound, double upperBound) {
        return current().nextDouble(lowerBound, upperBound);
    }

    @Override
    public double nextDouble() {
        return current().nextDouble();
    }

    /** Reseeds the calling thread's stream, as {@link #seed} does. */
    @Override
    public void setSeed(long seed) {
        CURRENT.set(new JavaRandomGenerator(seed));
    }

    @Override
    public long getSeed() {
        return current().getSeed();
    }

    @Override
    public String getName() {
        return "ThreadRandom(JavaRandomGenerator per thread)";
    }
}
