package org.bomoco.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bomoco.model.Catalogue;
import org.bomoco.model.InstanceSize;
import org.bomoco.model.Provider;
import org.bomoco.model.ProviderSpec;
import org.bomoco.model.Region;

/** A small catalogue and carbon profiles built in code for the generator tests (no files needed). */
final class InstanceGeneratorFixtures {
    private InstanceGeneratorFixtures() {
    }

    /**
     * Zone "SUN": 300 g/kWh at night with a midday solar dip to 150 (12:00 UTC), months scaled by
     * {@code 1 − 0.1·cos(2π(m−1)/12)}; sd 40. Zone "FLAT": 50 g/kWh with an evening peak of +20 at 18:00 UTC; sd 10.
     */
    static CarbonProfiles profiles() {
        double[][] sunMean = new double[12][24];
        double[][] sunSd = new double[12][24];
        double[][] flatMean = new double[12][24];
        double[][] flatSd = new double[12][24];
        for (int m = 0; m < 12; m++) {
            double season = 1 - 0.1 * Math.cos(2 * Math.PI * m / 12);
            for (int h = 0; h < 24; h++) {
                double sun = Math.max(0, Math.cos(2 * Math.PI * (h - 12) / 24));
                sunMean[m][h] = season * (300 - 150 * sun);
                sunSd[m][h] = 40;
                flatMean[m][h] = 50 + 20 * Math.exp(-Math.pow(h - 18, 2) / 8);
                flatSd[m][h] = 10;
            }
        }
        return CarbonProfiles.of(Map.of("SUN", sunMean, "FLAT", flatMean), Map.of("SUN", sunSd, "FLAT", flatSd));
    }

    static Region region(String id, Provider p, String jurisdiction, double lat, double lon, double ci, int cap,
                         String zone) {
        return new Region(id, p, jurisdiction, lat, lon, 1.2, 0.3, 3.0, ci, 1.0, 0.6, 0.5, cap, zone);
    }

    /** Five regions over three providers and four jurisdictions. */
    static List<Region> regions() {
        return List.of(
                region("eu-a", Provider.AWS, "EU", 50.11, 8.68, 350, 1000, "SUN"),
                region("eu-b", Provider.GCP, "EU", 48.86, 2.35, 60, 2000, "FLAT"),
                region("uk-a", Provider.AZURE, "UK", 51.51, -0.13, 200, 500, "SUN"),
                region("us-a", Provider.AWS, "US", 38.95, -77.45, 380, 4000, "FLAT"),
                region("sg-a", Provider.GCP, "SG", 1.35, 103.82, 480, 800, "SUN"));
    }

    static Catalogue catalogue() {
        List<InstanceSize> sizes = new ArrayList<>();
        double[] price = new double[7];
        for (int s = 0; s < 7; s++) {
            int v = 1 << s;
            sizes.add(new InstanceSize("v" + v, v, 4.0 * v, 0.001 * v));
            price[s] = 0.05 * v;
        }
        Map<Provider, ProviderSpec> providers = Map.of(
                Provider.AWS, new ProviderSpec(Provider.AWS, 0.74, 3.5, 0.392, 0.02, 0.09, price),
                Provider.AZURE, new ProviderSpec(Provider.AZURE, 0.78, 3.76, 0.392, 0.02, 0.087, price),
                Provider.GCP, new ProviderSpec(Provider.GCP, 0.71, 4.26, 0.392, 0.01, 0.12, price));
        return new Catalogue(regions(), sizes, providers);
    }
}
