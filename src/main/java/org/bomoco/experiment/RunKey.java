package org.bomoco.experiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Identifies one run: instance name × algorithm label × replicate (0-based). Its seed is derived from the master seed
 * and the key alone, so it does not depend on run order or thread count.
 */
public record RunKey(String instance, String algorithm, int replicate) implements java.io.Serializable {
    public RunKey {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(algorithm, "algorithm");
    }

    /**
     * The run's seed: the first 8 bytes of SHA-256 over {@code masterSeed|instance|algorithm|replicate} (UTF-8).
     * A cryptographic hash keeps seeds of neighbouring keys unrelated.
     */
    public long seed(long masterSeed) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] h = sha.digest((masterSeed + "|" + instance + "|" + algorithm + "|" + replicate)
                    .getBytes(StandardCharsets.UTF_8));
            long s = 0;
            for (int i = 0; i < 8; i++) {
                s = (s << 8) | (h[i] & 0xFF);
            }
            return s;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** File-name-safe form {@code instance/algorithm/r<replicate>}. */
    public String path() {
        return safe(instance) + "/" + safe(algorithm) + "/r" + replicate;
    }

    static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._+-]", "_");
    }
}
