package org.gdplayground.ui.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** PNG encoding and decoding in memory (ImageIO without its temporary-file cache). */
final class Png {

    static {
        Headless.ensure();
    }

    private Png() {
    }

    /**
     * Encodes {@code image} as PNG. {@code compressionQuality} is ImageIO's knob: 1 = fastest (deflate level 0),
     * 0 = smallest (level 9); ImageIO's default when not set is the smallest.
     */
    static byte[] encode(BufferedImage image, float compressionQuality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(compressionQuality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Decodes a PNG (or any ImageIO format). */
    static BufferedImage decode(InputStream in) {
        try {
            // ImageIO.read closes the stream it is given; a memory cache avoids ImageIO's temporary file.
            BufferedImage image = ImageIO.read(new MemoryCacheImageInputStream(in));
            if (image == null) {
                throw new IllegalArgumentException("not a readable image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("PNG decoding failed", e);
        }
    }
}
