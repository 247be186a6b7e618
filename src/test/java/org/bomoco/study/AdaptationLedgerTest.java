package org.bomoco.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bomoco.model.CarbonForecast;
import org.bomoco.model.InstanceParameters;
import org.bomoco.model.InstanceSize;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Provider;
import org.bomoco.model.ProviderSpec;
import org.bomoco.model.Region;
import org.bomoco.model.Workload;
import org.bomoco.model.WorkloadKind;
import org.junit.jupiter.api.Test;

/** Realised hours of hand-built one-workload weeks, checked against arithmetic written out in the comments. */
class AdaptationLedgerTest {
    private static final double EPS = 1e-12;
    private static final Instant START = Instant.parse("2023-06-01T00:00:00Z");

    /** Two regions of one provider: A (PUE 1.5, WUE 0.3, EWIF 2, m 1, d 0.6) and B (PUE 1.2, m 1.1, d 0.5). */
    static PlacementInstance instance(Workload w) {
        List<Region> regions = List.of(
                new Region("a", Provider.AWS, "EU", 50, 8, 1.5, 0.3, 2.0, 300, 1.0, 0.6, 0.01, 1000, "DE"),
                new Region("b", Provider.AWS, "EU", 53, -6, 1.2, 0.0, 1.0, 100, 1.1, 0.5, 0.01, 1000, "DE"));
        List<InstanceSize> sizes = List.of(new InstanceSize("s2", 2, 4, 0.001), new InstanceSize("s4", 4, 8, 0.002));
        ProviderSpec aws = new ProviderSpec(Provider.AWS, 1.0, 4.0, 0.5, 0.02, 0.09, new double[] {0.1, 0.2});
        return new PlacementInstance(new InstanceParameters("hand", 1), regions, sizes, Map.of(Provider.AWS, aws),
                List.of(w), List.of(), new CarbonForecast(START, Map.of("a", new double[48], "b", new double[48])));
    }

    static Workload alwaysOn() {
        return new Workload("w", 2, "a", "s2", 0.5, 0.6, WorkloadKind.ALWAYS_ON, 0, 0, 0, true, Set.of("EU"), 50,
                8, 200, 100, 1000, 0.01);
    }

    /** Actual carbon of region a: 100 + t g/kWh, of b: 50; spot multiplier 1.25 everywhere. */
    static AdaptationWeather weather(int hours) {
        double[][] carbon = new double[2][hours + 48];
        double[][] spot = new double[2][hours + 48];
        for (int t = 0; t < hours + 48; t++) {
            carbon[0][t] = 100 + t;
            carbon[1][t] = 50;
            spot[0][t] = 1.25;
            spot[1][t] = 1.25;
        }
        return AdaptationWeather.of(START, instance(alwaysOn()).regions(), carbon, spot,
                new double[hours][2][48], new double[hours][2][48]);
    }

    @Test
    void alwaysOnHourOnDemandThenSpotAfterMigration() {
        AdaptationLedger ledger = new AdaptationLedger(instance(alwaysOn()), weather(3), new int[3][1]);
        // Hour 2 in a, size s2, on-demand: u' = 0.5, P = 2·(1 + 0.5·3) + 4·0.5 = 7 W; e = 2·7/1000·1.5 = 0.021 kWh.
        // carbon = 0.021·(100 + 2)/1000 + 2·0.001 = 0.004142 kg; water = 0.021·(0.3/1.5 + 2) = 0.0462 L;
        // cost = 2·0.1·1 = 0.2 $.
        AdaptationLedger.Hour h = ledger.realise(2, new int[] {0, 0, 0, 0}, new int[] {0, 0, 0, 0});
        assertEquals(0.004142, h.carbonKg(), EPS);
        assertEquals(0.0462, h.waterLitres(), EPS);
        assertEquals(0.2, h.costUsd(), EPS);
        assertEquals(0, h.changes());
        // Hour 1 moved to b at size s4 on spot: u' = 0.5·2/4 = 0.25, P = 4·(1 + 0.25·3) + 8·0.5 = 11 W;
        // e = 2·11/1000·1.2 = 0.0264 kWh; carbon = 0.0264·50/1000 + 2·0.002 = 0.00532 kg; water = 0.0264·1 L;
        // cost = 2·0.2·1.1·min(1, 0.5·1.25) = 0.275 $ plus the migration 100 GB · 0.02 $/GB = 2 $ (same provider).
        AdaptationLedger.Hour m = ledger.realise(1, new int[] {1, 1, 1, 0}, new int[] {0, 0, 0, 0});
        assertEquals(0.00532, m.carbonKg(), EPS);
        assertEquals(0.0264, m.waterLitres(), EPS);
        assertEquals(2.275, m.costUsd(), EPS);
        assertEquals(1, m.changes());
        assertEquals(1, m.migrations());
    }

    @Test
    void batchRunIsBookedAtArrivalWithItsDelayedWindow() {
        Workload batch = new Workload("w", 1, "a", "s2", 0.5, 0.6, WorkloadKind.BATCH, 3, 10, 5, false,
                Set.of("EU"), 50, 8, 200, 100, 1000, 0.01);
        int[][] arrivals = new int[4][1];
        arrivals[1][0] = 1;
        AdaptationLedger ledger = new AdaptationLedger(instance(batch), weather(4), arrivals);
        // Arrives at hour 1, delay 2: runs hours 3, 4, 5 in a. e = 1·7/1000·1.5 = 0.0105 kWh per hour;
        // carbon = 0.0105·(103 + 104 + 105)/1000 + 3·0.001 = 0.006276 kg; cost 3·0.1 = 0.3 $.
        AdaptationLedger.Hour h = ledger.realise(1, new int[] {0, 0, 0, 2}, new int[] {0, 0, 0, 0});
        assertEquals(0.006276, h.carbonKg(), EPS);
        assertEquals(0.3, h.costUsd(), EPS);
        // No arrival at hour 2: nothing is booked.
        assertEquals(0, ledger.realise(2, new int[] {0, 0, 0, 2}, new int[] {0, 0, 0, 2}).carbonKg(), EPS);
    }

    @Test
    void arrivalsAreEvenlySpacedAtTheMonthlyRate() {
        Workload batch = new Workload("w", 1, "a", "s2", 0.5, 0.6, WorkloadKind.BATCH, 3, 73, 5, false,
                Set.of("EU"), 50, 8, 200, 100, 1000, 0.01);
        // 73 runs per 730 h = one every 10 h: exactly 73 arrivals in 730 hours, never two in one hour.
        int[][] a = AdaptationLedger.arrivals(List.of(batch, alwaysOn()), 730, 5);
        int total = 0;
        for (int[] hour : a) {
            total += hour[0];
            assertEquals(0, hour[1]);
        }
        assertEquals(73, total);
    }
}
