package org.bomoco.model;

/**
 * Great-circle distance and the distance-to-latency fit of {@code docs/model.md} ("Latency"): haversine on a
 * sphere of radius 6371 km, and {@code lat = 20.5 + 0.0148·km} ms (a linear fit on Azure's published inter-region
 * round-trip matrix). Two workloads in the same region see {@link #SAME_REGION_MS}.
 */
public final class Geo {
    /** Mean Earth radius, km. */
    public static final double EARTH_RADIUS_KM = 6371.0;
    /** Intercept of the latency fit, ms. */
    public static final double LATENCY_INTERCEPT_MS = 20.5;
    /** Slope of the latency fit, ms per km. */
    public static final double LATENCY_MS_PER_KM = 0.0148;
    /** Latency between two workloads in the same region, ms. */
    public static final double SAME_REGION_MS = 1.0;

    private Geo() {
    }

    /**
     * Haversine great-circle distance: with {@code a = sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2)}, the distance is
     * {@code 2R·asin(√a)}, computed as {@code 2R·atan2(√a, √(1 − a))} (the same angle; {@code Math.atan2} is
     * several times faster than {@code Math.asin} on JDK 17 and as accurate).
     *
     * @return distance in km between two points given in degrees
     */
    public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double sinDPhi = Math.sin((phi2 - phi1) / 2);
        double sinDLambda = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double a = sinDPhi * sinDPhi + Math.cos(phi1) * Math.cos(phi2) * sinDLambda * sinDLambda;
        return centralAngleKm(a);
    }

    /** {@code 2R·atan2(√a, √(1 − a))} for the haversine term {@code a}, clamped to [0, 1]. */
    public static double centralAngleKm(double a) {
        double h = Math.min(1.0, Math.max(0.0, a));
        return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
    }

    /** Round-trip latency for a great-circle distance: {@code 20.5 + 0.0148·km} ms. */
    public static double latencyMs(double km) {
        return LATENCY_INTERCEPT_MS + LATENCY_MS_PER_KM * km;
    }

    /** Latency between two points given in degrees, ms. */
    public static double latencyMs(double lat1, double lon1, double lat2, double lon2) {
        return latencyMs(haversineKm(lat1, lon1, lat2, lon2));
    }
}
