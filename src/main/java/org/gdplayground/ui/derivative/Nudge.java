package org.gdplayground.ui.derivative;

import org.gdplayground.engine.function.Objective;

/**
 * The numbers of seed 004's picture of a derivative on a 1-parameter loss: nudge w by δw and the loss changes by about
 * (∂L/∂w)·δw, "∂L/∂w times as much as w changed"; beside it the true change, and what one gradient-descent step
 * w ← w − γ·∂L/∂w does (its linear estimate −γ·(∂L/∂w)² is never positive). Every number comes from the surface's own
 * value and exact gradient ({@link Objective#value}, {@link Objective#gradient}): the engine's, not a difference.
 *
 * @param w          where the nudge starts
 * @param dw         the nudge δw
 * @param loss       L(w)
 * @param slope      ∂L/∂w at w
 * @param estimate   (∂L/∂w)·δw, the rectangle's area
 * @param actual     L(w + δw) − L(w)
 * @param lr         the learning rate γ of the step
 * @param step       −γ·∂L/∂w, how far one step moves w
 * @param stepEstimate −γ·(∂L/∂w)², the loss change the slope predicts for that step
 * @param stepActual L(w − γ·∂L/∂w) − L(w)
 */
public record Nudge(double w, double dw, double loss, double slope, double estimate, double actual, double lr,
        double step, double stepEstimate, double stepActual) {

    /** The nudge by {@code dw} at {@code w} of a 1-parameter objective, and the step with learning rate {@code lr}. */
    public static Nudge at(Objective o, double w, double dw, double lr) {
        if (o.dimension() != 1) {
            throw new IllegalArgumentException("a nudge needs a 1-parameter loss, got " + o.dimension());
        }
        double[] g = new double[1];
        o.gradient(new double[] {w}, g);
        double slope = g[0];
        double loss = o.value(new double[] {w});
        double step = -lr * slope;
        return new Nudge(w, dw, loss, slope, slope * dw, o.value(new double[] {w + dw}) - loss, lr, step,
                -lr * slope * slope, o.value(new double[] {w + step}) - loss);
    }

    /** Whether every number is finite (a diverged w gives none worth drawing). */
    public boolean finite() {
        return Double.isFinite(loss) && Double.isFinite(slope) && Double.isFinite(actual) && Double.isFinite(estimate);
    }
}
