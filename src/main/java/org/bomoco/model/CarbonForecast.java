package org.bomoco.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An hourly grid carbon-intensity forecast per region over the planning window (48 hours from {@code start}).
 *
 * @param start UTC start of hour 0
 * @param gramsCo2PerKwh per region id, the forecast intensity for hours {@code 0..hours-1}, gCO2e/kWh
 */
public record CarbonForecast(Instant start, Map<String, double[]> gramsCo2PerKwh) {

    /** Length of the planning window in hours. */
    public static final int WINDOW_HOURS = 48;

    public CarbonForecast {
        Objects.requireNonNull(start, "start");
        Map<String, double[]> copy = new LinkedHashMap<>();
        gramsCo2PerKwh.forEach((k, v) -> copy.put(k, v.clone()));
        gramsCo2PerKwh = Map.copyOf(copy);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CarbonForecast f) || !start.equals(f.start)
                || !gramsCo2PerKwh.keySet().equals(f.gramsCo2PerKwh.keySet())) {
            return false;
        }
        for (Map.Entry<String, double[]> e : gramsCo2PerKwh.entrySet()) {
            if (!java.util.Arrays.equals(e.getValue(), f.gramsCo2PerKwh.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = start.hashCode();
        for (Map.Entry<String, double[]> e : gramsCo2PerKwh.entrySet()) {
            h += e.getKey().hashCode() ^ java.util.Arrays.hashCode(e.getValue());
        }
        return h;
    }

    @Override
    public String toString() {
        return "CarbonForecast[start=" + start + ", regions=" + new java.util.TreeSet<>(gramsCo2PerKwh.keySet()) + "]";
    }

    /** The forecast series of one region (a copy), or {@code null} when the region has none. */
    public double[] series(String regionId) {
        double[] s = gramsCo2PerKwh.get(regionId);
        return s == null ? null : s.clone();
    }
}
