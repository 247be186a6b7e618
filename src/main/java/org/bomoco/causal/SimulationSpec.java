package org.bomoco.causal;

/**
 * Parameters of a simulated business history (see {@link HistorySimulator} for the exact model).
 *
 * @param services          number of services (rows)
 * @param days              number of days (columns)
 * @param weeklyAmplitude   amplitude of the weekly sine on log revenue (0.10 ≈ ±10%)
 * @param trendPerDay       common log-revenue trend per day (0.001 ≈ +0.1%/day)
 * @param arPhi             AR(1) coefficient φ of the service noise on log revenue, in (−1, 1)
 * @param arSd              innovation standard deviation of that noise
 * @param shockCount        number of shared shocks (campaigns, traffic surges hitting every service)
 * @param shockSize         log-revenue lift of a shared shock while it lasts
 * @param shockLength       length of a shared shock in days
 * @param surgeRatePerDay   per service-day probability of a permanent service-specific surge (organic growth step)
 * @param surgeSize         log-revenue step of such a surge
 * @param effectType        shape of the true effect
 * @param effectSize        full relative effect (0.03 = +3% of counterfactual revenue)
 * @param rampDays          days for a {@link EffectType#RAMP} to reach full size
 * @param treatedShare      share of services that receive the change, in [0, 1]
 * @param firstStartDay     start day of the first cohort
 * @param cohorts           number of staggered cohorts (distinct start days), ≥ 1
 * @param cohortSpacingDays days between successive cohort start days
 * @param confounded        whether services are chosen because their traffic was rising (see HistorySimulator)
 * @param decisionLagDays   days between the decision (selection) and the change going live
 */
public record SimulationSpec(int services, int days, double weeklyAmplitude, double trendPerDay,
                             double arPhi, double arSd, int shockCount, double shockSize, int shockLength,
                             double surgeRatePerDay, double surgeSize, EffectType effectType, double effectSize,
                             int rampDays, double treatedShare, int firstStartDay, int cohorts,
                             int cohortSpacingDays, boolean confounded, int decisionLagDays)
        implements java.io.Serializable {

    /** Days of revenue growth a confounded decision looks at (two 7-day halves). */
    public static final int GROWTH_WINDOW = 14;

    public SimulationSpec {
        require(services >= 2, "services must be ≥ 2");
        require(Math.abs(arPhi) < 1, "arPhi must be in (-1, 1)");
        require(arSd >= 0 && shockLength >= 1 && shockCount >= 0, "arSd ≥ 0, shockLength ≥ 1, shockCount ≥ 0");
        require(surgeRatePerDay >= 0 && surgeRatePerDay <= 1, "surgeRatePerDay must be in [0, 1]");
        require(effectType != null && rampDays >= 1, "effectType required, rampDays ≥ 1");
        require(effectSize > -1, "effectSize must be > -1 (relative)");
        require(treatedShare >= 0 && treatedShare <= 1, "treatedShare must be in [0, 1]");
        require(cohorts >= 1 && cohortSpacingDays >= 0 && decisionLagDays >= 0, "cohorts ≥ 1, spacing/lag ≥ 0");
        int lastStart = firstStartDay + (cohorts - 1) * cohortSpacingDays;
        require(firstStartDay - decisionLagDays >= GROWTH_WINDOW,
                "firstStartDay - decisionLagDays must be ≥ " + GROWTH_WINDOW + " (growth window)");
        require(lastStart < days, "last cohort start " + lastStart + " must be < days " + days);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * A moderate default: 40 services × 120 days, ±10% weekly, +0.1%/day trend, AR(1) φ = 0.5, sd 0.02,
     * two shared 7-day shocks of +10%, organic surges of +15% at rate 1/60 per day, a +3% level effect on 30% of
     * services in 3 cohorts starting on days 56, 70, 84, decided 14 days before, not confounded.
     */
    public static SimulationSpec defaults() {
        return new SimulationSpec(40, 120, 0.10, 0.001, 0.5, 0.02, 2, 0.10, 7, 1.0 / 60, 0.15,
                EffectType.LEVEL, 0.03, 14, 0.3, 56, 3, 14, false, 14);
    }

    /** This spec with another effect shape and relative size. */
    public SimulationSpec withEffect(EffectType type, double size) {
        return new SimulationSpec(services, days, weeklyAmplitude, trendPerDay, arPhi, arSd, shockCount, shockSize,
                shockLength, surgeRatePerDay, surgeSize, type, size, rampDays, treatedShare, firstStartDay, cohorts,
                cohortSpacingDays, confounded, decisionLagDays);
    }

    /** This spec with confounded selection switched on or off. */
    public SimulationSpec withConfounded(boolean value) {
        return new SimulationSpec(services, days, weeklyAmplitude, trendPerDay, arPhi, arSd, shockCount, shockSize,
                shockLength, surgeRatePerDay, surgeSize, effectType, effectSize, rampDays, treatedShare,
                firstStartDay, cohorts, cohortSpacingDays, value, decisionLagDays);
    }

    /** This spec with another size (services × days) and noise (φ, sd). */
    public SimulationSpec withShape(int newServices, int newDays, double phi, double sd) {
        return new SimulationSpec(newServices, newDays, weeklyAmplitude, trendPerDay, phi, sd, shockCount, shockSize,
                shockLength, surgeRatePerDay, surgeSize, effectType, effectSize, rampDays, treatedShare,
                firstStartDay, cohorts, cohortSpacingDays, confounded, decisionLagDays);
    }

    /** Start day of cohort {@code c} (0-based). */
    public int cohortStart(int c) {
        return firstStartDay + c * cohortSpacingDays;
    }
}
