package org.bomoco.problem;

import org.bomoco.model.Geo;

import java.util.List;

import org.bomoco.model.Region;

/**
 * The regions' coordinates with the half-angle sines and cosines of the haversine formula precomputed, so that the
 * N×R user→region latency matrix costs two square roots and one arctangent per entry. Uses
 * {@code sin((b − a)/2) = sin(b/2)·cos(a/2) − cos(b/2)·sin(a/2)}, equal to {@link Geo#haversineKm} up to rounding
 * (an absolute error of order 1e-12 km).
 */
final class RegionPoints {
    private final double[] sinHalfPhi;
    private final double[] cosHalfPhi;
    private final double[] cosPhi;
    private final double[] sinHalfLambda;
    private final double[] cosHalfLambda;

    RegionPoints(List<Region> regions) {
        int n = regions.size();
        sinHalfPhi = new double[n];
        cosHalfPhi = new double[n];
        cosPhi = new double[n];
        sinHalfLambda = new double[n];
        cosHalfLambda = new double[n];
        for (int r = 0; r < n; r++) {
            double phi = Math.toRadians(regions.get(r).latitude());
            double lambda = Math.toRadians(regions.get(r).longitude());
            sinHalfPhi[r] = Math.sin(phi / 2);
            cosHalfPhi[r] = Math.cos(phi / 2);
            cosPhi[r] = Math.cos(phi);
            sinHalfLambda[r] = Math.sin(lambda / 2);
            cosHalfLambda[r] = Math.cos(lambda / 2);
        }
    }

    /** Writes {@code Geo.latencyMs(haversine(point, region r))} to {@code out[offset + r]} for every region. */
    void latenciesFrom(double latitude, double longitude, double[] out, int offset) {
        double phi = Math.toRadians(latitude);
        double lambda = Math.toRadians(longitude);
        double sp = Math.sin(phi / 2), cp = Math.cos(phi / 2), c = Math.cos(phi);
        double sl = Math.sin(lambda / 2), cl = Math.cos(lambda / 2);
        for (int r = 0; r < sinHalfPhi.length; r++) {
            double sinDPhi = sinHalfPhi[r] * cp - cosHalfPhi[r] * sp;
            double sinDLambda = sinHalfLambda[r] * cl - cosHalfLambda[r] * sl;
            double a = sinDPhi * sinDPhi + c * cosPhi[r] * sinDLambda * sinDLambda;
            out[offset + r] = Geo.latencyMs(Geo.centralAngleKm(a));
        }
    }
}
