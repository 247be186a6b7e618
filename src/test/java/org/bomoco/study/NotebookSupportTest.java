package org.bomoco.study;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notebook helpers: contents come back unchanged; a missing file fails with a message naming it. */
class NotebookSupportTest {
    @TempDir
    Path dir;

    @Test
    void requireSuccessPassesZeroAndNamesTheCommandOtherwise() {
        assertDoesNotThrow(() -> NotebookSupport.requireSuccess(0, "bomoco run x.yaml"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NotebookSupport.requireSuccess(2, "bomoco run x.yaml"));
        assertTrue(e.getMessage().startsWith("bomoco run x.yaml failed with exit code 2"), e.getMessage());
    }

    @Test
    void tableReturnsTheFileTextAndNamesAMissingFile() throws IOException {
        String markdown = "| method | bias |\n|---|---|\n| naive | 0.031 |\n";
        Path table = Files.writeString(dir.resolve("attribution.md"), markdown);
        assertEquals(markdown, NotebookSupport.table(table.toString()));

        Path missing = dir.resolve("tables/supported.md");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NotebookSupport.table(missing.toString()));
        assertTrue(e.getMessage().contains("missing table " + missing), e.getMessage());
    }

    @Test
    void figuresMatchTheGlobSortedByNameAndFailWhenNoneMatches() throws IOException {
        for (String name : List.of("scatter-b.png", "scatter-a.png", "box-a-hypervolume.png", "scatter-a.svg")) {
            Files.writeString(dir.resolve(name), "x");
        }
        assertEquals(List.of(dir.resolve("scatter-a.png"), dir.resolve("scatter-b.png")),
                NotebookSupport.figures(dir.toString(), "scatter-*.png"));

        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> NotebookSupport.figures(dir.toString(), "arbitrage-fronts*.png"));
        assertTrue(none.getMessage().startsWith("no figure arbitrage-fronts*.png in "), none.getMessage());
        IllegalStateException noFolder = assertThrows(IllegalStateException.class,
                () -> NotebookSupport.figures(dir.resolve("figures").toString(), "*.png"));
        assertTrue(noFolder.getMessage().startsWith("missing figure folder "), noFolder.getMessage());
    }

    @Test
    void imageReadsAPngAndRejectsMissingOrNonImageFiles() throws IOException {
        BufferedImage written = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        written.setRGB(2, 1, 0x00FF8000);
        Path png = dir.resolve("figure.png");
        ImageIO.write(written, "png", png.toFile());

        BufferedImage read = NotebookSupport.image(png.toString());
        assertEquals(3, read.getWidth());
        assertEquals(2, read.getHeight());
        assertEquals(0x00FF8000, read.getRGB(2, 1) & 0x00FFFFFF);

        assertThrows(IllegalStateException.class, () -> NotebookSupport.image(dir.resolve("none.png")));
        Path text = Files.writeString(dir.resolve("not-an-image.png"), "not a png");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> NotebookSupport.image(text));
        assertTrue(e.getMessage().contains("is not a readable image"), e.getMessage());
    }
}
