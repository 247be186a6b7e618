package org.bomoco.model;

import java.util.Locale;
import java.util.Optional;

/** A cloud provider. Its {@link #id()} is the lower-case name used in every file ({@code aws}, {@code azure}, {@code gcp}). */
public enum Provider {
    AWS, AZURE, GCP;

    /** The lower-case id used in data files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a provider id, case-insensitively. */
    public static Optional<Provider> parse(String id) {
        for (Provider p : values()) {
            if (p.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
