package org.bomoco.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bomoco.experiment.EngineSpec;
import org.bomoco.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study exposes the engine keys of its file, read once with the study ({@link Study#engine}). */
class StudyEngineTest {
    @TempDir
    Path dir;

    private Study read(String engineLines) throws IOException {
        String quick = Files.readString(Path.of("experiments/attribution-quick.yaml"))
                .replaceAll("(?m)^(engine|master):.*$", "");
        Path yaml = dir.resolve("s.yaml");
        Files.writeString(yaml, quick + "\n" + engineLines);
        return Studies.read(yaml);
    }

    @Test
    void theFilesEngineAndMasterComeWithTheStudy() throws IOException {
        assertEquals(EngineSpec.DEFAULT, read("").engine());
        Study s = read("engine: spark\nmaster: local[2]\n");
        assertEquals(new EngineSpec(EngineSpec.SPARK, "local[2]"), s.engine());
        assertEquals(new EngineSpec(EngineSpec.SPARK, "local[3]"), s.engine().with(null, "local[3]"));
    }

    @Test
    void aMasterWithoutTheSparkEngineIsRefusedWhenTheStudyIsRead() {
        InputException e = assertThrows(InputException.class, () -> read("master: local[2]\n"));
        assertTrue(e.getMessage().contains("master applies to 'engine: spark'"), e.getMessage());
    }
}
