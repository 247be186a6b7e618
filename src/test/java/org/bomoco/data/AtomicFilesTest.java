package org.bomoco.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** {@link AtomicFiles}: content, no temp file left behind, and results readable by others. */
class AtomicFilesTest {
    @Test
    void writesAtomicallyAndReadableByAll(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sub/report.html");
        AtomicFiles.write(f, "one");
        AtomicFiles.writeDurable(f, "two".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("two", Files.readString(f));
        try (var s = Files.list(f.getParent())) {
            assertEquals(1, s.count(), "no temp file left");
        }
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }
}
