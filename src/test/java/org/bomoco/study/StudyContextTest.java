package org.bomoco.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** {@link StudyContext#workers}: {@code --threads} when given (0 = all processors), else the file's value. */
class StudyContextTest {
    private static int workers(OptionalInt option, int file) {
        return new StudyContext(new PrintWriter(new StringWriter()), option, false, Path.of("datasets")).workers(file);
    }

    @Test
    void theOptionWinsAndZeroMeansAvailableProcessorsInBoth() {
        int all = Runtime.getRuntime().availableProcessors();
        assertEquals(3, workers(OptionalInt.empty(), 3), "no option: the file's threads");
        assertEquals(all, workers(OptionalInt.empty(), 0), "the file's 0: all processors");
        assertEquals(5, workers(OptionalInt.of(5), 3), "the option wins");
        assertEquals(all, workers(OptionalInt.of(0), 3), "--threads 0 overrides the file with all processors");
        assertThrows(IllegalArgumentException.class, () -> workers(OptionalInt.of(-1), 0));
    }
}
