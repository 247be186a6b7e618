package org.bomoco.recommend;

import java.util.Locale;

/** Operational risk of an {@link Action} ({@code docs/model.md}, "Actions"). File ids: {@code low}, ... */
public enum Risk {
    LOW, MEDIUM, HIGH;

    /** Lower-case id used in files and reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
