package org.gdplayground.session;

import java.util.Arrays;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.run.StepObserver;

/**
 * What a page draws of one run, thinned by pixel as the run steps, so a frame carries only the new points and a path
 * never cuts a corner it did not take.
 *
 * <ul>
 *   <li>The path (θ₀, θ₁) of a 2-parameter run: a step is kept when it is more than a tolerance (a fraction of the
 *       plotted box, well under one screen pixel) away from the last kept point in x or y, so every step left out
 *       lies within that tolerance of a drawn vertex. Non-finite points are always kept (the browser breaks the line
 *       there).</li>
 *   <li>The loss over k: the steps are cut into buckets whose width grows with k (1 step up to k = 2·{@link #LOSS_BUCKETS},
 *       then powers of two), and each bucket keeps its first, smallest, largest and last loss in step order, so peaks
 *       and dips survive any thinning.</li>
 * </ul>
 * Every step is seen through {@link StepObserver}; nothing is allocated per step beyond the amortised growth of the
 * pending buffers, which {@link #drain()} empties each frame.
 */
public final class Trace implements StepObserver {

    /** Path tolerance as a fraction of the plotted box's width and height (≈ 0.5 px on a 1,000 px wide plot). */
    static final double PATH_TOLERANCE = 1.0 / 2000;
    /** Loss buckets per doubling of k, about one per pixel column of a wide loss chart. */
    static final int LOSS_BUCKETS = 1024;

    private final boolean path;
    private final double tolX;
    private final double tolY;
    private double lastX = Double.NaN;
    private double lastY = Double.NaN;
    private boolean havePath;

    private long bucketEnd = 1;
    private boolean bucketOpen;
    private int firstK;
    private double firstLoss;
    private int minK;
    private double minLoss;
    private int maxK;
    private double maxLoss;
    private int lastK;
    private double lastLoss;

    private final Buffer pathOut = new Buffer();
    private final Buffer lossOut = new Buffer();

    /**
     * @param dimension the run's parameter count (a path is traced for 2)
     * @param box       the plotted box of θ₀, θ₁ (its size sets the path tolerance)
     */
    public Trace(int dimension, Bounds box) {
        this.path = dimension == 2;
        this.tolX = Math.abs(box.xMax() - box.xMin()) * PATH_TOLERANCE;
        this.tolY = Math.abs(box.yMax() - box.yMin()) * PATH_TOLERANCE;
    }

    @Override
    public void step(int k, double[] theta, double loss) {
        if (path) {
            double x = theta[0];
            double y = theta[1];
            if (!havePath || !Double.isFinite(x) || !Double.isFinite(y) || Math.abs(x - lastX) > tolX
                    || Math.abs(y - lastY) > tolY) {
                pathOut.add(x, y);
                lastX = x;
                lastY = y;
                havePath = true;
            }
        }
        loss(k, loss);
    }

    private void loss(int k, double loss) {
        if (bucketOpen && k >= bucketEnd) {
            closeBucket();
        }
        if (!bucketOpen) {
            long width = k < 2L * LOSS_BUCKETS ? 1 : Long.highestOneBit(k / LOSS_BUCKETS);
            bucketEnd = (k / width + 1) * width;
            bucketOpen = true;
            firstK = minK = maxK = lastK = k;
            firstLoss = minLoss = maxLoss = lastLoss = loss;
            if (!Double.isFinite(loss)) {
                closeBucket();
            }
            return;
        }
        lastK = k;
        lastLoss = loss;
        if (loss < minLoss || Double.isNaN(loss)) {
            minK = k;
            minLoss = loss;
        }
        if (loss > maxLoss) {
            maxK = k;
            maxLoss = loss;
        }
        if (!Double.isFinite(loss)) {
            closeBucket();
        }
    }

    private void closeBucket() {
        bucketOpen = false;
        lossOut.add(firstK, firstLoss);
        int a = Math.min(minK, maxK);
        int b = Math.max(minK, maxK);
        if (a != firstK) {
            lossOut.add(a, a == minK ? minLoss : maxLoss);
        }
        if (b != a && b != firstK) {
            lossOut.add(b, b == minK ? minLoss : maxLoss);
        }
        if (lastK != b && lastK != firstK) {
            lossOut.add(lastK, lastLoss);
        }
    }

    /**
     * The points traced since the last drain, as two flat arrays {x₀, y₀, x₁, y₁, …}: the path (empty unless the
     * run has two parameters) and the loss (k, loss). The current step is always included (its open loss bucket is
     * flushed), so the newest point on screen is exact.
     */
    public Delta drain() {
        if (bucketOpen) {
            closeBucket();
        }
        return new Delta(pathOut.drain(), lossOut.drain());
    }

    /** For tests: drains only the path (the loss buckets stay open). */
    double[] drainPathForTest() {
        return pathOut.drain();
    }

    /** New points since the previous frame: flat (x, y) pairs. */
    public record Delta(double[] path, double[] loss) {

        public int pathPoints() {
            return path.length / 2;
        }

        public int lossPoints() {
            return loss.length / 2;
        }
    }

    /** A growable buffer of (x, y) pairs. */
    private static final class Buffer {
        private double[] data = new double[64];
        private int n;

        void add(double x, double y) {
            if (n + 2 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[n++] = x;
            data[n++] = y;
        }

        double[] drain() {
            double[] out = Arrays.copyOf(data, n);
            n = 0;
            if (data.length > 4096) {
                data = new double[64];
            }
            return out;
        }
    }
}
