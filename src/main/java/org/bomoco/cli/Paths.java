package org.bomoco.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the bundled files live: {@code bomoco.home} (set by the launcher) or the working directory. */
final class Paths {
    private Paths() {
    }

    static Path home() {
        String home = System.getProperty("bomoco.home");
        return home == null ? Path.of("") : Path.of(home);
    }

    /** The bundled catalogue directory {@code datasets/}. */
    static Path catalogue() {
        return home().resolve("datasets");
    }

    static boolean isNonEmptyDirectory(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }
}
