package org.gdplayground.ui.chart;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * A rendered contour background: PNG bytes, where its plot area lies, and the range of objective values found on the
 * grid (NaN when no value was finite). Immutable: the bytes are copied in and {@link #png()} returns a copy; use
 * {@link #openPng()} to stream them without copying.
 *
 * @param png the PNG file
 * @param frame data ↔ pixel mapping of the image
 * @param minValue smallest finite objective value on the pixel grid
 * @param maxValue largest finite objective value on the pixel grid
 */
public record ContourImage(byte[] png, PlotFrame frame, double minValue, double maxValue) {

    public ContourImage {
        if (png.length == 0) {
            throw new IllegalArgumentException("png must not be empty");
        }
        png = png.clone();
    }

    /** A copy of the PNG bytes. */
    @Override
    public byte[] png() {
        return png.clone();
    }

    /** The PNG bytes as a fresh stream over the shared array (no copy; the stream cannot modify it). */
    public InputStream openPng() {
        return new ByteArrayInputStream(png);
    }

    /** Size of the PNG in bytes. */
    public int pngSize() {
        return png.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContourImage c && Arrays.equals(png, c.png) && frame.equals(c.frame)
                && Double.compare(minValue, c.minValue) == 0 && Double.compare(maxValue, c.maxValue) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(png), frame, minValue, maxValue);
    }

    @Override
    public String toString() {
        return "ContourImage[png=" + png.length + " bytes, frame=" + frame + ", minValue=" + minValue + ", maxValue="
                + maxValue + "]";
    }
}
