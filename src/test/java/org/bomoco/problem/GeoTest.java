package org.bomoco.problem;

import org.bomoco.model.Geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.bomoco.model.Provider;
import org.bomoco.model.Region;
import org.junit.jupiter.api.Test;

class GeoTest {
    private static final double KM_TOLERANCE = 1e-6;

    @Test
    void equatorAndMeridianArcsAreRadiusTimesAngle() {
        // on a great circle the haversine distance is R·Δangle: 1° = 6371·π/180 = 111.19492664455873 km
        assertEquals(6371 * Math.PI / 180, Geo.haversineKm(0, 10, 0, 11), KM_TOLERANCE);
        // equator to pole: R·π/2 = 10007.543398010286 km
        assertEquals(6371 * Math.PI / 2, Geo.haversineKm(0, 123, 90, 0), KM_TOLERANCE);
        // antipodes: R·π (the asin argument is clamped to 1)
        assertEquals(6371 * Math.PI, Geo.haversineKm(0, 0, 0, 180), KM_TOLERANCE);
    }

    @Test
    void londonParisIsAbout344Km() {
        // London (51.5074 N, 0.1278 W) to Paris (48.8566 N, 2.3522 E): 343.56 km by haversine, R = 6371 km
        // (e.g. the Movable Type Scripts calculator, www.movable-type.co.uk/scripts/latlong.html)
        assertEquals(343.56, Geo.haversineKm(51.5074, -0.1278, 48.8566, 2.3522), 0.01);
    }

    @Test
    void latencyIsTheLinearFit() {
        assertEquals(20.5, Geo.latencyMs(0), 1e-12);
        assertEquals(20.5 + 0.0148 * 1000, Geo.latencyMs(1000), 1e-12); // 35.3 ms
    }

    @Test
    void precomputedRegionLatenciesMatchGeo() {
        // RegionPoints uses the half-angle difference identity; it must agree with Geo.latencyMs to 1e-9 relative
        SplittableRandom rng = new SplittableRandom(3);
        List<Region> regions = new ArrayList<>();
        for (int r = 0; r < 50; r++) {
            regions.add(new Region("r" + r, Provider.AWS, "EU",
                    rng.nextDouble(-90, 90), rng.nextDouble(-180, 180), 1, 0, 0, 1, 1, 0, 0, 1, ""));
        }
        RegionPoints points = new RegionPoints(regions);
        double[] out = new double[regions.size()];
        for (int k = 0; k < 2000; k++) {
            double lat = k == 0 ? regions.get(0).latitude() : rng.nextDouble(-90, 90);
            double lon = k == 0 ? regions.get(0).longitude() : rng.nextDouble(-180, 180);
            points.latenciesFrom(lat, lon, out, 0);
            for (int r = 0; r < out.length; r++) {
                double expected = Geo.latencyMs(lat, lon, regions.get(r).latitude(), regions.get(r).longitude());
                assertEquals(expected, out[r], 1e-9 * expected);
            }
        }
    }
}
