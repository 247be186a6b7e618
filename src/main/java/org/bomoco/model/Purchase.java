package org.bomoco.model;

import java.util.Locale;
import java.util.Optional;

/** Purchase option. File ids: {@code on_demand}, {@code spot}. */
public enum Purchase {
    ON_DEMAND, SPOT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Purchase> parse(String id) {
        String t = id.trim().replace('-', '_');
        for (Purchase p : values()) {
            if (p.id().equalsIgnoreCase(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
