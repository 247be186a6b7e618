package org.bomoco.plot;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes figures as {@code <name>.png} (XChart's {@link BitmapEncoder}) and {@code <name>.svg} (XChart's
 * {@link VectorGraphicsEncoder}, backed by VectorGraphics2D; scatter matrices draw onto VectorGraphics2D directly).
 * Works headless ({@code -Djava.awt.headless=true}).
 */
public final class FigureFiles {
    /** Panel edge of scatter-plot matrices, in pixels. */
    public static final int MATRIX_PANEL = 220;

    private FigureFiles() {
    }

    /**
     * A written figure.
     *
     * @param name base name (no extension)
     * @param png the PNG file
     * @param svg the SVG file
     * @param pngBytes the PNG's bytes (for embedding)
     */
    public record Figure(String name, Path png, Path svg, byte[] pngBytes) {
    }

    /** Writes {@code chart} as {@code dir/name.png} and {@code dir/name.svg}. */
    public static Figure write(Chart<?, ?> chart, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        Path pngFile = dir.resolve(name + ".png");
        Files.write(pngFile, png);
        Path svgFile = dir.resolve(name + ".svg");
        try (OutputStream out = Files.newOutputStream(svgFile)) {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        }
        return new Figure(name, pngFile, svgFile, png);
    }

    /** Writes {@code matrix} as {@code dir/name.png} and one {@code dir/name.svg} holding every panel. */
    public static Figure write(ScatterMatrix matrix, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        BufferedImage image = matrix.toImage(MATRIX_PANEL);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        Path pngFile = dir.resolve(name + ".png");
        Files.write(pngFile, bytes.toByteArray());
        Path svgFile = dir.resolve(name + ".svg");
        matrix.writeSvg(svgFile, MATRIX_PANEL);
        return new Figure(name, pngFile, svgFile, bytes.toByteArray());
    }
}
